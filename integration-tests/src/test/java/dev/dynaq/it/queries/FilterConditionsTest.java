package dev.dynaq.it.queries;

import static dev.dynaq.it.queries.SeedOrders.BASE;
import static dev.dynaq.it.queries.SeedOrders.MAIN;
import static dev.dynaq.it.queries.SeedOrders.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.Condition;
import dev.dynaq.DynaqException;
import dev.dynaq.it.model.Order;
import dev.dynaq.it.model.OrderStatus;
import dev.dynaq.it.model.OrderTable;
import dev.dynaq.it.model.Order_;
import dev.dynaq.testing.DynaqTest;
import dev.dynaq.testing.DynaqTest.TableLifecycle;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Every kind of condition the metamodel builds, as a query filter on the seed {@code Order}, checked
 * against the same predicate in Java; and filters on the queried index's own keys, rejected before
 * any request.
 */
@DynaqTest(tables = Order.class, lifecycle = TableLifecycle.PER_CLASS)
class FilterConditionsTest {
    private static final RequestLog LOG = new RequestLog();
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Instant MINUTE_500 = BASE.plusSeconds(60 * 500);
    private static OrderTable orders;

    @BeforeAll
    static void load(OrderTable table) {
        table.batchPut(SeedOrders.all());
        orders = OrderTable.create(LOG.syncClient());
    }

    @BeforeEach
    void clearLog() {
        LOG.clear();
    }

    private static int size(Order o) {
        return o.items() == null ? 0 : o.items().size();
    }

    private static boolean cheaperThan(Order o, String amount) {
        return o.total().compareTo(new BigDecimal(amount)) < 0;
    }

    /** Filters on the main customer's table query (its keys are customerId and orderId). */
    static Stream<Arguments> tableFilters() {
        return Stream.of(
                Arguments.of("eq", Order_.total.eq(new BigDecimal("42.25")), (Predicate<Order>) o -> o.orderId().equals("o-0042")),
                Arguments.of("eq on an enum, a reserved word", Order_.status.eq(OrderStatus.CANCELLED),
                        (Predicate<Order>) o -> o.status() == OrderStatus.CANCELLED),
                Arguments.of("ne", Order_.status.ne(OrderStatus.PENDING), (Predicate<Order>) o -> o.status() != OrderStatus.PENDING),
                Arguments.of("lt", Order_.total.lt(HUNDRED), (Predicate<Order>) o -> cheaperThan(o, "100")),
                Arguments.of("le", Order_.total.le(new BigDecimal("100.25")), (Predicate<Order>) o -> cheaperThan(o, "100.5")),
                Arguments.of("gt", Order_.total.gt(new BigDecimal("989.25")), (Predicate<Order>) o -> !cheaperThan(o, "989.5")),
                Arguments.of("ge", Order_.createdAt.ge(MINUTE_500), (Predicate<Order>) o -> !o.createdAt().isBefore(MINUTE_500)),
                Arguments.of("between", Order_.total.between(new BigDecimal("10"), new BigDecimal("20")),
                        (Predicate<Order>) o -> !cheaperThan(o, "10") && cheaperThan(o, "20")),
                Arguments.of("in", Order_.total.in(new BigDecimal("1.25"), new BigDecimal("3.25"), new BigDecimal("5000")),
                        (Predicate<Order>) o -> o.orderId().equals("o-0001") || o.orderId().equals("o-0003")),
                Arguments.of("in on an enum", Order_.status.in(List.of(OrderStatus.PAID, OrderStatus.SHIPPED)),
                        (Predicate<Order>) o -> o.status() == OrderStatus.PAID || o.status() == OrderStatus.SHIPPED),
                Arguments.of("exists", Order_.items.exists(), (Predicate<Order>) o -> o.items() != null),
                Arguments.of("notExists", Order_.items.notExists(), (Predicate<Order>) o -> o.items() == null),
                Arguments.of("list contains", Order_.items.contains("desk"),
                        (Predicate<Order>) o -> o.items() != null && o.items().contains("desk")),
                Arguments.of("list size", Order_.items.size().ge(3), (Predicate<Order>) o -> size(o) >= 3),
                Arguments.of("list size eq", Order_.items.size().eq(1), (Predicate<Order>) o -> size(o) == 1),
                Arguments.of("attributeType", Order_.items.attributeType(AttributeValue.Type.L), (Predicate<Order>) o -> o.items() != null),
                Arguments.of("attributeType that never holds", Order_.total.attributeType(AttributeValue.Type.S), (Predicate<Order>) o -> false),
                Arguments.of("and", Order_.status.eq(OrderStatus.PAID).and(Order_.total.lt(HUNDRED)),
                        (Predicate<Order>) o -> o.status() == OrderStatus.PAID && cheaperThan(o, "100")),
                Arguments.of("or", Order_.total.lt(new BigDecimal("3")).or(Order_.total.gt(new BigDecimal("997"))),
                        (Predicate<Order>) o -> cheaperThan(o, "3") || o.total().compareTo(new BigDecimal("997")) > 0),
                Arguments.of("not", Order_.items.exists().not(), (Predicate<Order>) o -> o.items() == null),
                Arguments.of("nested and/or/not",
                        Condition.anyOf(Order_.status.eq(OrderStatus.CANCELLED).and(Order_.items.size().gt(3)).not(),
                                Order_.total.le(new BigDecimal("0.25"))).and(Order_.total.lt(new BigDecimal("40"))),
                        (Predicate<Order>) o -> (!(o.status() == OrderStatus.CANCELLED && size(o) > 3) || cheaperThan(o, "0.5"))
                                && cheaperThan(o, "40")),
                Arguments.of("allOf", Condition.allOf(Order_.items.contains("pen"), Order_.items.size().le(2), Order_.total.lt(HUNDRED)),
                        (Predicate<Order>) o -> o.items() != null && o.items().contains("pen") && size(o) <= 2 && cheaperThan(o, "100")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableFilters")
    void tableQueryFilters(String name, Condition filter, Predicate<Order> expected) {
        assertThat(orders.queryByCustomerId(MAIN).filter(filter).list())
                .containsExactlyElementsOf(ORDERS.stream().filter(expected).toList());
    }

    /** Filters on the global index query, where the table's keys are ordinary attributes. */
    static Stream<Arguments> indexFilters() {
        return Stream.of(
                Arguments.of("beginsWith", Order_.orderId.beginsWith("o-09"), (Predicate<Order>) o -> o.orderId().startsWith("o-09")),
                Arguments.of("string contains", Order_.customerId.contains("aro"), (Predicate<Order>) o -> o.customerId().contains("aro")),
                Arguments.of("string size", Order_.customerId.size().eq(3), (Predicate<Order>) o -> o.customerId().length() == 3),
                Arguments.of("eq on the table's partition key", Order_.customerId.eq(SeedOrders.AFTER),
                        (Predicate<Order>) o -> o.customerId().equals(SeedOrders.AFTER)),
                Arguments.of("string ordering", Order_.customerId.lt(MAIN).and(Order_.orderId.ge("o-0020")),
                        (Predicate<Order>) o -> o.customerId().compareTo(MAIN) < 0 && o.orderId().compareTo("o-0020") >= 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indexFilters")
    void globalIndexQueryFilters(String name, Condition filter, Predicate<Order> expected) {
        assertThat(orders.queryByStatus(OrderStatus.PAID).filter(filter).list())
                .containsExactlyElementsOf(SeedOrders.withStatus(OrderStatus.PAID).stream().filter(expected).toList());
    }

    @Test
    void filtersSendPlaceholdersNeverNamesOrValues() {
        assertThat(orders.queryByCustomerId(MAIN).filter(Order_.status.eq(OrderStatus.PAID).and(Order_.items.contains("desk"))).count())
                .isEqualTo(ORDERS.stream().filter(o -> o.status() == OrderStatus.PAID && o.items() != null
                        && o.items().contains("desk")).count());
        QueryRequest request = LOG.requests().get(0);
        assertThat(request.filterExpression()).doesNotContain("status", "PAID", "items", "desk");
        assertThat(request.expressionAttributeNames()).containsValues("status", "items");
        assertThat(request.expressionAttributeValues()).containsValues(AttributeValue.fromS("PAID"), AttributeValue.fromS("desk"));
    }

    @Test
    void filtersOnTheQueriedIndexsKeysAreRejectedBeforeAnyRequest() {
        assertThatThrownBy(() -> orders.queryByCustomerId(MAIN).filter(Order_.orderId.beginsWith("o-01")))
                .isInstanceOf(DynaqException.class)
                .hasMessageContaining("'orderId', the sort key of the table")
                .hasMessageContaining("sort-key methods");
        assertThatThrownBy(() -> orders.queryByCustomerId(MAIN).filter(Order_.total.lt(HUNDRED).or(Order_.customerId.eq(MAIN).not())))
                .isInstanceOf(DynaqException.class)
                .hasMessageContaining("'customerId', the partition key of the table");
        assertThatThrownBy(() -> orders.queryByStatus(OrderStatus.PAID).filter(Order_.createdAt.ge(MINUTE_500)))
                .isInstanceOf(DynaqException.class)
                .hasMessageContaining("'createdAt', the sort key of index 'order_by_status'");
        assertThatThrownBy(() -> orders.queryByStatus(OrderStatus.PAID).filter(Order_.status.ne(OrderStatus.PAID)))
                .isInstanceOf(DynaqException.class)
                .hasMessageContaining("'status', the partition key of index 'order_by_status'");
        assertThatThrownBy(() -> orders.queryByCustomerId(MAIN).byCreatedAt().filter(Order_.createdAt.ge(MINUTE_500)))
                .isInstanceOf(DynaqException.class)
                .hasMessageContaining("'createdAt', the sort key of index 'by_created_at'");
        // a filter set on the table query, where createdAt is an ordinary attribute, cannot follow it into the local index
        assertThatThrownBy(() -> orders.queryByCustomerId(MAIN).filter(Order_.createdAt.ge(MINUTE_500)).byCreatedAt())
                .isInstanceOf(DynaqException.class)
                .hasMessageContaining("'createdAt', the sort key of index 'by_created_at'");
        assertThat(LOG.requests()).isEmpty();

        // what is a key of one index is an ordinary attribute of another
        assertThat(orders.queryByCustomerId(MAIN).filter(Order_.createdAt.ge(MINUTE_500)).count()).isEqualTo(500);
        assertThat(orders.queryByStatus(OrderStatus.PAID).filter(Order_.orderId.eq("o-0001")).list())
                .extracting(Order::customerId).containsExactly(SeedOrders.BEFORE, SeedOrders.AFTER, MAIN);
    }
}
