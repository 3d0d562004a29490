package dev.dynaq.it.writes;

import static dev.dynaq.it.writes.Seeds.account;
import static dev.dynaq.it.writes.Seeds.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynaq.Transaction;
import dev.dynaq.TransactionCanceledException;
import dev.dynaq.TransactionCanceledException.ActionKind;
import dev.dynaq.TransactionCanceledException.Reason;
import dev.dynaq.it.model.Account;
import dev.dynaq.it.model.AccountTable;
import dev.dynaq.it.model.Account_;
import dev.dynaq.it.model.Order;
import dev.dynaq.it.model.OrderStatus;
import dev.dynaq.it.model.OrderTable;
import dev.dynaq.it.model.Order_;
import dev.dynaq.testing.DynaqTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Transactions across two seed entities (Order and the versioned Account). */
@DynaqTest(tables = {Order.class, Account.class})
class TransactionsTest {

    @Test
    void aTransactionAcrossTwoEntitiesCommitsEveryAction(DynamoDbClient client, OrderTable orders, AccountTable accounts) {
        accounts.put(account("a1", 100));
        orders.put(order("c1", "old", "5", OrderStatus.PENDING));
        Order placed = order("c1", "o1", "30", OrderStatus.PAID);

        Transaction.write(client)
                .putIfAbsent(orders, placed)
                .update(accounts.update("a1").add(Account_.balance, -30L))
                .delete(orders, orders.key("c1", "old"), Order_.status.eq(OrderStatus.PENDING))
                .idempotencyToken("place-c1-o1")
                .execute();

        assertThat(orders.get("c1", "o1")).contains(placed);
        assertThat(orders.get("c1", "old")).isEmpty();
        Account account = accounts.get("a1").orElseThrow();
        assertThat(account.getBalance()).isEqualTo(70);
        assertThat(account.getVersion()).isEqualTo(2);
    }

    @Test
    void aCanceledTransactionWritesNothingAndNamesTheFailedAction(DynamoDbClient client, OrderTable orders, AccountTable accounts) {
        accounts.put(account("a1", 10));
        Order placed = order("c1", "o1", "30", OrderStatus.PAID);

        TransactionCanceledException failure = assertThrows(TransactionCanceledException.class, () -> Transaction.write(client)
                .put(orders, placed)
                .update(accounts.update("a1").add(Account_.balance, -30L).condition(Account_.balance.ge(30L)))
                .execute());

        assertThat(failure.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.index()).isEqualTo(1);
            assertThat(reason.kind()).isEqualTo(ActionKind.UPDATE);
            assertThat(reason.tableName()).isEqualTo("accounts");
            assertThat(reason.key()).isEqualTo(accounts.key("a1").toMap());
            assertThat(reason.conditionFailed()).isTrue();
            assertThat(reason.versionConflict()).isFalse();
            assertThat(reason.currentItem(Account_.SCHEMA).orElseThrow().getBalance()).isEqualTo(10);
        });
        assertThat(failure).hasMessageContaining("action 1 (UPDATE on 'accounts' (accountId=a1)): ConditionalCheckFailed");
        assertThat(failure.hasVersionConflict()).isFalse();
        assertThat(orders.get("c1", "o1")).isEmpty();
        assertThat(accounts.get("a1").orElseThrow().getBalance()).isEqualTo(10);
    }

    @Test
    void aStaleVersionCancelsTheTransactionAsAVersionConflict(DynamoDbClient client, OrderTable orders, AccountTable accounts) {
        accounts.put(account("a1", 10));
        Account stale = accounts.get("a1").orElseThrow();
        accounts.update("a1").add(Account_.balance, 1L).execute();
        stale.setBalance(0);

        TransactionCanceledException failure = assertThrows(TransactionCanceledException.class, () -> Transaction.write(client)
                .conditionCheck(orders, orders.key("c1", "o1"), Order_.customerId.notExists())
                .put(accounts, stale)
                .execute());

        assertThat(failure.hasVersionConflict()).isTrue();
        assertThat(failure.reasons()).extracting(Reason::index, Reason::kind).containsExactly(tuple(1, ActionKind.PUT));
        assertThat(accounts.get("a1").orElseThrow().getBalance()).isEqualTo(11);
    }

    @Test
    void aTransactionalGetReadsItemsOfTwoEntitiesAtOnce(DynamoDbClient client, OrderTable orders, AccountTable accounts) {
        Order order = order("c1", "o1", "30", OrderStatus.PAID);
        orders.put(order);
        accounts.put(account("a1", 10));

        Transaction.Results results = Transaction.get(client)
                .get(orders, orders.key("c1", "o1"))
                .get(accounts, accounts.key("a1"))
                .get(orders, orders.key("c1", "missing"))
                .execute();

        assertThat(results.size()).isEqualTo(3);
        assertThat(results.get(orders, orders.key("c1", "o1"))).contains(order);
        assertThat(results.get(accounts, accounts.key("a1"))).get().extracting(Account::getVersion).isEqualTo(1L);
        assertThat(results.get(orders, orders.key("c1", "missing"))).isEmpty();
    }
}
