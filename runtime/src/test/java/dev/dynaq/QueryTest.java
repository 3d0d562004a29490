package dev.dynaq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.TestOrders.Order;
import dev.dynaq.TestOrders.OrderTable;
import dev.dynaq.internal.PartialItems;
import dev.dynaq.testsupport.LocalDynamoDb;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QueryTest {
    static final int COUNT = 1000;
    static OrderTable orders;
    static List<Order> seeded;

    @BeforeAll
    static void seed() {
        String name = LocalDynamoDb.uniqueTableName("query_orders");
        TestOrders.createTable(LocalDynamoDb.client(), name);
        seeded = IntStream.range(0, COUNT).mapToObj(QueryTest::order).toList();
        List<Order> all = new ArrayList<>(seeded);
        for (int i = 0; i < 20; i++) {
            all.add(new Order("c2", String.format("o%04d", i), "CLOSED", 5L + i * 37, 7, null));
        }
        TestOrders.seed(LocalDynamoDb.client(), name, all);
        orders = new OrderTable(LocalDynamoDb.client(), name);
    }

    /** createdAt grows with i but has 1 to 5 digits, so its numeric order is not its string order. */
    static Order order(int i) {
        return new Order("c1", String.format("o%04d", i), "OPEN", 5L + i * 37L, i % 50, "note " + i);
    }

    static Stream<Arguments> pagings() {
        List<Arguments> cases = new ArrayList<>();
        for (int pageSize : new int[] {1, 7, 25, 1000}) {
            for (boolean descending : new boolean[] {false, true}) {
                for (boolean gsi : new boolean[] {false, true}) {
                    for (boolean filtered : new boolean[] {false, true}) {
                        cases.add(Arguments.of(pageSize, descending, gsi, filtered));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "page size {0}, descending {1}, index {2}, filter {3}")
    @MethodSource("pagings")
    void urlSafeCursorsWalkEveryItemOnceInOrder(int pageSize, boolean descending, boolean gsi, boolean filtered) {
        Query<Order, ?> query = gsi ? orders.queryByStatus("OPEN") : orders.queryByCustomerId("c1");
        if (descending) {
            query = query.descending();
        }
        if (filtered) {
            query = query.filter(TestOrders.TOTAL.eq(7));
        }
        Predicate<Order> matches = filtered ? o -> o.total() == 7 : o -> true;
        List<Order> expected = new ArrayList<>(seeded.stream().filter(matches).toList());
        if (descending) {
            Collections.reverse(expected);
        }

        List<Order> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Query<Order, ?> pageQuery = cursor == null ? query : query.startCursor(Cursor.fromUrlSafe(cursor));
            Page<Order> page = pageQuery.fetchPage(pageSize);
            if (page.hasMore()) {
                assertThat(page.items()).as("a page before the last is full").hasSize(pageSize);
            }
            walked.addAll(page.items());
            cursor = page.cursor().map(Cursor::toUrlSafe).orElse(null);
            assertThat(++pages).as("pages").isLessThanOrEqualTo(COUNT + 1);
        } while (cursor != null);

        assertThat(walked).containsExactlyElementsOf(expected);
    }

    @Test
    void limitOffsetAndPageSize() {
        CustomerIdQueryFixture q = new CustomerIdQueryFixture();
        assertThat(q.base.limit(10).list()).containsExactlyElementsOf(seeded.subList(0, 10));
        assertThat(q.base.offset(5).limit(3).list()).containsExactlyElementsOf(seeded.subList(5, 8));
        assertThat(q.base.pageSize(7).list()).containsExactlyElementsOf(seeded);
        assertThat(q.base.fetch(15)).containsExactlyElementsOf(seeded.subList(0, 15));
        assertThat(q.base.limit(4).fetch(15)).hasSize(4);
        assertThat(q.base.offset(998).list()).containsExactlyElementsOf(seeded.subList(998, 1000));
        assertThat(q.base.offset(COUNT).list()).isEmpty();

        // pageSize sizes the pages of pages(): a filtered page still holds pageSize matching items
        List<Page<Order>> pages = new ArrayList<>();
        q.base.filter(TestOrders.TOTAL.eq(7)).pageSize(3).pages().forEach(pages::add);
        assertThat(pages).extracting(page -> page.items().size()).containsExactly(3, 3, 3, 3, 3, 3, 2);
        assertThat(pages.get(pages.size() - 1).hasMore()).isFalse();

        assertThat(q.base.limit(12).offset(1).pageSize(5).map(Order::orderId))
                .containsExactlyElementsOf(seeded.subList(1, 13).stream().map(Order::orderId).toList());
        assertThat(q.base.stream().skip(990).map(Order::orderId).toList())
                .containsExactlyElementsOf(seeded.subList(990, 1000).stream().map(Order::orderId).toList());
        assertThat(q.base.orderIdBetween("o0100", "o0104").list()).containsExactlyElementsOf(seeded.subList(100, 105));
        assertThat(q.base.orderIdBeginsWith("o09").count()).isEqualTo(100);
    }

    @Test
    void pageCursorStaysWhenTheLimitCutsThePage() {
        Page<Order> page = orders.queryByCustomerId("c1").limit(5).fetchPage(10);
        assertThat(page.items()).containsExactlyElementsOf(seeded.subList(0, 5));
        assertThat(page.cursor()).isPresent();
        assertThat(orders.queryByCustomerId("c1").startCursor(page.cursor().get()).first()).contains(seeded.get(5));
    }

    @Test
    void countUsesSelectCount() {
        CustomerIdQueryFixture q = new CustomerIdQueryFixture();
        assertThat(q.base.count()).isEqualTo(COUNT);
        assertThat(q.base.filter(TestOrders.TOTAL.eq(7)).count()).isEqualTo(20);
        assertThat(q.base.count(100)).isEqualTo(100);
        assertThat(q.base.filter(TestOrders.TOTAL.eq(7)).count(5)).isEqualTo(5);
        assertThat(q.base.limit(30).count()).isEqualTo(30);
        assertThat(q.base.offset(995).count()).isEqualTo(5);
        assertThat(q.base.pageSize(100).count()).isEqualTo(COUNT);
        assertThat(orders.queryByStatus("CLOSED").count()).isEqualTo(20);
        assertThat(orders.queryByCustomerId("nobody").count()).isZero();
    }

    @Test
    void firstReadsTheFirstMatchingItem() {
        assertThat(orders.queryByCustomerId("c1").first()).contains(seeded.get(0));
        assertThat(orders.queryByCustomerId("c1").descending().first()).contains(seeded.get(COUNT - 1));
        assertThat(orders.queryByCustomerId("c1").filter(TestOrders.TOTAL.eq(7)).first()).contains(seeded.get(7));
        assertThat(orders.queryByStatus("OPEN").createdAtGe(5 + 500 * 37).first()).contains(seeded.get(500));
        assertThat(orders.queryByCustomerId("nobody").first()).isEmpty();
        Page<Order> one = orders.queryByCustomerId("c1").returnConsumedCapacity().fetchPage(1);
        assertThat(one.consumedCapacity()).isPresent();
        assertThat(one.consumedCapacity().get().capacityUnits()).isPositive();
    }

    @Test
    void projectionAndKeysOnlyReturnPartialItems() {
        List<Order> projected = orders.queryByCustomerId("c1").project(TestOrders.TOTAL, TestOrders.NOTE).limit(3).list();
        assertThat(projected).containsExactly(
                new Order(null, null, null, null, 0, "note 0"),
                new Order(null, null, null, null, 1, "note 1"),
                new Order(null, null, null, null, 2, "note 2"));
        assertThat(projected).allMatch(PartialItems::isPartial);

        // the cursor still works: the keys were read for it
        Page<Order> page = orders.queryByCustomerId("c1").project(TestOrders.TOTAL).fetchPage(2);
        assertThat(orders.queryByCustomerId("c1").startCursor(page.cursor().get()).first()).contains(seeded.get(2));

        List<Order> keys = orders.queryByCustomerId("c1").keysOnly().limit(2).list();
        assertThat(keys).containsExactly(new Order("c1", "o0000", null, null, null, null), new Order("c1", "o0001", null, null, null, null));
        assertThat(keys).allMatch(PartialItems::isPartial);

        List<Order> gsiKeys = orders.queryByStatus("OPEN").keysOnly().limit(1).list();
        assertThat(gsiKeys).containsExactly(new Order("c1", "o0000", "OPEN", 5L, null, null));

        List<Order> full = orders.queryByCustomerId("c1").limit(1).list();
        assertThat(full).containsExactly(seeded.get(0));
        assertThat(PartialItems.isPartial(full.get(0))).isFalse();
    }

    @Test
    void endCursorStopsAtItsItem() {
        Cursor after99 = orders.queryByCustomerId("c1").fetchPage(100).cursor().orElseThrow();
        assertThat(orders.queryByCustomerId("c1").endCursor(after99).list()).containsExactlyElementsOf(seeded.subList(0, 100));
        assertThat(orders.queryByCustomerId("c1").endCursor(after99).count()).isEqualTo(100);

        // on the GSI, descending, from the end: numeric sort keys compared as numbers
        List<Order> reversed = new ArrayList<>(seeded);
        Collections.reverse(reversed);
        Cursor descAfter = orders.queryByStatus("OPEN").descending().fetchPage(950).cursor().orElseThrow();
        assertThat(orders.queryByStatus("OPEN").descending().endCursor(descAfter).list())
                .containsExactlyElementsOf(reversed.subList(0, 950));
        Cursor start = orders.queryByStatus("OPEN").descending().fetchPage(10).cursor().orElseThrow();
        assertThat(orders.queryByStatus("OPEN").descending().startCursor(start).endCursor(descAfter).list())
                .containsExactlyElementsOf(reversed.subList(10, 950));
        // the end item was deleted or filtered away: the read stops at the first item past it
        assertThat(orders.queryByStatus("OPEN").descending().filter(TestOrders.TOTAL.eq(7)).endCursor(descAfter).list())
                .containsExactlyElementsOf(reversed.subList(0, 950).stream().filter(o -> o.total() == 7).toList());
    }

    @Test
    void filterOnTheQueriedKeyIsRejectedBeforeAnyRequest() {
        assertThatThrownBy(() -> orders.queryByCustomerId("c1").filter(TestOrders.ORDER_ID.beginsWith("o1")))
                .isInstanceOf(DynaqException.class)
                .hasMessageContaining("'orderId'")
                .hasMessageContaining("sort-key methods");
        assertThatThrownBy(() -> orders.queryByCustomerId("c1").filter(TestOrders.TOTAL.eq(1).or(TestOrders.CUSTOMER_ID.eq("x"))))
                .isInstanceOf(DynaqException.class)
                .hasMessageContaining("partition key");
        assertThatThrownBy(() -> orders.queryByStatus("OPEN").filter(TestOrders.CREATED_AT.gt(1L)))
                .isInstanceOf(DynaqException.class)
                .hasMessageContaining("index 'byStatus'");
        // the table's sort key is an ordinary attribute for the GSI
        assertThat(orders.queryByStatus("OPEN").filter(TestOrders.ORDER_ID.eq("o0003")).list()).containsExactly(seeded.get(3));
    }

    @Test
    void cursorsOfAnotherPartitionOrIndexAreRejected() {
        Cursor tableCursor = orders.queryByCustomerId("c1").fetchPage(3).cursor().orElseThrow();
        Cursor gsiCursor = orders.queryByStatus("OPEN").fetchPage(3).cursor().orElseThrow();
        Cursor c2Cursor = orders.queryByCustomerId("c2").fetchPage(3).cursor().orElseThrow();
        assertThatThrownBy(() -> orders.queryByCustomerId("c1").startCursor(c2Cursor))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("cannot move a query to another partition");
        assertThatThrownBy(() -> orders.queryByCustomerId("c1").startCursor(gsiCursor))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("belongs to index 'byStatus', this query reads the table");
        assertThatThrownBy(() -> orders.queryByStatus("OPEN").endCursor(tableCursor))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("belongs to the table, this query reads index 'byStatus'");
        assertThatThrownBy(() -> orders.queryByStatus("CLOSED").startCursor(gsiCursor))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("partition");
        assertThatThrownBy(() -> orders.scan().startCursor(gsiCursor)).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void queriesAreImmutableAndReusable() {
        TestOrders.CustomerIdQuery base = orders.queryByCustomerId("c1");
        TestOrders.CustomerIdQuery limited = base.limit(2);
        assertThat(base.list()).hasSize(COUNT);
        assertThat(limited.list()).hasSize(2);
        assertThat(limited.list()).hasSize(2);
        assertThat(base.consistentRead().count()).isEqualTo(COUNT);
    }

    @Test
    void getReadsOneItem() {
        assertThat(orders.get(orders.key("c1", "o0042"))).contains(seeded.get(42));
        assertThat(orders.getConsistent(orders.key("c1", "o0043"))).contains(seeded.get(43));
        assertThat(orders.get(orders.key("c1", "missing"))).isEmpty();
    }

    /** The table query of customer c1. */
    static final class CustomerIdQueryFixture {
        final TestOrders.CustomerIdQuery base = orders.queryByCustomerId("c1");
    }
}
