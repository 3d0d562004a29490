package dev.dynaq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.TestOrders.Order;
import dev.dynaq.TestOrders.OrderTable;
import dev.dynaq.internal.PartialItems;
import dev.dynaq.testsupport.LocalDynamoDb;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScanTest {
    static final int COUNT = 2000;
    static OrderTable orders;
    static Set<String> allIds;

    @BeforeAll
    static void seed() {
        String name = LocalDynamoDb.uniqueTableName("scan_orders");
        TestOrders.createTable(LocalDynamoDb.client(), name);
        List<Order> items = IntStream.range(0, COUNT)
                .mapToObj(i -> new Order("c" + (i % 37), String.format("o%05d", i), "OPEN", (long) i, i % 10, null))
                .toList();
        TestOrders.seed(LocalDynamoDb.client(), name, items);
        orders = new OrderTable(LocalDynamoDb.client(), name);
        allIds = new HashSet<>(items.stream().map(Order::orderId).toList());
    }

    @Test
    void scanReadsEveryItemOnceThroughCursors() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Scan<Order> scan = cursor == null ? orders.scan() : orders.scan().startCursor(Cursor.fromUrlSafe(cursor));
            Page<Order> page = scan.fetchPage(333);
            page.items().forEach(o -> ids.add(o.orderId()));
            cursor = page.cursor().map(Cursor::toUrlSafe).orElse(null);
        } while (cursor != null);
        assertThat(ids).hasSize(COUNT).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).isEqualTo(allIds);
    }

    @Test
    void scanOptionsAndTerminals() {
        assertThat(orders.scan().count()).isEqualTo(COUNT);
        assertThat(orders.scan().filter(TestOrders.TOTAL.eq(3)).count()).isEqualTo(200);
        assertThat(orders.scan().count(150)).isEqualTo(150);
        assertThat(orders.scan().filter(TestOrders.TOTAL.eq(3)).list()).hasSize(200).allMatch(o -> o.total() == 3);
        assertThat(orders.scan().limit(10).list()).hasSize(10);
        assertThat(orders.scan().pageSize(100).stream().count()).isEqualTo(COUNT);
        assertThat(orders.scan().first()).isPresent();
        assertThat(orders.scan().offset(1990).list()).hasSize(10);
        List<Order> keys = orders.scan().keysOnly().limit(5).list();
        assertThat(keys).hasSize(5).allMatch(o -> o.total() == null && o.orderId() != null).allMatch(PartialItems::isPartial);
        assertThat(orders.scan().project(TestOrders.TOTAL).fetch(3)).allMatch(o -> o.customerId() == null && o.total() != null);
        assertThat(orders.scan().consistentRead().returnConsumedCapacity().fetchPage(5).consumedCapacity()).isPresent();
        assertThat(orders.scan().map(Order::orderId)).hasSize(COUNT);
    }

    @Test
    void parallelScanYieldsEveryItemExactlyOnce() {
        List<Order> items = orders.parallelScan(4).list();
        assertThat(items).hasSize(COUNT);
        assertThat(new HashSet<>(items.stream().map(Order::orderId).toList())).isEqualTo(allIds);
        assertThat(orders.parallelScan(4).count()).isEqualTo(COUNT);
        assertThat(orders.parallelScan(4).filter(TestOrders.TOTAL.eq(3)).count()).isEqualTo(200);
        assertThat(orders.parallelScan(3).pageSize(50).filter(TestOrders.TOTAL.eq(3)).list()).hasSize(200);

        List<String> seen = new ArrayList<>();
        orders.parallelScan(16).project(TestOrders.TOTAL).forEach(o -> seen.add(o.total() + ""));
        assertThat(seen).hasSize(COUNT);
    }

    @Test
    void parallelScanOnAGivenExecutorAndEarlyClose() {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            assertThat(orders.parallelScan(4, executor).stream().map(Order::orderId).distinct().count()).isEqualTo(COUNT);
            try (Stream<Order> stream = orders.parallelScan(4, executor).pageSize(10).stream()) {
                assertThat(stream.limit(15).toList()).hasSize(15);
            }
            // the executor is still usable: the closed run's workers gave up their slots
            assertThat(orders.parallelScan(2, executor).count()).isEqualTo(COUNT);
        } finally {
            executor.shutdownNow();
        }
    }
}
