package dev.dynaq.it.writes;

import dev.dynaq.it.model.Account;
import dev.dynaq.it.model.Order;
import dev.dynaq.it.model.OrderStatus;
import dev.dynaq.it.model.Product;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

/** Seed-model items for the write tests. */
final class Seeds {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private Seeds() {
    }

    static Order order(String customerId, String orderId, String total, OrderStatus status) {
        return new Order(customerId, orderId, new BigDecimal(total), List.of("book"), status, T0);
    }

    static Product product(String id, double price) {
        return new Product(id, "product " + id, price, true);
    }

    static Account account(String id, long balance, String... tags) {
        Account account = new Account();
        account.setAccountId(id);
        account.setOwner("owner of " + id);
        account.setBalance(balance);
        account.setTags(new LinkedHashSet<>(List.of(tags)));
        return account;
    }
}
