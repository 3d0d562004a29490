package dev.dynaq.it.queries;

import static dev.dynaq.it.queries.SeedOrders.BASE;
import static dev.dynaq.it.queries.SeedOrders.MAIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dynaq.Cursor;
import dev.dynaq.DirectDecodingPlugin;
import dev.dynaq.Key;
import dev.dynaq.Page;
import dev.dynaq.Query;
import dev.dynaq.it.model.Order;
import dev.dynaq.it.model.OrderStatus;
import dev.dynaq.it.model.OrderTable;
import dev.dynaq.it.model.Order_;
import dev.dynaq.testing.DynamoDbLocal;
import dev.dynaq.testing.DynaqTest;
import dev.dynaq.testing.DynaqTest.TableLifecycle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The direct read path (the default) and the ordinary one ({@code withDirectDecoding(false)}) give
 * the same results on DynamoDB Local over real HTTP: the same entities in the same order, the same
 * page cursors (as url-safe strings), counts, consumed capacity and errors. The direct path runs two
 * ways: through a client built with {@link DirectDecodingPlugin} (every read but gets) and through a client
 * without it (a plugin per query or scan; gets and batch gets ordinary). Each read also checks which
 * path served it, from what the SDK unmarshalled (an interceptor on the client): with the direct path
 * the SDK builds no item maps at all.
 */
@DynaqTest(tables = Order.class, lifecycle = TableLifecycle.PER_CLASS)
class DirectDecodingTest {
    private static final SdkItemCounter SDK_ITEMS = new SdkItemCounter();
    private static OrderTable direct;
    private static OrderTable perRequest;
    private static OrderTable ordinary;

    @BeforeAll
    static void load(OrderTable table) {
        table.batchPut(SeedOrders.all());
        direct = OrderTable.create(client(true), table.tableName());
        perRequest = OrderTable.create(client(false), table.tableName());
        ordinary = perRequest.withDirectDecoding(false);
    }

    @BeforeEach
    void clear() {
        SDK_ITEMS.clear();
    }

    /** A read and what to compare of its result; batch gets are direct only through the plugin. */
    record Read(String name, Function<OrderTable, Object> run, boolean batch) {
        Read(String name, Function<OrderTable, Object> run) {
            this(name, run, false);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Read> reads() {
        BigDecimal fifty = new BigDecimal("50");
        return List.of(
                new Read("pages of 7 with cursors and consumed capacity, table",
                        t -> walk(t, c -> at(t.queryByCustomerId(MAIN).returnConsumedCapacity(), c).fetchPage(7), 20)),
                new Read("pages of 25, descending, filter",
                        t -> walk(t, c -> at(t.queryByCustomerId(MAIN).descending().filter(Order_.total.lt(fifty)), c)
                                .fetchPage(25), 10)),
                new Read("pages of 30, global index",
                        t -> walk(t, c -> at(t.queryByStatus(OrderStatus.PAID), c).fetchPage(30), 10)),
                new Read("pages of 40, local index, range",
                        t -> walk(t, c -> at(t.queryByCustomerId(MAIN).byCreatedAt().createdAtGe(BASE.plusSeconds(60 * 600)), c)
                                .fetchPage(40), 10)),
                new Read("whole partition, one response a page", t -> pages(t.queryByCustomerId(MAIN).pages())),
                new Read("offset and limit", t -> t.queryByCustomerId(MAIN).offset(13).limit(50).list()),
                new Read("first and fetch", t -> List.of(t.queryByCustomerId(MAIN).first(), t.queryByCustomerId(MAIN).fetch(3))),
                new Read("projection (partial entities) with cursor",
                        t -> walk(t, c -> at(t.queryByCustomerId(MAIN).project(Order_.total), c).fetchPage(100), 3)),
                new Read("keys only", t -> t.queryByStatus(OrderStatus.SHIPPED).keysOnly().list()),
                new Read("end cursor", t -> {
                    Cursor end = t.queryByCustomerId(MAIN).fetchPage(77).cursor().orElseThrow();
                    return t.queryByCustomerId(MAIN).pageSize(20).endCursor(end).list();
                }),
                new Read("counts", t -> List.of(t.queryByCustomerId(MAIN).count(), t.queryByCustomerId(MAIN).count(100),
                        t.scan().count())),
                new Read("scan pages of 90 with cursors", t -> walk(t, c -> (c == null ? t.scan() : t.scan().startCursor(c)).fetchPage(90), 20)),
                new Read("scan stream, filter", t -> t.scan().filter(Order_.total.ge(new BigDecimal("900"))).list()),
                new Read("parallel scan", t -> sorted(t.parallelScan(3).list())),
                new Read("batch get with missing keys", t -> {
                    List<Key<Order>> keys = new ArrayList<>();
                    for (int i = 0; i < 150; i += 3) {
                        keys.add(t.key(MAIN, String.format("o-%04d", i * 10)));
                    }
                    return t.batchGet(keys);
                }, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void everyPathReturnsTheSameResults(Read read) {
        Object fromOrdinary = read.run().apply(ordinary);
        int ordinaryUnmarshalled = SDK_ITEMS.unmarshalled();
        int ordinaryCounted = SDK_ITEMS.counted();
        SDK_ITEMS.clear();

        Object fromDirect = read.run().apply(direct);
        assertThat(fromDirect).isEqualTo(fromOrdinary);
        assertThat(SDK_ITEMS.unmarshalled()).as("the direct path decodes every item itself (the ordinary path's SDK"
                + " unmarshalled %d)", ordinaryUnmarshalled).isZero();
        assertThat(SDK_ITEMS.counted()).as("the SDK still reads the responses' Count").isEqualTo(ordinaryCounted);
        SDK_ITEMS.clear();

        Object fromPerRequest = read.run().apply(perRequest);
        assertThat(fromPerRequest).isEqualTo(fromOrdinary);
        assertThat(SDK_ITEMS.unmarshalled()).as("without the plugin, only batch gets are read the ordinary way")
                .isEqualTo(read.batch() ? ordinaryUnmarshalled : 0);
        assertThat(SDK_ITEMS.counted()).isEqualTo(ordinaryCounted);
    }

    @Test
    void singleItemGetsGoTheOrdinaryWayOnEitherClient() {
        assertThat(direct.get(MAIN, "o-0042")).isEqualTo(perRequest.get(MAIN, "o-0042")).isPresent();
        assertThat(direct.getConsistent(MAIN, "o-5000")).isEmpty();
        assertThat(SDK_ITEMS.unmarshalled()).as("for one item the fast path costs more than it saves").isEqualTo(2 * 6);
    }

    @Test
    void thePluginLeavesOtherRequestsAlone() {
        try (DynamoDbClient client = LocalClients.builder(true)
                .httpClient(Apache5HttpClient.create())
                .addPlugin(DirectDecodingPlugin.create())
                .build()) {
            assertThat(client.serviceClientConfiguration().overrideConfiguration().executionInterceptors()
                    .stream().filter(i -> i.getClass().getName().startsWith("dev.dynaq")).count())
                    .as("added twice, installed once").isEqualTo(1);
            Map<String, AttributeValue> key = Map.of("customerId", AttributeValue.fromS(MAIN),
                    "orderId", AttributeValue.fromS("o-0042"));
            assertThat(client.getItem(b -> b.tableName(direct.tableName()).key(key)).item())
                    .isEqualTo(Order_.SCHEMA.toItem(ordinary.get(MAIN, "o-0042").orElseThrow()));
            assertThat(client.query(b -> b.tableName(direct.tableName()).keyConditionExpression("customerId = :c")
                    .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(MAIN)))).items())
                    .hasSize(ordinary.queryByCustomerId(MAIN).list().size());
        }
    }

    @Test
    void aMissingTableFailsAlike() {
        OrderTable missing = OrderTable.create(client(true), "no_such_table");
        Throwable ordinaryFailure = catchThrowable(() -> missing.withDirectDecoding(false).queryByCustomerId(MAIN).list());
        Throwable directFailure = catchThrowable(() -> missing.queryByCustomerId(MAIN).list());
        assertThat(directFailure).isNotNull().hasSameClassAs(ordinaryFailure);
        assertThat(directFailure.getMessage().replaceAll("Request ID: [^,)]*", ""))
                .isEqualTo(ordinaryFailure.getMessage().replaceAll("Request ID: [^,)]*", ""));
        assertThat(catchThrowable(() -> missing.get(MAIN, "o-0001"))).hasSameClassAs(
                catchThrowable(() -> missing.withDirectDecoding(false).get(MAIN, "o-0001")));
    }

    @Test
    void aStoredValueThatDoesNotConvertFailsAlike() {
        DynamoDbClient raw = DynamoDbLocal.shared().client();
        raw.putItem(b -> b.tableName(direct.tableName()).item(Map.of(
                "customerId", AttributeValue.fromS("mallory"), "orderId", AttributeValue.fromS("o-0001"),
                "total", AttributeValue.fromS("not a number"))));
        try {
            Throwable ordinaryFailure = catchThrowable(() -> ordinary.queryByCustomerId("mallory").list());
            Throwable directFailure = catchThrowable(() -> direct.queryByCustomerId("mallory").list());
            assertThat(ordinaryFailure).isNotNull();
            assertThat(directFailure).hasSameClassAs(ordinaryFailure).hasMessage(ordinaryFailure.getMessage());
            assertThat(catchThrowable(() -> direct.get("mallory", "o-0001"))).hasSameClassAs(ordinaryFailure)
                    .hasMessage(ordinaryFailure.getMessage());
        } finally {
            raw.deleteItem(b -> b.tableName(direct.tableName()).key(Map.of(
                    "customerId", AttributeValue.fromS("mallory"), "orderId", AttributeValue.fromS("o-0001"))));
        }
    }

    private static <Q extends Query<Order, Q>> Q at(Q query, Cursor cursor) {
        return cursor == null ? query : query.startCursor(cursor);
    }

    /** Fetches up to {@code max} pages, each from the cursor of the one before. */
    private static List<Object> walk(OrderTable table, Function<Cursor, Page<Order>> fetch, int max) {
        List<Object> pages = new ArrayList<>();
        Cursor cursor = null;
        for (int i = 0; i < max; i++) {
            Page<Order> page = fetch.apply(cursor == null ? null : Cursor.fromUrlSafe(cursor.toUrlSafe()));
            pages.add(List.of(page.items(), page.cursor().map(Cursor::toUrlSafe), page.consumedCapacity()));
            if (page.cursor().isEmpty()) {
                break;
            }
            cursor = page.cursor().get();
        }
        return pages;
    }

    private static List<Object> pages(Iterable<Page<Order>> pages) {
        List<Object> all = new ArrayList<>();
        for (Page<Order> page : pages) {
            all.add(List.of(page.items(), page.cursor().map(Cursor::toUrlSafe), page.consumedCapacity()));
        }
        return all;
    }

    private static List<Order> sorted(List<Order> orders) {
        return orders.stream().sorted((a, b) -> (a.customerId() + a.orderId()).compareTo(b.customerId() + b.orderId()))
                .toList();
    }

    private static DynamoDbClient client(boolean plugin) {
        return LocalClients.builder(plugin)
                .httpClient(Apache5HttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(SDK_ITEMS))
                .build();
    }
}
