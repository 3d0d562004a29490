package dev.dynaq.it.writes;

import static dev.dynaq.it.writes.Seeds.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynaq.BatchGetIncompleteException;
import dev.dynaq.BatchPolicy;
import dev.dynaq.BatchWriteIncompleteException;
import dev.dynaq.Key;
import dev.dynaq.it.model.Account;
import dev.dynaq.it.model.AccountTable;
import dev.dynaq.it.model.Order;
import dev.dynaq.it.model.OrderStatus;
import dev.dynaq.it.model.OrderTable;
import dev.dynaq.it.model.Product;
import dev.dynaq.it.model.ProductTable;
import dev.dynaq.it.model.Product_;
import dev.dynaq.testing.DynaqTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** batchPut, batchGet and batchDelete on the generated tables, with injected unprocessed items. */
@DynaqTest(tables = {Order.class, Product.class, Account.class, PriceLevel.class})
class BatchTest {
    /** Fast retries, so that tests do not wait for the default backoff. */
    private static final BatchPolicy QUICK = BatchPolicy.defaults().withBaseDelay(Duration.ofMillis(1)).withMaxDelay(Duration.ofMillis(5));

    private static List<Order> orders(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Order("c" + (i % 7), String.format("o%04d", i), new BigDecimal(i), List.of("item " + i),
                        OrderStatus.values()[i % 4], Seeds.T0.plusSeconds(i)))
                .toList();
    }

    private static List<Product> products(int count) {
        return IntStream.range(0, count).mapToObj(i -> product(String.format("p%03d", i), i)).toList();
    }

    private static boolean endsWith7(Map<String, AttributeValue> itemOrKey) {
        return itemOrKey.get("productId").s().endsWith("7");
    }

    @Test
    void aThousandItemsArePutAndReadBackInTheOrderOfTheKeys(OrderTable table) {
        List<Order> orders = orders(1000);
        table.batchPut(orders);

        List<Order> shuffled = new ArrayList<>(orders);
        Collections.shuffle(shuffled, new Random(7));
        List<Key<Order>> keys = new ArrayList<>(shuffled.stream().map(table::keyOf).toList());

        assertThat(table.batchGet(keys)).containsExactlyElementsOf(shuffled);
        assertThat(table.queryByCustomerId("c3").count()).isEqualTo(IntStream.range(0, 1000).filter(i -> i % 7 == 3).count());
    }

    @Test
    void batchGetSkipsMissingKeysAndReadsARepeatedKeyOnce(OrderTable table) {
        List<Order> orders = orders(3);
        table.batchPut(orders);

        List<Order> read = table.batchGet(List.of(table.key("c2", "o0002"), table.key("nobody", "x"), table.key("c0", "o0000"),
                table.key("c2", "o0002")));

        assertThat(read).containsExactly(orders.get(2), orders.get(0));
    }

    @Test
    void numberKeysMatchTheItemsDynamoDbReturnsInItsOwnSpelling(PriceLevelTable table) {
        table.batchPut(List.of(new PriceLevel("EURUSD", new BigDecimal("1.50"), 10),
                new PriceLevel("EURUSD", new BigDecimal("2.00"), 20), new PriceLevel("EURUSD", new BigDecimal("1E+1"), 30)));
        List<Key<PriceLevel>> keys = List.of(table.key("EURUSD", new BigDecimal("10")), table.key("EURUSD", new BigDecimal("1.50")),
                table.key("EURUSD", new BigDecimal("3")), table.key("EURUSD", new BigDecimal("2.00")),
                table.key("EURUSD", new BigDecimal("1.5")));

        for (PriceLevelTable path : List.of(table, table.withDirectDecoding(false))) {
            List<PriceLevel> read = path.batchGet(keys);
            assertThat(read).as("every stored key once, in the order of the keys").extracting(PriceLevel::quantity)
                    .containsExactly(30, 10, 20);
            assertThat(read).extracting(PriceLevel::price).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(BigDecimal.TEN, new BigDecimal("1.5"), new BigDecimal("2"));
        }
    }

    @Test
    void numberKeysSpelledTwoWaysAreOneKeyInABatchWrite(PriceLevelTable table) {
        // DynamoDB refuses a batch holding 1.5 and 1.50 as duplicate keys, so they must be sent once.
        table.batchPut(List.of(new PriceLevel("GBPUSD", new BigDecimal("1.50"), 10),
                new PriceLevel("GBPUSD", new BigDecimal("1.5"), 20), new PriceLevel("GBPUSD", new BigDecimal("2"), 30)));

        assertThat(table.get("GBPUSD", new BigDecimal("1.5"))).as("the last item of the key wins")
                .get().extracting(PriceLevel::quantity).isEqualTo(20);

        table.batchDelete(List.of(table.key("GBPUSD", new BigDecimal("1.5")), table.key("GBPUSD", new BigDecimal("1.500")),
                table.key("GBPUSD", new BigDecimal("2.0"))));

        assertThat(table.scan().count()).isZero();
    }

    @Test
    void batchDeleteRemovesEveryKey(OrderTable table) {
        List<Order> orders = orders(1000);
        table.batchPut(orders);
        List<Key<Order>> keys = orders.stream().map(table::keyOf).toList();

        table.batchDelete(keys.subList(0, 990));

        assertThat(table.batchGet(keys)).containsExactlyElementsOf(orders.subList(990, 1000));
        assertThat(table.scan().count()).isEqualTo(10);
    }

    @Test
    void batchPutOfTheSameKeyWritesTheLastItem(ProductTable table) {
        table.batchPut(List.of(product("p1", 1), product("p1", 2)));

        assertThat(table.get("p1")).get().extracting(Product::getPrice).isEqualTo(2.0);
    }

    @Test
    void versionedItemsCannotBeBatchWritten(AccountTable accounts) {
        assertThatThrownBy(() -> accounts.batchPut(List.of(Seeds.account("a1", 1))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("@Version");
    }

    @Test
    void unprocessedItemsAreRetriedUntilEveryItemIsWritten(ProductTable products) {
        UnprocessedFault fault = new UnprocessedFault(BatchTest::endsWith7, 3);
        List<Product> items = products(100);
        try (DynamoDbClient faulty = fault.client()) {
            ProductTable table = ProductTable.create(faulty);

            table.batchPut(items, QUICK);
            // 4 chunks of 25, each retried until its held-back items went through
            assertThat(fault.batchRequests.get()).isGreaterThan(4);

            List<Product> read = table.batchGet(items.stream().map(table::keyOf).toList(), QUICK);
            assertThat(read).extracting(Product::getProductId).containsExactlyElementsOf(items.stream().map(Product::getProductId).toList());
        }
        assertThat(products.scan().count()).isEqualTo(100);
    }

    @Test
    void whenAttemptsRunOutTheExceptionNamesExactlyTheItemsNotWritten(ProductTable products) {
        UnprocessedFault fault = new UnprocessedFault(BatchTest::endsWith7, Integer.MAX_VALUE);
        List<Product> items = products(60);
        try (DynamoDbClient faulty = fault.client()) {
            ProductTable table = ProductTable.create(faulty);

            BatchWriteIncompleteException failure = assertThrows(BatchWriteIncompleteException.class,
                    () -> table.batchPut(items, QUICK.withMaxAttempts(1)));

            List<String> held = items.stream().map(Product::getProductId).filter(id -> id.endsWith("7")).toList();
            assertThat(failure.tableName()).isEqualTo("products");
            assertThat(failure.unprocessedCount()).isEqualTo(held.size());
            assertThat(failure.unprocessedItems()).extracting(item -> Product_.SCHEMA.fromItem(item).getProductId())
                    .containsExactlyElementsOf(held);
            assertThat(failure.unprocessedDeleteKeys()).isEmpty();
            assertThat(failure).hasMessageContaining("left 6 of 60 writes undone").hasMessageContaining("after 1 attempts");
            assertThat(fault.batchRequests).hasValue(3);
        }
        // every other item was written, the reported ones were not
        assertThat(products.scan().list()).extracting(Product::getProductId)
                .containsExactlyInAnyOrderElementsOf(items.stream().map(Product::getProductId).filter(id -> !id.endsWith("7")).toList());
    }

    @Test
    void whenAttemptsRunOutABatchGetNamesTheKeysNotRead(ProductTable products) {
        List<Product> items = products(30);
        products.batchPut(items);
        List<List<Map<String, AttributeValue>>> readItems = new ArrayList<>();
        for (boolean directDecoding : new boolean[] {false, true}) {
            UnprocessedFault fault = new UnprocessedFault(BatchTest::endsWith7, Integer.MAX_VALUE);
            try (DynamoDbClient faulty = fault.client(directDecoding)) {
                ProductTable table = ProductTable.create(faulty);

                BatchGetIncompleteException failure = assertThrows(BatchGetIncompleteException.class,
                        () -> table.batchGet(items.stream().map(table::keyOf).toList(), QUICK.withMaxAttempts(1)));

                assertThat(failure.unprocessedKeys()).containsExactlyInAnyOrder(
                        table.key("p007").toMap(), table.key("p017").toMap(), table.key("p027").toMap());
                assertThat(failure.readItems()).hasSize(27);
                readItems.add(failure.readItems());
            }
        }
        assertThat(readItems.get(1)).as("the items decoded directly are reported as the SDK reads them")
                .containsExactlyInAnyOrderElementsOf(readItems.get(0));
    }

    @Test
    void unprocessedDeletesAreRetriedAndReportedToo(ProductTable products) {
        List<Product> items = products(30);
        products.batchPut(items);
        List<Key<Product>> keys = items.stream().map(products::keyOf).toList();

        UnprocessedFault once = new UnprocessedFault(BatchTest::endsWith7, 1);
        try (DynamoDbClient faulty = once.client()) {
            ProductTable.create(faulty).batchDelete(keys.subList(0, 15), QUICK);
        }
        assertThat(products.scan().count()).isEqualTo(15);

        UnprocessedFault again = new UnprocessedFault(BatchTest::endsWith7, 1);
        try (DynamoDbClient faulty = again.client()) {
            BatchWriteIncompleteException failure = assertThrows(BatchWriteIncompleteException.class,
                    () -> ProductTable.create(faulty).batchDelete(keys.subList(15, 30), QUICK.withMaxAttempts(1)));
            assertThat(failure.unprocessedDeleteKeys()).containsExactly(products.key("p017").toMap(), products.key("p027").toMap());
            assertThat(failure.unprocessedItems()).isEmpty();
        }
        assertThat(products.scan().list()).extracting(Product::getProductId).containsExactlyInAnyOrder("p017", "p027");
    }
}
