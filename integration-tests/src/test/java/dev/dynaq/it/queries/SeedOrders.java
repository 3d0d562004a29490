package dev.dynaq.it.queries;

import dev.dynaq.it.model.Order;
import dev.dynaq.it.model.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The orders the query tests read: 1,000 orders of customer {@value #MAIN}, and a few of two
 * customers whose partitions sort just before and after it ({@value #BEFORE}, {@value #AFTER}), so a
 * query that leaked out of its partition would show.
 *
 * <ul>
 *   <li>{@code orderId} is {@code o-0000} to {@code o-0999}: table order is index order.
 *   <li>{@code createdAt} is a permutation of the indexes (a minute each, plus sub-second noise), so
 *       the local index {@code by_created_at} orders the same orders differently; every
 *       {@code createdAt} is unique across customers, so the global index order is total.
 *   <li>{@code status} cycles through the four statuses; {@code total} is {@code i + 0.25};
 *       {@code items} holds {@code i % 5} names and is missing when that is 0.
 * </ul>
 */
final class SeedOrders {
    static final String MAIN = "alice";
    static final String BEFORE = "aaron";
    static final String AFTER = "bob";
    static final int COUNT = 1000;
    static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<String> ITEM_NAMES = List.of("book", "pen", "lamp", "desk");

    /** The main customer's orders, in table (orderId) order. */
    static final List<Order> ORDERS = mainOrders();
    /** The neighbours' orders. */
    static final List<Order> NEIGHBOURS = neighbourOrders();

    private SeedOrders() {
    }

    /** @return every seeded order, of every customer */
    static List<Order> all() {
        return Stream.concat(ORDERS.stream(), NEIGHBOURS.stream()).toList();
    }

    /** @return the main customer's orders in {@code createdAt} order (the local index's order) */
    static List<Order> byCreatedAt() {
        return ORDERS.stream().sorted(Comparator.comparing(Order::createdAt)).toList();
    }

    /** @return every customer's orders of the status, in {@code createdAt} order (the global index's order) */
    static List<Order> withStatus(OrderStatus status) {
        return all().stream().filter(o -> o.status() == status).sorted(Comparator.comparing(Order::createdAt)).toList();
    }

    /** @return the main customer's order number i */
    static Order order(int i) {
        return ORDERS.get(i);
    }

    private static List<Order> mainOrders() {
        List<Order> orders = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            // 7919 is prime to 1000, so i -> i * 7919 % 1000 is a permutation
            long minute = (long) i * 7919 % COUNT;
            Instant createdAt = BASE.plusSeconds(60 * minute).plusNanos(i % 7 * 123_456_789L);
            orders.add(new Order(MAIN, String.format("o-%04d", i), new BigDecimal(i + ".25"), items(i),
                    OrderStatus.values()[i % 4], createdAt));
        }
        return List.copyOf(orders);
    }

    private static List<Order> neighbourOrders() {
        List<Order> orders = new ArrayList<>();
        for (int j = 0; j < 30; j++) {
            // whole minutes plus 30 or 45 seconds: never equal to a main order's createdAt
            orders.add(new Order(BEFORE, String.format("o-%04d", j), new BigDecimal("7.25"), List.of("book"),
                    OrderStatus.values()[j % 4], BASE.plusSeconds(60L * (j * 33) + 30)));
            orders.add(new Order(AFTER, String.format("o-%04d", j), new BigDecimal("7.25"), null,
                    OrderStatus.values()[j % 4], BASE.plusSeconds(60L * (j * 33 + 11) + 45)));
        }
        return List.copyOf(orders);
    }

    private static List<String> items(int i) {
        int size = i % 5;
        if (size == 0) {
            return null;
        }
        List<String> items = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            items.add(ITEM_NAMES.get((i + k) % ITEM_NAMES.size()));
        }
        return List.copyOf(items);
    }
}
