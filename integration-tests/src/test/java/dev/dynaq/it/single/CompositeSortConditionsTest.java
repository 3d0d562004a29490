package dev.dynaq.it.single;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.InvalidValueException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sort-key conditions on the leading variables of composite sort templates, checked against the same
 * selection computed in Java over every stored item: items exactly at a bound, bounds that share a
 * prefix with other values and with other entity types' sort keys, Instants with and without
 * fractions, negative and positive numbers, strings with characters below the separator.
 */
class CompositeSortConditionsTest {
    private static final Instant T = Instant.parse("2025-03-01T12:00:00Z");
    /** Instants with and without fractions, around T. */
    private static final List<Instant> TIMES = List.of(T.minusSeconds(1), T.minusNanos(1), T, T.plusNanos(1),
            T.plusMillis(1), T.plusSeconds(1), T.plusSeconds(1).plusNanos(500), Instant.parse("2025-03-02T00:00:00Z"));
    private static final List<Integer> DELTAS = List.of(Integer.MIN_VALUE, -100, -11, -10, -9, -1, 0, 1, 9, 10, 11, 100,
            Integer.MAX_VALUE);
    /** Order ids that share prefixes, with characters below '#' and '#' itself. */
    private static final List<String> IDS = List.of("o", "o ", "o!", "o#", "o$", "o-1", "o-1 x", "o-1!", "o-1#2", "o-10",
            "o-1a", "p");
    private static SharedTableFixture db;
    private static final List<Order> ORDERS = new ArrayList<>();
    private static final List<Measurement> MEASUREMENTS = new ArrayList<>();
    private static final List<OrderLine> LINES = new ArrayList<>();

    @BeforeAll
    static void load() {
        db = new SharedTableFixture();
        // other types in the same partitions, sorting before and after the orders
        db.customers.put(new Customer("c1", "Ada", null));
        int n = 0;
        for (Instant time : TIMES) {
            for (String id : List.of("a", "b")) {
                Order order = new Order("c1", id + (n++), time, OrderState.NEW, null, BigDecimal.ONE);
                ORDERS.add(order);
                db.orders.put(order);
            }
        }
        for (int delta : DELTAS) {
            for (long sequence : List.of(Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE)) {
                Measurement measurement = new Measurement("s1", delta, sequence, T);
                MEASUREMENTS.add(measurement);
                db.measurements.put(measurement);
            }
        }
        for (String id : IDS) {
            for (int lineNo : List.of(-1, 0, 1)) {
                OrderLine line = new OrderLine("c1", id, lineNo, "sku", 1);
                LINES.add(line);
                db.lines.put(line);
            }
        }
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static <T> void check(String what, Supplier<List<T>> query, List<T> all, Predicate<T> selected,
            Comparator<T> order) {
        List<T> expected = all.stream().filter(selected).sorted(order).toList();
        assertThat(query.get()).as(what).containsExactlyElementsOf(expected);
    }

    private static final Comparator<Order> BY_TIME = Comparator.comparing(Order::createdAt)
            .thenComparing(Order::orderId);

    @Test
    void instantBoundsAreExactWithAndWithoutFractions() {
        for (Instant a : TIMES) {
            check("ge " + a, () -> db.orders.queryByCustomerId("c1").createdAtGe(a).list(), ORDERS,
                    o -> !o.createdAt().isBefore(a), BY_TIME);
            check("gt " + a, () -> db.orders.queryByCustomerId("c1").createdAtGt(a).list(), ORDERS,
                    o -> o.createdAt().isAfter(a), BY_TIME);
            check("le " + a, () -> db.orders.queryByCustomerId("c1").createdAtLe(a).list(), ORDERS,
                    o -> !o.createdAt().isAfter(a), BY_TIME);
            check("lt " + a, () -> db.orders.queryByCustomerId("c1").createdAtLt(a).list(), ORDERS,
                    o -> o.createdAt().isBefore(a), BY_TIME);
            check("eq " + a, () -> db.orders.queryByCustomerId("c1").createdAtEq(a).list(), ORDERS,
                    o -> o.createdAt().equals(a), BY_TIME);
            for (Instant b : TIMES) {
                if (!b.isBefore(a)) {
                    check("between " + a + " " + b,
                            () -> db.orders.queryByCustomerId("c1").createdAtBetween(a, b).list(), ORDERS,
                            o -> !o.createdAt().isBefore(a) && !o.createdAt().isAfter(b), BY_TIME);
                }
            }
        }
    }

    @Test
    void theSecondVariableIsComparedAfterTheFirst() {
        Order first = ORDERS.get(4);
        check("orderId ge", () -> db.orders.queryByCustomerId("c1").orderIdGe(first.createdAt(), first.orderId()).list(),
                ORDERS, o -> o.createdAt().equals(first.createdAt()) && o.orderId().compareTo(first.orderId()) >= 0,
                BY_TIME);
        assertThat(db.orders.queryByCustomerId("c1").orderIdEq(first.createdAt(), first.orderId()).list())
                .containsExactly(first);
    }

    private static final Comparator<Measurement> BY_DELTA = Comparator.comparingInt(Measurement::delta)
            .thenComparingLong(Measurement::sequence);

    @Test
    void negativeAndPositiveNumbersCompareNumerically() {
        for (int a : DELTAS) {
            check("ge " + a, () -> db.measurements.queryBySensorId("s1").deltaGe(a).list(), MEASUREMENTS,
                    m -> m.delta() >= a, BY_DELTA);
            check("lt " + a, () -> db.measurements.queryBySensorId("s1").deltaLt(a).list(), MEASUREMENTS,
                    m -> m.delta() < a, BY_DELTA);
            check("gt " + a, () -> db.measurements.queryBySensorId("s1").deltaGt(a).list(), MEASUREMENTS,
                    m -> m.delta() > a, BY_DELTA);
            check("le " + a, () -> db.measurements.queryBySensorId("s1").deltaLe(a).list(), MEASUREMENTS,
                    m -> m.delta() <= a, BY_DELTA);
            for (int b : DELTAS) {
                if (b >= a) {
                    check("between " + a + " " + b, () -> db.measurements.queryBySensorId("s1").deltaBetween(a, b)
                            .list(), MEASUREMENTS, m -> m.delta() >= a && m.delta() <= b, BY_DELTA);
                }
            }
            for (long s : List.of(Long.MIN_VALUE, -2L, -1L, 0L, 1L, Long.MAX_VALUE)) {
                check("sequence between " + a + " " + s,
                        () -> db.measurements.queryBySensorId("s1").sequenceBetween(a, s, Long.MAX_VALUE).list(),
                        MEASUREMENTS, m -> m.delta() == a && m.sequence() >= s, BY_DELTA);
            }
        }
        assertThat(db.measurements.queryBySensorId("s1").list()).containsExactlyElementsOf(
                MEASUREMENTS.stream().sorted(BY_DELTA).toList());
    }

    private static final Comparator<OrderLine> BY_ORDER = Comparator.comparing(OrderLine::getOrderId,
            CompositeSortConditionsTest::compareCodePoints).thenComparingInt(OrderLine::getLineNo);

    private static int compareCodePoints(String a, String b) {
        return a.codePoints().boxed().toList().toString().equals(b.codePoints().boxed().toList().toString()) ? 0
                : java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    @Test
    void stringBoundsThatSharePrefixesAndHoldSeparators() {
        for (String a : IDS) {
            check("ge " + a, () -> db.lines.queryByCustomerId("c1").orderIdGe(a).list(), LINES,
                    l -> compareCodePoints(l.getOrderId(), a) >= 0, BY_ORDER);
            check("gt " + a, () -> db.lines.queryByCustomerId("c1").orderIdGt(a).list(), LINES,
                    l -> compareCodePoints(l.getOrderId(), a) > 0, BY_ORDER);
            check("le " + a, () -> db.lines.queryByCustomerId("c1").orderIdLe(a).list(), LINES,
                    l -> compareCodePoints(l.getOrderId(), a) <= 0, BY_ORDER);
            check("lt " + a, () -> db.lines.queryByCustomerId("c1").orderIdLt(a).list(), LINES,
                    l -> compareCodePoints(l.getOrderId(), a) < 0, BY_ORDER);
            check("eq " + a, () -> db.lines.queryByCustomerId("c1").orderIdEq(a).list(), LINES,
                    l -> l.getOrderId().equals(a), BY_ORDER);
            check("begins " + a, () -> db.lines.queryByCustomerId("c1").orderIdBeginsWith(a).list(), LINES,
                    l -> l.getOrderId().startsWith(a), BY_ORDER);
            for (String b : IDS) {
                if (compareCodePoints(b, a) >= 0) {
                    check("between " + a + " " + b, () -> db.lines.queryByCustomerId("c1").orderIdBetween(a, b).list(),
                            LINES, l -> compareCodePoints(l.getOrderId(), a) >= 0
                                    && compareCodePoints(l.getOrderId(), b) <= 0, BY_ORDER);
                }
            }
            check("lineNo ge " + a, () -> db.lines.queryByCustomerId("c1").lineNoGe(a, 0).list(), LINES,
                    l -> l.getOrderId().equals(a) && l.getLineNo() >= 0, BY_ORDER);
        }
    }

    @Test
    void aLowBoundAfterTheHighBoundIsRefused() {
        assertThatThrownBy(() -> db.measurements.queryBySensorId("s1").deltaBetween(1, -1))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("low value is after the high value");
    }
}
