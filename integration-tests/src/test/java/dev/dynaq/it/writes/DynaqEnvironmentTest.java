package dev.dynaq.it.writes;

import static dev.dynaq.it.writes.Seeds.account;
import static dev.dynaq.it.writes.Seeds.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.BatchPolicy;
import dev.dynaq.BatchWriteIncompleteException;
import dev.dynaq.Cursor;
import dev.dynaq.Dynaq;
import dev.dynaq.InvalidCursorException;
import dev.dynaq.Page;
import dev.dynaq.TableNames;
import dev.dynaq.Transaction;
import dev.dynaq.it.model.Account;
import dev.dynaq.it.model.AccountTable;
import dev.dynaq.it.model.Order;
import dev.dynaq.it.model.OrderAsyncTable;
import dev.dynaq.it.model.OrderStatus;
import dev.dynaq.it.model.OrderTable;
import dev.dynaq.it.model.Order_;
import dev.dynaq.testing.DynamoDbLocal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One {@link Dynaq} per environment: its {@link TableNames} name every table created from it, on
 * DynamoDB Local, for every kind of call (createTable, reads, writes, indexes, batches, transactions,
 * async), and its cursor secret and batch policy reach every table.
 */
class DynaqEnvironmentTest {
    private static final DynamoDbLocal DB = DynamoDbLocal.shared();
    private final List<String> created = new ArrayList<>();

    @AfterEach
    void dropTables() {
        for (String table : created) {
            DB.deleteTable(table);
        }
    }

    private Dynaq dev() {
        return Dynaq.builder().client(DB.client()).asyncClient(DB.asyncClient()).tableNames(TableNames.prefix("dev_")).build();
    }

    private <T extends dev.dynaq.Table<?>> T createdTable(T table) {
        table.createTable();
        created.add(table.tableName());
        return table;
    }

    @Test
    void everyCallOfATableFromAPrefixedEnvironmentGoesToThePrefixedTable() throws Exception {
        Dynaq dev = dev();
        OrderTable orders = createdTable(OrderTable.create(dev));
        AccountTable accounts = createdTable(AccountTable.create(dev));

        assertThat(orders.tableName()).isEqualTo("dev_orders");
        assertThat(accounts.tableName()).isEqualTo("dev_accounts");
        assertThat(orders.createTableRequest().tableName()).isEqualTo("dev_orders");
        assertThat(DB.client().listTables().tableNames()).contains("dev_orders", "dev_accounts").doesNotContain("orders", "accounts");

        Order o1 = order("c1", "o1", "10", OrderStatus.PAID);
        orders.put(o1);
        orders.batchPut(List.of(order("c1", "o2", "20", OrderStatus.PENDING), order("c2", "o3", "30", OrderStatus.PENDING)));
        Transaction.write(dev)
                .putIfAbsent(accounts, account("a1", 100))
                .update(orders.update("c1", "o1").set(Order_.total, new java.math.BigDecimal("11")))
                .execute();

        // what was written is in the prefixed tables, read by the SDK directly
        assertThat(DB.client().scan(b -> b.tableName("dev_orders")).count()).isEqualTo(3);
        assertThat(DB.client().scan(b -> b.tableName("dev_accounts")).count()).isEqualTo(1);
        assertThat(orders.get("c1", "o1")).map(Order::total).contains(new java.math.BigDecimal("11"));
        assertThat(orders.queryByCustomerId("c1").list()).extracting(Order::orderId).containsExactly("o1", "o2");
        assertThat(orders.queryByStatus(OrderStatus.PENDING).list()).extracting(Order::orderId).containsExactlyInAnyOrder("o2", "o3");
        assertThat(orders.scan().count()).isEqualTo(3);
        assertThat(orders.batchGet(List.of(orders.key("c1", "o2"), orders.key("c2", "o3")))).hasSize(2);
        assertThat(Transaction.get(dev).get(accounts, accounts.key("a1")).execute().get(accounts, accounts.key("a1")))
                .map(Account::getBalance).contains(100L);

        OrderAsyncTable async = OrderTable.createAsync(dev);
        assertThat(async.tableName()).isEqualTo("dev_orders");
        assertThat(async.getAsync(orders.key("c2", "o3")).get()).map(Order::orderId).contains("o3");
        assertThat(async.queryByCustomerId("c1").listAsync().get()).hasSize(2);

        orders.batchDelete(List.of(orders.key("c1", "o2")));
        assertThat(orders.get("c1", "o2")).isEmpty();
    }

    @Test
    void theSameModelInTwoEnvironmentsUsesTwoTables() {
        Dynaq dev = dev();
        Dynaq test = dev.toBuilder().tableNames(TableNames.suffix("-test")).build();
        OrderTable devOrders = createdTable(OrderTable.create(dev));
        OrderTable testOrders = createdTable(OrderTable.create(test));
        assertThat(testOrders.tableName()).isEqualTo("orders-test");

        devOrders.put(order("c1", "o1", "10", OrderStatus.PAID));

        assertThat(devOrders.get("c1", "o1")).isPresent();
        assertThat(testOrders.get("c1", "o1")).isEmpty();
        assertThat(dev.tableNames()).hasToString("TableNames.prefix(\"dev_\")");
    }

    @Test
    void namesFromAMapThenAPrefixAndFromAFunction() {
        TableNames names = TableNames.of(Map.of("orders", "legacy_orders")).andThen(TableNames.prefix("dev_"));
        assertThat(names.resolve("orders")).isEqualTo("dev_legacy_orders");
        assertThat(names.resolve("accounts")).isEqualTo("dev_accounts");
        assertThat(TableNames.from(name -> "stage1." + name).resolve(Order_.TABLE_NAME)).isEqualTo("stage1.orders");
        assertThat(TableNames.unchanged().resolve("orders")).isEqualTo("orders");

        Dynaq legacy = Dynaq.builder().client(DB.client()).tableNames(TableNames.of(Map.of("orders", "legacy_orders"))).build();
        OrderTable orders = createdTable(OrderTable.create(legacy));
        assertThat(orders.tableName()).isEqualTo("legacy_orders");
        assertThat(legacy.tableName(Order_.SCHEMA)).isEqualTo("legacy_orders");
        orders.put(order("c1", "o1", "10", OrderStatus.PAID));
        assertThat(DB.client().getItem(b -> b.tableName("legacy_orders").key(orders.key("c1", "o1").toMap())).hasItem()).isTrue();
    }

    @Test
    void aNameDynamoDbWouldRefuseIsRefusedWhenTheTableIsCreated() {
        assertThatThrownBy(() -> TableNames.prefix("dev/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'dev/'");
        assertThatThrownBy(() -> TableNames.of(Map.of("orders", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TableNames.of maps table 'orders' to 'x', which is not a DynamoDB table name: 3-255 characters of [a-zA-Z0-9_.-]");
        Dynaq broken = Dynaq.builder().client(DB.client()).tableNames(TableNames.from(name -> name + " prod")).build();
        assertThatThrownBy(() -> OrderTable.create(broken))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maps table 'orders' to 'orders prod'");
    }

    @Test
    void aMissingClientIsNamedWhenATableNeedsIt() {
        assertThatThrownBy(() -> Dynaq.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs a client(...), an asyncClient(...) or both");
        Dynaq syncOnly = Dynaq.builder().client(DB.client()).build();
        assertThatThrownBy(() -> OrderTable.createAsync(syncOnly))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no async client");
        Dynaq asyncOnly = Dynaq.builder().asyncClient(DB.asyncClient()).build();
        assertThatThrownBy(() -> OrderTable.create(asyncOnly))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no sync client");
        assertThatThrownBy(() -> Transaction.write(asyncOnly))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no sync client");
        assertThatThrownBy(() -> Dynaq.builder().cursorSecret(new byte[8]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 16 bytes");
    }

    @Test
    void theCursorSecretOfTheEnvironmentSignsTheCursorsOfEveryTable() {
        byte[] secret = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Dynaq signed = dev().toBuilder().cursorSecret(secret).build();
        OrderTable orders = createdTable(OrderTable.create(signed));
        IntStream.range(0, 5).forEach(i -> orders.put(order("c1", "o" + i, "1", OrderStatus.PAID)));
        OrderTable unsigned = OrderTable.create(DB.client(), "dev_orders");

        Page<Order> first = orders.queryByCustomerId("c1").fetchPage(2);
        Cursor cursor = first.cursor().orElseThrow();
        assertThat(orders.queryByCustomerId("c1").startCursor(cursor).fetchPage(10).items()).hasSize(3);
        assertThat(OrderTable.create(signed).queryByCustomerId("c1").startCursor(cursor).fetchPage(10).items()).hasSize(3);

        Cursor plain = unsigned.queryByCustomerId("c1").fetchPage(2).cursor().orElseThrow();
        assertThatThrownBy(() -> orders.queryByCustomerId("c1").startCursor(plain).fetchPage(2))
                .isInstanceOf(InvalidCursorException.class);
        assertThat(signed.signsCursors()).isTrue();
        assertThat(dev().signsCursors()).isFalse();
    }

    @Test
    void theBatchPolicyOfTheEnvironmentIsTheDefaultOfBatchCalls() {
        UnprocessedFault fault = new UnprocessedFault(item -> item.get("orderId").s().equals("o2"), 100);
        try (DynamoDbClient faulty = fault.client()) {
            Dynaq noRetry = Dynaq.builder().client(faulty).tableNames(TableNames.prefix("dev_"))
                    .batchPolicy(BatchPolicy.defaults().withMaxAttempts(1)).build();
            OrderTable orders = createdTable(OrderTable.create(noRetry));

            assertThatThrownBy(() -> orders.batchPut(List.of(order("c1", "o1", "1", OrderStatus.PAID),
                    order("c1", "o2", "2", OrderStatus.PAID))))
                    .isInstanceOfSatisfying(BatchWriteIncompleteException.class,
                            e -> assertThat(e.unprocessedItems()).singleElement()
                                    .satisfies(item -> assertThat(item.get("orderId").s()).isEqualTo("o2")));
            assertThat(fault.batchRequests.get()).isEqualTo(1);
            assertThat(orders.get("c1", "o1")).isPresent();

            // the same table with the default policy retries, and the held item then goes through
            OrderTable.create(faulty, "dev_orders").batchPut(List.of(order("c1", "o1", "1", OrderStatus.PAID),
                    order("c1", "o2", "2", OrderStatus.PAID)));
            assertThat(fault.batchRequests.get()).isEqualTo(3);
            assertThat(orders.get("c1", "o2")).isPresent();
        }
    }
}
