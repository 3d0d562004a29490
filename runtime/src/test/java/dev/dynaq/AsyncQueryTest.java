package dev.dynaq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.TestOrders.Order;
import dev.dynaq.TestOrders.OrderAsyncTable;
import dev.dynaq.internal.PartialItems;
import dev.dynaq.testsupport.LocalDynamoDb;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AsyncQueryTest {
    static final int COUNT = 300;
    static OrderAsyncTable orders;
    static List<Order> seeded;

    @BeforeAll
    static void seed() {
        String name = LocalDynamoDb.uniqueTableName("async_orders");
        TestOrders.createTable(LocalDynamoDb.client(), name);
        seeded = IntStream.range(0, COUNT).mapToObj(QueryTest::order).toList();
        TestOrders.seed(LocalDynamoDb.client(), name, seeded);
        orders = new OrderAsyncTable(LocalDynamoDb.asyncClient(), name);
    }

    static <V> V await(CompletableFuture<V> future) throws Exception {
        return future.get(30, TimeUnit.SECONDS);
    }

    @Test
    void asyncTerminals() throws Exception {
        assertThat(await(orders.queryByCustomerId("c1").listAsync())).containsExactlyElementsOf(seeded);
        assertThat(await(orders.queryByCustomerId("c1").countAsync())).isEqualTo(COUNT);
        assertThat(await(orders.queryByCustomerId("c1").filter(TestOrders.TOTAL.eq(7)).countAsync())).isEqualTo(6);
        assertThat(await(orders.queryByCustomerId("c1").countAsync(10))).isEqualTo(10);
        assertThat(await(orders.queryByCustomerId("c1").descending().firstAsync())).contains(seeded.get(COUNT - 1));
        assertThat(await(orders.queryByCustomerId("c1").fetchAsync(4))).containsExactlyElementsOf(seeded.subList(0, 4));
        assertThat(await(orders.queryByCustomerId("c1").limit(3).mapAsync(Order::orderId))).containsExactly("o0000", "o0001", "o0002");
    }

    @Test
    void asyncPagesWalkEveryItemOnce() throws Exception {
        List<Order> walked = new ArrayList<>();
        Cursor cursor = null;
        do {
            var query = orders.queryByCustomerId("c1").filter(TestOrders.TOTAL.lt(25));
            Page<Order> page = await((cursor == null ? query : query.startCursor(Cursor.fromUrlSafe(cursor.toUrlSafe()))).fetchPageAsync(7));
            walked.addAll(page.items());
            cursor = page.cursor().orElse(null);
        } while (cursor != null);
        assertThat(walked).containsExactlyElementsOf(seeded.stream().filter(o -> o.total() < 25).toList());
    }

    @Test
    void publisherRespectsSmallDemand() throws Exception {
        CompletableFuture<List<Order>> done = new CompletableFuture<>();
        List<Order> received = Collections.synchronizedList(new ArrayList<>());
        orders.queryByCustomerId("c1").pageSize(20).publisher().subscribe(new Flow.Subscriber<Order>() {
            private Flow.Subscription subscription;
            private int inBatch;

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(3);
            }

            @Override
            public void onNext(Order item) {
                received.add(item);
                if (++inBatch == 3) {
                    inBatch = 0;
                    subscription.request(3);
                }
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                done.complete(received);
            }
        });
        assertThat(await(done)).containsExactlyElementsOf(seeded);
    }

    @Test
    void publisherStopsOnCancel() throws Exception {
        CompletableFuture<List<Order>> done = new CompletableFuture<>();
        List<Order> received = Collections.synchronizedList(new ArrayList<>());
        orders.queryByCustomerId("c1").publisher().subscribe(new Flow.Subscriber<Order>() {
            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(5);
            }

            @Override
            public void onNext(Order item) {
                received.add(item);
                if (received.size() == 5) {
                    subscription.cancel();
                    done.complete(received);
                }
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                done.completeExceptionally(new AssertionError("completed after cancel"));
            }
        });
        assertThat(await(done)).containsExactlyElementsOf(seeded.subList(0, 5));
    }

    @Test
    void asyncTableReadsAndWrites() throws Exception {
        Order order = new Order("c9", "x1", "OPEN", 1L, 5, "hello");
        await(orders.putAsync(order));
        Key<Order> key = Key.fromMap(java.util.Map.of("customerId", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("c9"),
                "orderId", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("x1")));
        assertThat(await(orders.getAsync(key))).contains(order);
        assertThat(await(orders.getConsistentAsync(key))).contains(order);

        Order partial = await(orders.queryByCustomerId("c9").keysOnly().firstAsync()).orElseThrow();
        assertThat(PartialItems.isPartial(partial)).isTrue();
        assertThatThrownBy(() -> orders.putAsync(partial).get())
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(InvalidValueException.class);

        await(orders.deleteAsync(key));
        assertThat(await(orders.getAsync(key))).isEmpty();
    }
}
