package dev.dynaq.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.dynaq.Cursor;
import dev.dynaq.InvalidCursorException;
import dev.dynaq.Page;
import dev.dynaq.Query;
import dev.dynaq.it.model.Order;
import dev.dynaq.it.model.OrderStatus;
import dev.dynaq.it.model.OrderTable;
import dev.dynaq.it.reliability.CursorMutations.Kind;
import dev.dynaq.testing.DynaqTest;
import dev.dynaq.testing.DynaqTest.TableLifecycle;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Cursor strings from clients are untrusted. 10,000 fuzzed and mutated strings per mode: unsigned,
 * each is rejected with {@link InvalidCursorException} or decodes to a key of the query's shape in
 * the query's partition (and the query then stays there); signed, every one is rejected.
 */
@DynaqTest(tables = Order.class, lifecycle = TableLifecycle.PER_CLASS)
class HostileCursorsTest {
    private static final int CASES = 10_000;
    private static final byte[] SECRET = "a 32-byte secret for the tests!!".getBytes(StandardCharsets.US_ASCII);
    private static final String[] CUSTOMERS = {"c1", "c2", "c3"};
    private static final int ORDERS_PER_CUSTOMER = 40;

    /** A query shape under attack: how to build it, the cursor attributes it expects, and what its items share. */
    private record Shape(String name, Supplier<Query<Order, ?>> query, Set<String> attributes, String partitionAttribute,
            AttributeValue partition, Predicate<Order> inPartition) {
    }

    @BeforeAll
    static void load(OrderTable orders) {
        List<Order> all = new ArrayList<>();
        for (String customer : CUSTOMERS) {
            for (int i = 0; i < ORDERS_PER_CUSTOMER; i++) {
                all.add(new Order(customer, String.format("o%03d", i), new BigDecimal(i + ".50"), List.of("item" + i),
                        OrderStatus.values()[i % 4], Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 3600L)));
            }
        }
        orders.batchPut(all);
    }

    private static List<Shape> shapes(OrderTable orders) {
        return List.of(
                new Shape("table", () -> orders.queryByCustomerId("c1"), Set.of("customerId", "orderId"),
                        "customerId", AttributeValue.fromS("c1"), o -> o.customerId().equals("c1")),
                new Shape("global index", () -> orders.queryByStatus(OrderStatus.PENDING),
                        Set.of("customerId", "orderId", "status", "createdAt"),
                        "status", AttributeValue.fromS("PENDING"), o -> o.status() == OrderStatus.PENDING),
                new Shape("local index", () -> orders.queryByCustomerId("c1").byCreatedAt(),
                        Set.of("customerId", "orderId", "createdAt"),
                        "customerId", AttributeValue.fromS("c1"), o -> o.customerId().equals("c1")));
    }

    /** @return the cursor strings of every page (size 7) of the query */
    private static List<String> cursors(Query<Order, ?> query) {
        List<String> cursors = new ArrayList<>();
        Page<Order> page = query.fetchPage(7);
        while (page.cursor().isPresent()) {
            String text = page.cursor().get().toUrlSafe();
            cursors.add(text);
            page = query.startCursor(Cursor.fromUrlSafe(text)).fetchPage(7);
        }
        return cursors;
    }

    @Test
    void unsignedCursorsAreRejectedOrStayInTheQueryShapeAndPartition(OrderTable orders) {
        List<Shape> shapes = shapes(orders);
        List<String> valid = new ArrayList<>();
        Map<String, Shape> shapeOf = new LinkedHashMap<>();
        for (Shape shape : shapes) {
            for (String cursor : cursors(shape.query().get())) {
                valid.add(cursor);
                shapeOf.put(cursor, shape);
            }
        }
        CursorMutations mutations = new CursorMutations(424242L, valid);
        Kind[] kinds = Kind.values();
        Map<Kind, int[]> outcomes = new EnumMap<>(Kind.class); // rejected, accepted
        int executed = 0;
        long started = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            Kind kind = kinds[i % kinds.length];
            String text = mutations.next(kind);
            Shape shape = shapes.get(i % shapes.size());
            int[] counts = outcomes.computeIfAbsent(kind, k -> new int[2]);
            Query<Order, ?> started2;
            Cursor cursor;
            try {
                cursor = Cursor.fromUrlSafe(text);
                started2 = shape.query().get().startCursor(cursor);
            } catch (InvalidCursorException e) {
                assertThat(e.getMessage()).isNotBlank();
                counts[0]++;
                continue;
            } catch (RuntimeException e) {
                throw new AssertionError("cursor '" + text + "' (" + kind + ") failed with " + e, e);
            }
            assertThat(cursor.key().keySet()).as("shape of %s", text).isEqualTo(shape.attributes());
            assertThat(cursor.key().get(shape.partitionAttribute()).s()).isEqualTo(shape.partition().s());
            try {
                assertThat(started2.fetchPage(5).items()).allMatch(shape.inPartition());
                counts[1]++;
                executed++;
            } catch (InvalidCursorException e) {
                // an edited table binding is refused when the query runs, before any request
                assertThat(e.getMessage()).contains("another table");
                counts[0]++;
            } catch (RuntimeException e) {
                throw new AssertionError("accepted cursor '" + text + "' (" + kind + ", " + cursor + ") on the "
                        + shape.name() + " failed with " + e, e);
            }
        }
        int rejected = outcomes.values().stream().mapToInt(c -> c[0]).sum();
        assertThat(rejected + executed).isEqualTo(CASES);
        assertThat(rejected).as("most hostile strings are malformed").isGreaterThan(CASES / 2);
        StringBuilder report = new StringBuilder();
        outcomes.forEach((kind, c) -> report.append(String.format(" %s %d/%d;", kind, c[0], c[1])));
        System.out.printf("[reliability] cursors, unsigned: %d valid seeds, %d cases: %d rejected, %d accepted and run"
                + " within their partition (rejected/accepted by kind:%s) %d ms%n", valid.size(), CASES, rejected, executed,
                report, (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void aCursorOfAnotherPartitionIsRejected(OrderTable orders) {
        String ofC2 = cursors(orders.queryByCustomerId("c2")).get(0);
        assertThatThrownBy(() -> orders.queryByCustomerId("c1").startCursor(Cursor.fromUrlSafe(ofC2)))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("partition key differs");

        Cursor ofC1 = Cursor.fromUrlSafe(cursors(orders.queryByCustomerId("c1")).get(0));
        Map<String, AttributeValue> edited = new LinkedHashMap<>(ofC1.key());
        edited.put("customerId", AttributeValue.fromS("c3"));
        String reEncoded = new Cursor(null, edited).toUrlSafe();
        assertThatThrownBy(() -> orders.queryByCustomerId("c1").startCursor(Cursor.fromUrlSafe(reEncoded)))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("partition key differs");

        String ofShipped = cursors(orders.queryByStatus(OrderStatus.SHIPPED)).get(0);
        assertThatThrownBy(() -> orders.queryByStatus(OrderStatus.PENDING).startCursor(Cursor.fromUrlSafe(ofShipped)))
                .isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> orders.queryByCustomerId("c1").startCursor(Cursor.fromUrlSafe(ofShipped)))
                .as("a global index cursor on the table").isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void signedCursorsPageThroughEverythingAndEveryModifiedCursorIsRejected(OrderTable orders, DynamoDbClient client) {
        OrderTable signed = OrderTable.create(client).withSignedCursors(SECRET);
        List<Shape> shapes = shapes(signed);
        List<String> valid = new ArrayList<>();
        for (Shape shape : shapes) {
            List<String> ofShape = cursors(shape.query().get());
            assertThat(ofShape).isNotEmpty().allSatisfy(text -> assertThat(text).isNotIn(cursors(shapes(orders)
                    .get(shapes.indexOf(shape)).query().get())));
            valid.addAll(ofShape);
        }
        Set<String> seen = new HashSet<>();
        for (Page<Order> page : signed.queryByCustomerId("c1").pageSize(6).pages()) {
            page.items().forEach(order -> assertThat(seen.add(order.orderId())).isTrue());
        }
        assertThat(seen).hasSize(ORDERS_PER_CUSTOMER);

        // An unsigned cursor, one signed with another secret and one of another table name are refused too.
        String unsigned = cursors(orders.queryByCustomerId("c1")).get(0);
        byte[] otherSecret = SECRET.clone();
        otherSecret[31] ^= 1;
        String foreign = cursors(OrderTable.create(client).withSignedCursors(otherSecret).queryByCustomerId("c1")).get(0);
        for (String text : List.of(unsigned, foreign)) {
            assertThatThrownBy(() -> signed.queryByCustomerId("c1").startCursor(Cursor.fromUrlSafe(text)).fetchPage(5))
                    .isInstanceOf(InvalidCursorException.class);
        }

        CursorMutations mutations = new CursorMutations(777L, valid);
        Kind[] kinds = Kind.values();
        long started = System.nanoTime();
        int atDecode = 0;
        int atQuery = 0;
        for (int i = 0; i < CASES; i++) {
            Kind kind = kinds[i % kinds.length];
            String text = mutations.next(kind);
            Shape shape = shapes.get(i % shapes.size());
            Cursor cursor;
            try {
                cursor = Cursor.fromUrlSafe(text);
            } catch (InvalidCursorException e) {
                atDecode++;
                continue;
            }
            try {
                shape.query().get().startCursor(cursor).fetchPage(5);
                fail("modified signed cursor '%s' (%s) was accepted by the %s query", text, kind, shape.name());
            } catch (InvalidCursorException e) {
                atQuery++;
            }
        }
        assertThat(atDecode + atQuery).isEqualTo(CASES);
        System.out.printf("[reliability] cursors, signed: %d valid seeds, %d cases: all rejected, %d when decoded,"
                + " %d by the table before any request; %d ms%n", valid.size(), CASES, atDecode, atQuery,
                (System.nanoTime() - started) / 1_000_000);
    }
}
