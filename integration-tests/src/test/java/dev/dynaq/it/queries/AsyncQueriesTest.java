package dev.dynaq.it.queries;

import static dev.dynaq.it.queries.SeedOrders.COUNT;
import static dev.dynaq.it.queries.SeedOrders.MAIN;
import static dev.dynaq.it.queries.SeedOrders.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.Cursor;
import dev.dynaq.InvalidCursorException;
import dev.dynaq.Page;
import dev.dynaq.it.model.Order;
import dev.dynaq.it.model.OrderAsyncTable;
import dev.dynaq.it.model.OrderStatus;
import dev.dynaq.it.model.OrderTable;
import dev.dynaq.it.model.Order_;
import dev.dynaq.testing.DynaqTest;
import dev.dynaq.testing.DynaqTest.TableLifecycle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** The async terminals of {@code OrderAsyncTable}'s queries: the same results as the sync ones. */
@DynaqTest(tables = Order.class, lifecycle = TableLifecycle.PER_CLASS)
class AsyncQueriesTest {
    private static final RequestLog LOG = new RequestLog();
    private static OrderAsyncTable orders;

    @BeforeAll
    static void load(OrderTable table) {
        table.batchPut(SeedOrders.all());
        orders = OrderTable.createAsync(LOG.asyncClient());
    }

    @BeforeEach
    void clearLog() {
        LOG.clear();
    }

    private static <V> V await(CompletableFuture<V> future) throws Exception {
        return future.get(30, TimeUnit.SECONDS);
    }

    @Test
    void fetchPageAsyncWalksEveryItemOnceWithUrlSafeCursors() throws Exception {
        List<Order> expected = SeedOrders.withStatus(OrderStatus.SHIPPED);
        List<Order> walked = new ArrayList<>();
        String cursor = null;
        do {
            OrderAsyncTable.StatusQuery query = orders.queryByStatus(OrderStatus.SHIPPED);
            Page<Order> page = await((cursor == null ? query : query.startCursor(Cursor.fromUrlSafe(cursor))).fetchPageAsync(25));
            walked.addAll(page.items());
            cursor = page.cursor().map(Cursor::toUrlSafe).orElse(null);
        } while (cursor != null);
        assertThat(walked).containsExactlyElementsOf(expected);
    }

    @Test
    void terminalsReturnWhatTheSyncOnesReturn() throws Exception {
        OrderAsyncTable.CustomerIdQuery main = orders.queryByCustomerId(MAIN);
        assertThat(await(main.listAsync())).containsExactlyElementsOf(ORDERS);
        assertThat(await(main.descending().firstAsync())).contains(ORDERS.get(COUNT - 1));
        assertThat(await(main.fetchAsync(3))).containsExactlyElementsOf(ORDERS.subList(0, 3));
        assertThat(await(main.orderIdBeginsWith("o-000").mapAsync(Order::orderId)))
                .containsExactly("o-0000", "o-0001", "o-0002", "o-0003", "o-0004", "o-0005", "o-0006", "o-0007", "o-0008", "o-0009");
        assertThat(await(main.offset(10).limit(5).pageSize(2).listAsync())).containsExactlyElementsOf(ORDERS.subList(10, 15));
        assertThat(await(main.byCreatedAt().firstAsync())).contains(SeedOrders.byCreatedAt().get(0));
        assertThat(await(orders.queryByCustomerId("nobody").firstAsync())).isEmpty();

        LOG.clear();
        assertThat(await(main.countAsync())).isEqualTo(COUNT);
        assertThat(await(main.filter(Order_.total.lt(new BigDecimal("50"))).countAsync())).isEqualTo(50);
        assertThat(await(main.countAsync(10))).isEqualTo(10);
        assertThat(LOG.requests()).extracting(QueryRequest::select).containsOnly(Select.COUNT);
        assertThat(LOG.itemsReturned()).isZero();
    }

    @Test
    void misuseIsRejectedBeforeAnyRequest() {
        assertThatThrownBy(() -> orders.queryByCustomerId(MAIN).filter(Order_.orderId.eq("o-0001")))
                .hasMessageContaining("sort key");
        Cursor otherPartition = new Cursor(null,
                Map.of("customerId", AttributeValue.fromS(SeedOrders.AFTER), "orderId", AttributeValue.fromS("o-0001")));
        assertThatThrownBy(() -> orders.queryByCustomerId(MAIN).startCursor(otherPartition))
                .isInstanceOf(InvalidCursorException.class);
        assertThat(LOG.requests()).isEmpty();
    }

    @Test
    void publisherFetchesPagesOnlyOnDemandAndStopsOnCancel() throws Exception {
        List<Order> received = new ArrayList<>();
        AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch fiveReceived = new CountDownLatch(5);
        CountDownLatch done = new CountDownLatch(1);
        orders.queryByCustomerId(MAIN).pageSize(10).publisher().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription.set(s);
                s.request(5);
            }

            @Override
            public void onNext(Order item) {
                synchronized (received) {
                    received.add(item);
                }
                fiveReceived.countDown();
            }

            @Override
            public void onError(Throwable error) {
                failure.set(error);
                done.countDown();
            }

            @Override
            public void onComplete() {
                done.countDown();
            }
        });
        assertThat(fiveReceived.await(30, TimeUnit.SECONDS)).isTrue();
        synchronized (received) {
            assertThat(received).containsExactlyElementsOf(ORDERS.subList(0, 5));
        }
        assertThat(LOG.requests()).as("5 items of a page of 10: one request").hasSize(1);
        subscription.get().cancel();
        assertThat(done.await(200, TimeUnit.MILLISECONDS)).as("no signal after cancel").isFalse();
        assertThat(failure.get()).isNull();
        assertThat(LOG.requests()).hasSize(1);
    }

    @Test
    void publisherDeliversEveryItemInOrder() throws Exception {
        CompletableFuture<List<Order>> all = new CompletableFuture<>();
        orders.queryByStatus(OrderStatus.PAID).publisher().subscribe(new Flow.Subscriber<>() {
            private final List<Order> items = new ArrayList<>();
            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(1);
            }

            @Override
            public void onNext(Order item) {
                items.add(item);
                subscription.request(1);
            }

            @Override
            public void onError(Throwable error) {
                all.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                all.complete(items);
            }
        });
        assertThat(await(all)).containsExactlyElementsOf(SeedOrders.withStatus(OrderStatus.PAID));
    }
}
