package dev.dynaq.it.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ch.qos.logback.classic.Level;
import dev.dynaq.ConditionFailedException;
import dev.dynaq.Dynaq;
import dev.dynaq.RequestEvent;
import dev.dynaq.RequestListener;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * A {@link RequestListener} given to a {@link Dynaq} or to one table hears of every request those
 * tables send to DynamoDB Local, with what the request did.
 */
class RequestListenerTest {
    private static final DynamoDbLocal DB = DynamoDbLocal.shared();
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final List<RequestEvent> events = new CopyOnWriteArrayList<>();
    private Dynaq dynaq;
    private OrderTable orders;
    private AccountTable accounts;

    @BeforeEach
    void createTables() {
        dynaq = Dynaq.builder().client(DB.client()).asyncClient(DB.asyncClient()).tableNames(TableNames.prefix("obs_"))
                .requestListener(events::add).build();
        orders = OrderTable.create(dynaq);
        accounts = AccountTable.create(dynaq);
        orders.createTable();
        accounts.createTable();
        events.clear();
    }

    @AfterEach
    void dropTables() {
        DB.deleteTable("obs_orders");
        DB.deleteTable("obs_accounts");
    }

    private static Order order(String orderId, String total, OrderStatus status) {
        return new Order("c1", orderId, new BigDecimal(total), List.of("book"), status, T0);
    }

    @Test
    void everyReadAndWriteIsOneEventWithItsTableIndexItemsAndDuration() {
        IntStream.range(0, 5).forEach(i -> orders.put(order("o" + i, "1" + i, OrderStatus.PAID)));
        orders.get("c1", "o1");
        orders.get("c1", "none");
        assertThat(orders.queryByCustomerId("c1").pageSize(2).list()).hasSize(5);
        assertThat(orders.queryByStatus(OrderStatus.PAID).returnConsumedCapacity().count()).isEqualTo(5);
        orders.update("c1", "o1").set(Order_.total, BigDecimal.ONE).execute();
        orders.delete("c1", "o1");

        assertThat(events).extracting(RequestEvent::operation, RequestEvent::tableName, e -> e.indexName().orElse("-"),
                RequestEvent::page, RequestEvent::items, RequestEvent::succeeded).containsExactly(
                tuple("PutItem", "obs_orders", "-", 1, 1, true),
                tuple("PutItem", "obs_orders", "-", 1, 1, true),
                tuple("PutItem", "obs_orders", "-", 1, 1, true),
                tuple("PutItem", "obs_orders", "-", 1, 1, true),
                tuple("PutItem", "obs_orders", "-", 1, 1, true),
                tuple("GetItem", "obs_orders", "-", 1, 1, true),
                tuple("GetItem", "obs_orders", "-", 1, 0, true),
                tuple("Query", "obs_orders", "-", 1, 2, true),
                tuple("Query", "obs_orders", "-", 2, 2, true),
                tuple("Query", "obs_orders", "-", 3, 1, true),
                tuple("Query", "obs_orders", "order_by_status", 1, 5, true),
                tuple("UpdateItem", "obs_orders", "-", 1, 1, true),
                tuple("DeleteItem", "obs_orders", "-", 1, 1, true));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.durationNanos()).isPositive();
            assertThat(e.error()).isEmpty();
            assertThat(e.response()).isPresent();
        });
        // capacity only where it was asked for: the counting query
        assertThat(events).filteredOn(e -> e.consumedCapacity().isPresent()).singleElement()
                .satisfies(e -> {
                    assertThat(e.indexName()).contains("order_by_status");
                    assertThat(e.consumedCapacity().getAsDouble()).isPositive();
                    assertThat(e.scannedCount()).isEqualTo(5);
                });
        assertThat(events.get(7).request()).isInstanceOfSatisfying(QueryRequest.class,
                request -> assertThat(request.limit()).isEqualTo(2));
    }

    @Test
    void aFailedRequestCarriesItsError() {
        orders.put(order("o1", "1", OrderStatus.PAID));
        events.clear();

        assertThatThrownBy(() -> orders.put(order("o1", "2", OrderStatus.PAID), Order_.status.eq(OrderStatus.CANCELLED)))
                .isInstanceOf(ConditionFailedException.class);

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.operation()).isEqualTo("PutItem");
            assertThat(e.succeeded()).isFalse();
            assertThat(e.items()).isZero();
            assertThat(e.error()).containsInstanceOf(ConditionalCheckFailedException.class);
            assertThat(e.response()).isEmpty();
        });
    }

    @Test
    void batchesTransactionsAndAsyncCallsAreEvents() throws Exception {
        orders.batchPut(IntStream.range(0, 30).mapToObj(i -> order("o" + i, "1", OrderStatus.PENDING)).toList());
        assertThat(orders.batchGet(List.of(orders.key("c1", "o1"), orders.key("c1", "o2")))).hasSize(2);
        Account account = new Account();
        account.setAccountId("a1");
        Transaction.write(dynaq).put(accounts, account).delete(orders, orders.key("c1", "o1")).execute();
        Transaction.get(DB.client()).get(accounts, accounts.key("a1")).execute();
        OrderAsyncTable async = OrderTable.createAsync(dynaq);
        assertThat(async.getAsync(orders.key("c1", "o2")).get()).isPresent();
        assertThat(async.queryByCustomerId("c1").countAsync().get()).isEqualTo(29);

        assertThat(events).extracting(RequestEvent::operation, RequestEvent::tableName, RequestEvent::items).containsExactly(
                tuple("BatchWriteItem", "obs_orders", 25),
                tuple("BatchWriteItem", "obs_orders", 5),
                tuple("BatchGetItem", "obs_orders", 2),
                tuple("TransactWriteItems", "obs_accounts,obs_orders", 2),
                tuple("TransactGetItems", "obs_accounts", 1),
                tuple("GetItem", "obs_orders", 1),
                tuple("Query", "obs_orders", 29));
    }

    @Test
    void aTableCopyWithItsOwnListenerTellsOnlyThatListener() {
        List<RequestEvent> own = new CopyOnWriteArrayList<>();
        OrderTable audited = orders.withRequestListener(own::add);
        OrderTable silent = orders.withRequestListener(null);

        audited.put(order("o1", "1", OrderStatus.PAID));
        silent.put(order("o2", "1", OrderStatus.PAID));
        orders.put(order("o3", "1", OrderStatus.PAID));

        assertThat(own).singleElement().extracting(RequestEvent::operation).isEqualTo("PutItem");
        assertThat(events).singleElement().extracting(RequestEvent::items).isEqualTo(1);
        assertThat(audited.tableName()).isEqualTo("obs_orders");
        assertThat(orders.get("c1", "o2")).isPresent();
    }

    @Test
    void aListenerThatThrowsIsLoggedAndTheRequestStillSucceeds() {
        List<RequestEvent> after = new CopyOnWriteArrayList<>();
        RequestListener broken = event -> {
            throw new IllegalStateException("metrics backend down");
        };
        OrderTable table = orders.withRequestListener(broken.andThen(after::add));
        try (CapturedLog log = new CapturedLog(Level.WARN)) {
            table.put(order("o1", "1", OrderStatus.PAID));
            assertThat(table.get("c1", "o1")).isPresent();
            assertThat(log.lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("WARN RequestListener ")
                    .contains("failed on RequestEvent[").contains("the request itself succeeded"));
        }
        assertThat(after).extracting(RequestEvent::operation).containsExactly("PutItem", "GetItem");
    }
}
