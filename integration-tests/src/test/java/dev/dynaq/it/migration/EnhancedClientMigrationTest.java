package dev.dynaq.it.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.it.model.OrderStatus;
import dev.dynaq.testing.DynamoDbLocal;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * docs/MIGRATING.md, checked: a table written by the real Enhanced Client ({@link EcOrder}) read and
 * written through Dynaq with the annotations the guide gives ({@link MigratedOrder}). Every item reads
 * equal, Dynaq writes byte for byte what the Enhanced Client writes, every range query on an ordered
 * key returns what the Enhanced Client's returns, and the mixed-precision {@code Instant} sort key,
 * where the Enhanced Client's own range queries miss items, gets eq queries and an ordered copy.
 */
class EnhancedClientMigrationTest {
    private static final TableSchema<EcOrder> EC_SCHEMA = TableSchema.fromBean(EcOrder.class);
    private static final Instant NOON = Instant.parse("2025-01-01T12:00:00Z");
    private static final List<String> CUSTOMERS = List.of("c1", "c2", "c3");
    private static final List<String> REGIONS = List.of("eu", "us");

    private static DynamoDbClient client;
    private static DynamoDbTable<EcOrder> ecTable;
    private static MigratedOrderTable orders;
    private static final List<EcOrder> WRITTEN = new ArrayList<>();

    @BeforeAll
    static void writeTheTableWithTheEnhancedClient() {
        client = DynamoDbLocal.shared().client();
        orders = MigratedOrderTable.create(client);
        orders.createTable();
        ecTable = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build().table(MigratedOrder_.TABLE_NAME, EC_SCHEMA);
        Random random = new Random(13);
        for (int i = 0; i < 90; i++) {
            // mixed precision as Instant.toString() writes it: whole seconds ("…:00Z") beside milliseconds ("…:00.500Z")
            Instant createdAt = NOON.plusSeconds(i / 3).plusMillis(i % 3 == 0 ? 0 : random.nextInt(1000));
            EcOrder order = ecOrder(CUSTOMERS.get(i % 3), createdAt, random);
            ecTable.putItem(order);
            WRITTEN.add(order);
        }
    }

    @AfterAll
    static void dropTable() {
        DynamoDbLocal.shared().deleteTable(MigratedOrder_.TABLE_NAME);
    }

    @Test
    void everyItemTheEnhancedClientWroteReadsEqualThroughDynaq() {
        for (EcOrder written : WRITTEN) {
            assertThat(orders.get(written.getCustomerId(), written.getCreatedAt())).contains(migrated(written));
        }
        assertThat(new LinkedHashSet<>(orders.scan().list()))
                .isEqualTo(new LinkedHashSet<>(WRITTEN.stream().map(EnhancedClientMigrationTest::migrated).toList()));
    }

    @Test
    void dynaqWritesExactlyTheStoredFormsOfTheEnhancedClientAndItReadsThem() {
        Random random = new Random(29);
        for (int i = 0; i < 30; i++) {
            EcOrder order = ecOrder("new" + i, NOON.plusMillis(random.nextInt(5) * 250L), random);
            Map<String, AttributeValue> byDynaq = MigratedOrder_.SCHEMA.toItem(migrated(order));
            assertThat(byDynaq).isEqualTo(EC_SCHEMA.itemToMap(order, true));

            orders.put(migrated(order));
            EcOrder readByEc = ecTable.getItem(Key.builder().partitionValue(order.getCustomerId())
                    .sortValue(order.getCreatedAt().toString()).build());
            assertThat(EC_SCHEMA.itemToMap(readByEc, true)).isEqualTo(EC_SCHEMA.itemToMap(order, true));
            orders.delete(order.getCustomerId(), order.getCreatedAt());
        }
    }

    @Test
    void rangeQueriesOnOrderedKeysReturnWhatTheEnhancedClientReturns() {
        DynamoDbIndex<EcOrder> byDay = ecTable.index("by_day");
        DynamoDbIndex<EcOrder> byStatus = ecTable.index("by_status");
        LocalDate first = LocalDate.of(2025, 1, 1);
        for (String region : REGIONS) {
            for (int from = 0; from < 10; from += 3) {
                LocalDate low = first.plusDays(from);
                LocalDate high = low.plusDays(4);
                assertSameKeys(orders.queryByRegion(region).dayBetween(low, high).list(),
                        query(byDay, QueryConditional.sortBetween(key(region, low.toString()), key(region, high.toString()))));
                assertSameKeys(orders.queryByRegion(region).dayGe(low).list(),
                        query(byDay, QueryConditional.sortGreaterThanOrEqualTo(key(region, low.toString()))));
                assertSameKeys(orders.queryByRegion(region).dayLt(high).descending().list(),
                        query(byDay, QueryConditional.sortLessThan(key(region, high.toString()))));
            }
        }
        for (OrderStatus status : OrderStatus.values()) {
            // LocalDateTime's toString() varies in length, yet a shorter form is a prefix of the longer ones: ordered
            LocalDateTime low = LocalDateTime.of(2025, 1, 1, 9, 0);
            LocalDateTime high = LocalDateTime.of(2025, 1, 1, 9, 30, 15, 500_000_000);
            assertSameKeys(orders.queryByStatus(status).placedAtBetween(low, high).list(),
                    query(byStatus, QueryConditional.sortBetween(key(status.toString(), low.toString()),
                            key(status.toString(), high.toString()))));
            assertSameKeys(orders.queryByStatus(status).placedAtGt(high).list(),
                    query(byStatus, QueryConditional.sortGreaterThan(key(status.toString(), high.toString()))));
        }
        for (String customer : CUSTOMERS) {
            // the whole partition, in the table's (stored) sort order, and eq on the unordered sort key
            assertThat(keys(orders.queryByCustomerId(customer).list(), MigratedOrder::customerId, MigratedOrder::createdAt))
                    .isEqualTo(keys(query(ecTable, QueryConditional.keyEqualTo(Key.builder().partitionValue(customer).build())),
                            EcOrder::getCustomerId, EcOrder::getCreatedAt));
            for (EcOrder written : WRITTEN.stream().filter(o -> o.getCustomerId().equals(customer)).limit(6).toList()) {
                Key exact = key(customer, written.getCreatedAt().toString());
                assertSameKeys(orders.queryByCustomerId(customer).createdAtEq(written.getCreatedAt()).list(),
                        query(ecTable, QueryConditional.keyEqualTo(exact)));
            }
        }
    }

    @Test
    void mixedPrecisionSortKeyRangesMissItemsSoDynaqOffersEqAndAnOrderedCopyFindsThem() {
        // The Enhanced Client's own range query over its mixed-precision text misses items: "…12:00:01Z" sorts
        // after "…12:00:01.200Z" although it is earlier. Dynaq refuses range conditions on such a key at compile
        // time (DYNAQ-FORMAT-UNORDERED-KEY); only createdAtEq exists on it.
        Instant low = NOON.plusMillis(500);
        Instant high = NOON.plusSeconds(1).plusMillis(200);
        List<EcOrder> truth = WRITTEN.stream().filter(o -> o.getCustomerId().equals("c1"))
                .filter(o -> !o.getCreatedAt().isBefore(low) && !o.getCreatedAt().isAfter(high)).toList();
        List<EcOrder> byEc = query(ecTable, QueryConditional.sortBetween(key("c1", low.toString()), key("c1", high.toString())));
        String wholeSecond = "c1 " + NOON.plusSeconds(1);
        assertThat(keys(truth, EcOrder::getCustomerId, EcOrder::getCreatedAt)).contains(wholeSecond);
        assertThat(keys(byEc, EcOrder::getCustomerId, EcOrder::getCreatedAt)).doesNotContain(wholeSecond);

        // The guide's remedy: backfill an ordered copy (EPOCH_MILLIS) through update(), which leaves every other
        // attribute alone, and query it through the global index by_time.
        for (MigratedOrder order : orders.scan().list()) {
            orders.update(order.customerId(), order.createdAt()).set(MigratedOrder_.createdAtMillis, order.createdAt()).execute();
        }
        for (String customer : CUSTOMERS) {
            for (int start = 0; start < 30_000; start += 700) {
                Instant from = NOON.plusMillis(start);
                Instant to = from.plusMillis(1_900);
                List<String> expected = WRITTEN.stream()
                        .filter(o -> o.getCustomerId().equals(customer))
                        .filter(o -> !o.getCreatedAt().isBefore(from) && !o.getCreatedAt().isAfter(to))
                        .sorted(Comparator.comparing(EcOrder::getCreatedAt))
                        .map(o -> o.getCreatedAt().toString()).toList();
                assertThat(orders.queryByCustomerTimeline(customer).createdAtMillisBetween(from, to).list())
                        .extracting(o -> o.createdAt().toString()).containsExactlyElementsOf(expected);
            }
        }
        // the Enhanced Client still reads every item, ignoring the attribute it does not know
        for (EcOrder written : WRITTEN) {
            EcOrder read = ecTable.getItem(key(written.getCustomerId(), written.getCreatedAt().toString()));
            assertThat(EC_SCHEMA.itemToMap(read, true)).isEqualTo(EC_SCHEMA.itemToMap(written, true));
        }
        for (MigratedOrder order : orders.scan().list()) {
            orders.update(order.customerId(), order.createdAt()).remove(MigratedOrder_.createdAtMillis).execute();
        }
    }

    private static EcOrder ecOrder(String customer, Instant createdAt, Random random) {
        EcOrder order = new EcOrder();
        order.setCustomerId(customer);
        order.setCreatedAt(createdAt);
        order.setRegion(REGIONS.get(random.nextInt(REGIONS.size())));
        order.setDay(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(12)));
        order.setStatus(OrderStatus.values()[random.nextInt(OrderStatus.values().length)]);
        order.setPlacedAt(LocalDateTime.of(2025, 1, 1, 9, random.nextInt(60), random.nextInt(4) == 0 ? 0 : random.nextInt(60),
                random.nextInt(3) == 0 ? 0 : random.nextInt(1000) * 1_000_000));
        // a last digit that is not 0: DynamoDB trims trailing zeros, and BigDecimal.equals compares the scale
        order.setTotal(new BigDecimal(random.nextInt(10_000) * 10 + 1 + random.nextInt(9)).movePointLeft(2));
        order.setGift(random.nextBoolean());
        order.setHandling(Duration.ofSeconds(random.nextInt(10_000), random.nextInt(2) * 500_000_000));
        order.setItems(List.of("book", "pen" + random.nextInt(3)));
        order.setTags(Set.of("t" + random.nextInt(3)));
        order.setPromisedAt(createdAt.plusSeconds(86_400).atOffset(ZoneOffset.ofHours(random.nextInt(5) - 2)));
        order.setShippedAt(random.nextBoolean() ? null : createdAt.plusSeconds(3_600).atZone(ZoneId.of("Europe/Paris")));
        order.setTrackingId(new UUID(random.nextLong(), random.nextLong()));
        order.setQuantity(random.nextInt(5));
        order.setSlot(LocalTime.of(random.nextInt(24), random.nextInt(2) * 30));
        order.setNote(random.nextBoolean() ? "ring twice" : null);
        return order;
    }

    private static MigratedOrder migrated(EcOrder o) {
        return new MigratedOrder(o.getCustomerId(), o.getCreatedAt(), o.getRegion(), o.getDay(), o.getStatus(),
                o.getPlacedAt(), o.getTotal(), o.getGift(), o.getHandling(), o.getItems(), o.getTags(), o.getPromisedAt(),
                o.getShippedAt(), o.getTrackingId(), o.getQuantity(), o.getSlot(), o.getNote(), null);
    }

    private static Key key(String partition, String sort) {
        return Key.builder().partitionValue(partition).sortValue(sort).build();
    }

    private static List<EcOrder> query(DynamoDbIndex<EcOrder> index, QueryConditional condition) {
        return index.query(condition).stream().flatMap(page -> page.items().stream()).toList();
    }

    private static List<EcOrder> query(DynamoDbTable<EcOrder> table, QueryConditional condition) {
        return table.query(condition).items().stream().toList();
    }

    /** Index results compared as sets of table keys: items with equal index sort keys come back in no defined order. */
    private static void assertSameKeys(List<MigratedOrder> byDynaq, List<EcOrder> byEc) {
        assertThat(new LinkedHashSet<>(keys(byDynaq, MigratedOrder::customerId, MigratedOrder::createdAt)))
                .isEqualTo(new LinkedHashSet<>(keys(byEc, EcOrder::getCustomerId, EcOrder::getCreatedAt)))
                .hasSize(byEc.size());
        assertThat(byDynaq).hasSameSizeAs(byEc);
    }

    private static <T> List<String> keys(List<T> items, Function<T, String> partition, Function<T, Instant> sort) {
        return items.stream().map(item -> partition.apply(item) + " " + sort.apply(item)).toList();
    }
}
