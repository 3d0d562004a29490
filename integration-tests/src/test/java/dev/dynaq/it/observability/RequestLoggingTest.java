package dev.dynaq.it.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import dev.dynaq.ConditionFailedException;
import dev.dynaq.Dynaq;
import dev.dynaq.TableNames;
import dev.dynaq.Transaction;
import dev.dynaq.it.model.Account;
import dev.dynaq.it.model.AccountTable;
import dev.dynaq.it.model.Order;
import dev.dynaq.it.model.OrderStatus;
import dev.dynaq.it.model.OrderTable;
import dev.dynaq.it.model.Order_;
import dev.dynaq.it.writes.UnprocessedFault;
import dev.dynaq.testing.DynaqTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The request log lines ({@code dev.dynaq.requests}) a user sees with a real logback binding, on
 * DynamoDB Local: one DEBUG line per request with the expressions' text and placeholder names, never
 * a value unless the Dynaq opts in; WARN lines for batch retries; nothing when the level is off.
 */
@DynaqTest(tables = {Order.class, Account.class})
class RequestLoggingTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final CapturedLog log = new CapturedLog(Level.DEBUG);

    @AfterEach
    void restoreLogger() {
        log.close();
    }

    private static Order order(String customerId, String orderId, String total, OrderStatus status, int minute) {
        return new Order(customerId, orderId, new BigDecimal(total), List.of("secret-book"), status, T0.plusSeconds(60L * minute));
    }

    @Test
    void anIndexQueryLogsItsExpressionsAndPlaceholderNamesButNoValue(OrderTable orders) {
        orders.put(order("c1", "o1", "10", OrderStatus.PENDING, 1));
        orders.put(order("c2", "o2", "25", OrderStatus.PENDING, 2));
        orders.put(order("c3", "o3", "40", OrderStatus.PENDING, 3));
        log.clear();

        List<Order> found = orders.queryByStatus(OrderStatus.PENDING)
                .createdAtBetween(T0, T0.plusSeconds(3600))
                .filter(Order_.total.ge(new BigDecimal("23.75")))
                .list();

        assertThat(found).hasSize(2);
        assertThat(log.requests("Query")).containsExactly("Query orders index=order_by_status"
                + " key=\"#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2\" filter=\"#n2 >= :v3\""
                + " names={#n0=status, #n1=createdAt, #n2=total} page=1 items=2 scanned=3");
        assertThat(log.withoutDurations()).doesNotContain("PENDING", "2026-01-01", "23.75", "c1", "c2", "c3");
    }

    @Test
    void everyPageOfAReadIsOneLineNumberedWithinTheRead(OrderTable orders) {
        IntStream.range(0, 5).forEach(i -> orders.put(order("c1", "o" + i, "1", OrderStatus.PAID, i)));
        log.clear();

        assertThat(orders.queryByCustomerId("c1").pageSize(2).list()).hasSize(5);

        assertThat(log.requests("Query")).containsExactly(
                "Query orders key=\"#n0 = :v0\" names={#n0=customerId} page=1 items=2 scanned=2",
                "Query orders key=\"#n0 = :v0\" names={#n0=customerId} page=2 items=2 scanned=2",
                "Query orders key=\"#n0 = :v0\" names={#n0=customerId} page=3 items=1 scanned=1");
        log.clear();

        assertThat(orders.scan().filter(Order_.total.eq(new BigDecimal("1"))).returnConsumedCapacity().count()).isEqualTo(5);
        assertThat(log.requests("Scan")).singleElement().asString()
                .startsWith("Scan orders filter=\"#n0 = :v0\" names={#n0=total} page=1 items=5 scanned=5 capacity=");
    }

    @Test
    void singleItemWritesAndReadsLogKeyNamesAndFailures(OrderTable orders) {
        orders.put(order("c1", "o1", "10", OrderStatus.PENDING, 1));
        orders.get("c1", "o1");
        orders.get("c1", "missing");
        orders.update("c1", "o1").set(Order_.total, new BigDecimal("12")).condition(Order_.status.eq(OrderStatus.PENDING)).execute();
        assertThatThrownBy(() -> orders.put(order("c1", "o1", "99", OrderStatus.PAID, 1), Order_.status.eq(OrderStatus.CANCELLED)))
                .isInstanceOf(ConditionFailedException.class);
        orders.delete("c1", "o1");

        assertThat(log.requests("PutItem")).containsExactly(
                "PutItem orders items=1",
                "PutItem orders condition=\"(#n0 = :v0)\" names={#n0=status}"
                        + " failed=ConditionalCheckFailedException(400 ConditionalCheckFailedException)");
        assertThat(log.requests("GetItem")).containsExactly(
                "GetItem orders key=[customerId, orderId] items=1",
                "GetItem orders key=[customerId, orderId] items=0");
        assertThat(log.requests("UpdateItem")).containsExactly(
                "UpdateItem orders condition=\"(#n1 = :v1)\" update=\"SET #n0 = :v0\" names={#n0=total, #n1=status}"
                        + " key=[customerId, orderId] items=1");
        assertThat(log.requests("DeleteItem")).containsExactly("DeleteItem orders key=[customerId, orderId] items=1");
        assertThat(log.withoutDurations()).doesNotContain("PENDING", "CANCELLED", "secret-book", "c1", "o1", "99");
    }

    @Test
    void valuesAppearOnlyWhenTheDynaqOptsIn(DynamoDbClient client) {
        OrderTable redacted = OrderTable.create(Dynaq.builder().client(client).build());
        OrderTable verbose = OrderTable.create(Dynaq.builder().client(client).logValues(true).build());
        redacted.put(order("c1", "o1", "10", OrderStatus.PENDING, 1));
        log.clear();

        redacted.queryByStatus(OrderStatus.PENDING).list();
        verbose.queryByStatus(OrderStatus.PENDING).list();
        verbose.get("c1", "o1");

        assertThat(log.requests("Query")).containsExactly(
                "Query orders index=order_by_status key=\"#n0 = :v0\" names={#n0=status} page=1 items=1 scanned=1",
                "Query orders index=order_by_status key=\"#n0 = :v0\" names={#n0=status} values={:v0=S:PENDING} page=1 items=1"
                        + " scanned=1");
        assertThat(log.requests("GetItem")).containsExactly("GetItem orders key={customerId=S:c1, orderId=S:o1} items=1");
    }

    @Test
    void aDynaqAskingForCapacityLogsItForEveryRequest(DynamoDbClient client) {
        OrderTable orders = OrderTable.create(Dynaq.builder().client(client).returnConsumedCapacity(true).build());
        orders.put(order("c1", "o1", "10", OrderStatus.PENDING, 1));
        orders.get("c1", "o1");

        // one unit for the table, one for each index the item is in (order_by_status, by_created_at)
        assertThat(log.requests("PutItem")).containsExactly("PutItem orders items=1 capacity=3.0");
        assertThat(log.requests("GetItem")).containsExactly("GetItem orders key=[customerId, orderId] items=1 capacity=0.5");
    }

    @Test
    void batchesAndTransactionsLogOneLinePerRequest(DynamoDbClient client, AccountTable accounts) {
        Dynaq dynaq = Dynaq.builder().client(client).build();
        OrderTable orders = OrderTable.create(dynaq);
        orders.batchPut(IntStream.range(0, 30).mapToObj(i -> order("c1", "o" + i, "1", OrderStatus.PAID, i)).toList());
        orders.batchGet(List.of(orders.key("c1", "o1"), orders.key("c1", "o2"), orders.key("c1", "nothing")));
        Account account = new Account();
        account.setAccountId("a1");
        Transaction.write(dynaq).put(accounts, account).delete(orders, orders.key("c1", "o1")).execute();
        Transaction.get(client).get(orders, orders.key("c1", "o2")).get(accounts, accounts.key("a1")).execute();

        assertThat(log.requests("BatchWriteItem")).containsExactly("BatchWriteItem orders items=25", "BatchWriteItem orders items=5");
        assertThat(log.requests("BatchGetItem")).containsExactly("BatchGetItem orders items=2");
        assertThat(log.requests("TransactWriteItems")).containsExactly("TransactWriteItems accounts,orders items=2");
        assertThat(log.requests("TransactGetItems")).containsExactly("TransactGetItems orders,accounts items=2");
    }

    @Test
    void batchRetriesOfUnprocessedItemsAreWarnings() {
        UnprocessedFault fault = new UnprocessedFault(item -> item.get("orderId").s().equals("o3"), 2);
        try (DynamoDbClient faulty = fault.client()) {
            OrderTable orders = OrderTable.create(Dynaq.builder().client(faulty).build());
            orders.batchPut(IntStream.range(0, 5).mapToObj(i -> order("c1", "o" + i, "1", OrderStatus.PAID, i)).toList());
            orders.batchGet(List.of(orders.key("c1", "o3"), orders.key("c1", "o4")));
        }

        assertThat(log.lines()).filteredOn(line -> line.startsWith("WARN")).containsExactly(
                "WARN BatchWriteItem orders: retrying 1 of 5 writes (attempt 2 of 10) after DynamoDB returned them unprocessed",
                "WARN BatchGetItem orders: retrying 1 of 2 keys (attempt 2 of 10) after DynamoDB returned them unprocessed");
        assertThat(log.requests("BatchWriteItem")).containsExactly(
                "BatchWriteItem orders items=4 unprocessed=1", "BatchWriteItem orders items=1");
        assertThat(log.requests("BatchGetItem")).containsExactly(
                "BatchGetItem orders items=1 unprocessed=1", "BatchGetItem orders items=1");
    }

    @Test
    void theEnvironmentsTableNamesAreInTheLines(DynamoDbClient client) {
        OrderTable orders = OrderTable.create(Dynaq.builder().client(client).tableNames(TableNames.prefix("log_")).build());
        orders.createTable();
        try {
            orders.get("c1", "o1");
        } finally {
            orders.deleteTable();
        }
        assertThat(log.requests("CreateTable")).containsExactly("CreateTable log_orders items=0");
        assertThat(log.requests("GetItem")).containsExactly("GetItem log_orders key=[customerId, orderId] items=0");
        assertThat(log.requests("DeleteTable")).containsExactly("DeleteTable log_orders items=0");
    }

    @Test
    void nothingIsLoggedAboveDebug(OrderTable orders) {
        try (CapturedLog info = new CapturedLog(Level.INFO)) {
            orders.put(order("c1", "o1", "10", OrderStatus.PENDING, 1));
            orders.queryByCustomerId("c1").list();
            assertThat(info.lines()).isEmpty();
        }
    }
}
