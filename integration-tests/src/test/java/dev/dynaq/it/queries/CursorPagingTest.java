package dev.dynaq.it.queries;

import static dev.dynaq.it.queries.SeedOrders.BASE;
import static dev.dynaq.it.queries.SeedOrders.MAIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.Cursor;
import dev.dynaq.Page;
import dev.dynaq.Query;
import dev.dynaq.it.model.Order;
import dev.dynaq.it.model.OrderStatus;
import dev.dynaq.it.model.OrderTable;
import dev.dynaq.it.model.Order_;
import dev.dynaq.testing.DynaqTest;
import dev.dynaq.testing.DynaqTest.TableLifecycle;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code fetchPage(n)} + {@code startCursor(...)}, with the cursor carried between pages as a plain
 * url-safe string (as a web client would send it back), returns every matching item exactly once and
 * in order, for page sizes 1, 7, 25 and 1,000, on the table, the global index and the local index,
 * ascending and descending, with and without filters that drop most items.
 */
@DynaqTest(tables = Order.class, lifecycle = TableLifecycle.PER_CLASS)
class CursorPagingTest {
    private static final Instant MINUTE_100 = BASE.plusSeconds(60 * 100);
    private static final Instant MINUTE_600 = BASE.plusSeconds(60 * 600);

    private static OrderTable orders;

    @BeforeAll
    static void load(OrderTable table) {
        table.batchPut(SeedOrders.all());
        orders = table;
    }

    /** A query and the items it must return, in order. */
    record Walk(String name, Function<OrderTable, Query<Order, ?>> query, List<Order> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Walk> walks() {
        List<Order> table = SeedOrders.ORDERS;
        List<Order> lsi = SeedOrders.byCreatedAt();
        Predicate<Order> cheap = o -> o.total().compareTo(new BigDecimal("50")) < 0;
        Predicate<Order> paidLate = o -> o.status() == OrderStatus.PAID && !o.createdAt().isBefore(MINUTE_600);
        return List.of(
                new Walk("table", t -> t.queryByCustomerId(MAIN), table),
                new Walk("table descending", t -> t.queryByCustomerId(MAIN).descending(), reversed(table)),
                new Walk("table, filter keeps 5%", t -> t.queryByCustomerId(MAIN).filter(Order_.total.lt(new BigDecimal("50"))),
                        table.stream().filter(cheap).toList()),
                new Walk("table descending, filter keeps 1%",
                        t -> t.queryByCustomerId(MAIN).descending()
                                .filter(Order_.total.between(new BigDecimal("500"), new BigDecimal("510"))),
                        reversed(table.subList(500, 510))),
                new Walk("global index", t -> t.queryByStatus(OrderStatus.PAID), SeedOrders.withStatus(OrderStatus.PAID)),
                new Walk("global index, createdAt range, descending",
                        t -> t.queryByStatus(OrderStatus.PENDING).createdAtBetween(MINUTE_100, MINUTE_600).descending(),
                        reversed(SeedOrders.withStatus(OrderStatus.PENDING).stream()
                                .filter(o -> !o.createdAt().isBefore(MINUTE_100) && !o.createdAt().isAfter(MINUTE_600))
                                .toList())),
                new Walk("global index, filter on the table key",
                        t -> t.queryByStatus(OrderStatus.SHIPPED)
                                .filter(Order_.customerId.eq(MAIN).and(Order_.total.lt(new BigDecimal("200")))),
                        SeedOrders.withStatus(OrderStatus.SHIPPED).stream()
                                .filter(o -> o.customerId().equals(MAIN) && o.total().compareTo(new BigDecimal("200")) < 0)
                                .toList()),
                new Walk("local index", t -> t.queryByCustomerId(MAIN).byCreatedAt(), lsi),
                new Walk("local index, createdAt range, descending, filtered",
                        t -> t.queryByCustomerId(MAIN).byCreatedAt().createdAtGe(MINUTE_600).descending()
                                .filter(Order_.status.eq(OrderStatus.PAID)),
                        reversed(lsi.stream().filter(paidLate).toList())));
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Walk walk : walks()) {
            for (int pageSize : new int[] {1, 7, 25, 1000}) {
                cases.add(Arguments.of(walk, pageSize));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, page size {1}")
    @MethodSource("cases")
    void urlSafeCursorsWalkEveryItemOnceInOrder(Walk walk, int pageSize) {
        assertThat(walk.expected()).as("the case selects something").isNotEmpty();
        Query<Order, ?> query = walk.query().apply(orders);

        List<Order> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Query<Order, ?> pageQuery = cursor == null ? query : query.startCursor(Cursor.fromUrlSafe(cursor));
            Page<Order> page = pageQuery.fetchPage(pageSize);
            if (page.hasMore()) {
                assertThat(page.items()).as("a page with more after it is full").hasSize(pageSize);
            }
            walked.addAll(page.items());
            cursor = page.cursor().map(Cursor::toUrlSafe).orElse(null);
            assertThat(cursor).as("a cursor is a plain url-safe string").satisfiesAnyOf(
                    c -> assertThat(c).isNull(), c -> assertThat(c).matches("[A-Za-z0-9_-]+"));
            assertThat(++pages).as("pages read").isLessThanOrEqualTo(walk.expected().size() + 1);
        } while (cursor != null);

        assertThat(walked).containsExactlyElementsOf(walk.expected());
        // the same walk as one read
        assertThat(query.list()).containsExactlyElementsOf(walk.expected());
    }

    private static List<Order> reversed(List<Order> list) {
        List<Order> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
