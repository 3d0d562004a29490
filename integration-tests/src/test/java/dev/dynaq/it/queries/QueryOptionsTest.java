package dev.dynaq.it.queries;

import static dev.dynaq.it.queries.SeedOrders.BASE;
import static dev.dynaq.it.queries.SeedOrders.COUNT;
import static dev.dynaq.it.queries.SeedOrders.MAIN;
import static dev.dynaq.it.queries.SeedOrders.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.InvalidValueException;
import dev.dynaq.Page;
import dev.dynaq.it.model.Order;
import dev.dynaq.it.model.OrderStatus;
import dev.dynaq.it.model.OrderTable;
import dev.dynaq.it.model.Order_;
import dev.dynaq.testing.DynaqTest;
import dev.dynaq.testing.DynaqTest.TableLifecycle;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * The options and terminal operations of the generated query types, on the seed {@code Order}, and
 * what each asks DynamoDB for, observed with an SDK interceptor ({@link RequestLog}).
 */
@DynaqTest(tables = Order.class, lifecycle = TableLifecycle.PER_CLASS)
class QueryOptionsTest {
    private static final RequestLog LOG = new RequestLog();
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

    @AfterEach
    void noDelay() {
        LOG.delayEachRequest(0);
    }

    private static OrderTable.CustomerIdQuery main() {
        return orders.queryByCustomerId(MAIN);
    }

    @Test
    void streamFetchesPagesOnlyAsTheyAreConsumed() {
        Stream<Order> stream = main().pageSize(10).stream();
        assertThat(LOG.requests()).as("building a stream sends nothing").isEmpty();

        assertThat(stream.limit(15).toList()).containsExactlyElementsOf(ORDERS.subList(0, 15));
        assertThat(LOG.requests()).as("15 items are 2 pages of 10").hasSize(2);

        LOG.clear();
        assertThat(main().pageSize(10).stream().filter(o -> o.orderId().endsWith("3")).findFirst()).contains(ORDERS.get(3));
        assertThat(LOG.requests()).hasSize(1);

        LOG.clear();
        assertThat(main().stream().count()).isEqualTo(COUNT);
        assertThat(LOG.requests()).as("without pageSize, a page is one DynamoDB response (up to 1 MB)").hasSize(1);
    }

    @Test
    void pagesAreFetchedOneAtATime() {
        Iterator<Page<Order>> pages = main().pageSize(100).pages().iterator();
        assertThat(LOG.requests()).isEmpty();
        assertThat(pages.next().items()).containsExactlyElementsOf(ORDERS.subList(0, 100));
        assertThat(LOG.requests()).hasSize(1);
        assertThat(pages.next().items()).containsExactlyElementsOf(ORDERS.subList(100, 200));
        assertThat(LOG.requests()).hasSize(2);

        List<Integer> sizes = new ArrayList<>();
        main().filter(Order_.total.lt(new BigDecimal("50"))).pageSize(7).pages().forEach(page -> sizes.add(page.items().size()));
        assertThat(sizes).as("a filtered page still holds pageSize matching items").containsExactly(7, 7, 7, 7, 7, 7, 7, 1);
    }

    @Test
    void listFetchAndMap() {
        assertThat(main().list()).containsExactlyElementsOf(ORDERS);

        LOG.clear();
        assertThat(main().fetch(15)).containsExactlyElementsOf(ORDERS.subList(0, 15));
        assertThat(LOG.requests()).extracting(QueryRequest::limit).containsExactly(15);

        assertThat(main().orderIdBetween("o-0100", "o-0104").map(Order::total)).containsExactly(
                new BigDecimal("100.25"), new BigDecimal("101.25"), new BigDecimal("102.25"),
                new BigDecimal("103.25"), new BigDecimal("104.25"));
        assertThat(main().orderIdBeginsWith("o-09").map(Order::orderId)).hasSize(100).allMatch(id -> id.startsWith("o-09"));
        assertThat(orders.queryByCustomerId("nobody").list()).isEmpty();
    }

    @Test
    void firstRequestsOneItemWithoutAFilter() {
        assertThat(main().first()).contains(ORDERS.get(0));
        assertThat(main().descending().first()).contains(ORDERS.get(COUNT - 1));
        assertThat(LOG.requests()).extracting(QueryRequest::limit).containsExactly(1, 1);
        assertThat(LOG.itemsReturned()).isEqualTo(2);

        LOG.clear();
        assertThat(main().filter(Order_.total.ge(new BigDecimal("990"))).first()).contains(ORDERS.get(990));
        assertThat(LOG.requests()).as("with a filter DynamoDB's Limit would count unmatched items too")
                .extracting(QueryRequest::limit).containsOnlyNulls();

        assertThat(orders.queryByCustomerId("nobody").first()).isEmpty();
    }

    @Test
    void countUsesSelectCountAndNeverLoadsItems() {
        assertThat(main().count()).isEqualTo(COUNT);
        assertThat(main().filter(Order_.total.lt(new BigDecimal("50"))).count()).isEqualTo(50);
        assertThat(orders.queryByStatus(OrderStatus.PAID).count()).isEqualTo(SeedOrders.withStatus(OrderStatus.PAID).size());
        assertThat(main().byCreatedAt().createdAtLt(BASE.plusSeconds(60 * 10)).count()).isEqualTo(10);
        assertThat(LOG.requests()).isNotEmpty().allSatisfy(request -> {
            assertThat(request.select()).isEqualTo(Select.COUNT);
            assertThat(request.projectionExpression()).isNull();
        });
        assertThat(LOG.itemsReturned()).as("items loaded").isZero();

        LOG.clear();
        assertThat(main().count(10)).isEqualTo(10);
        assertThat(LOG.requests()).as("without a filter, DynamoDB evaluates no more than the limit")
                .extracting(QueryRequest::limit).containsExactly(10);
        assertThat(main().filter(Order_.total.lt(new BigDecimal("50"))).count(5)).isEqualTo(5);
        assertThat(main().limit(30).count()).isEqualTo(30);
        assertThat(main().offset(995).count()).isEqualTo(5);
        assertThat(orders.queryByCustomerId("nobody").count()).isZero();
        assertThat(LOG.itemsReturned()).isZero();
    }

    @Test
    void offsetSkipsMatchingItemsByReadingThem() {
        assertThat(main().offset(990).list()).containsExactlyElementsOf(ORDERS.subList(990, COUNT));
        assertThat(LOG.itemsReturned()).as("the skipped items were read (and charged)").isEqualTo(COUNT);

        LOG.clear();
        assertThat(main().offset(5).limit(3).list()).containsExactlyElementsOf(ORDERS.subList(5, 8));
        assertThat(LOG.requests()).extracting(QueryRequest::limit).containsExactly(8);

        assertThat(main().filter(Order_.total.lt(new BigDecimal("50"))).offset(45).list())
                .as("offset counts matching items").containsExactlyElementsOf(ORDERS.subList(45, 50));
        assertThat(main().offset(COUNT).list()).isEmpty();
    }

    @Test
    void limitCapsTheResultWhilePageSizeOnlySizesRequests() {
        assertThat(main().limit(12).pageSize(5).list()).containsExactlyElementsOf(ORDERS.subList(0, 12));
        assertThat(LOG.requests()).extracting(QueryRequest::limit).containsExactly(5, 5, 2);

        LOG.clear();
        assertThat(main().pageSize(100).list()).containsExactlyElementsOf(ORDERS);
        assertThat(LOG.requests()).hasSizeGreaterThanOrEqualTo(10).extracting(QueryRequest::limit).containsOnly(100);

        // DynamoDB's Limit counts evaluated items: most responses of a sparse filter are empty,
        // yet the read goes on, and pages() returns no empty page
        LOG.clear();
        List<Page<Order>> pages = new ArrayList<>();
        main().filter(Order_.total.between(new BigDecimal("500"), new BigDecimal("509.5"))).pageSize(100).pages()
                .forEach(pages::add);
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).items()).containsExactlyElementsOf(ORDERS.subList(500, 510));
        assertThat(LOG.requests()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(LOG.responses()).filteredOn(response -> response.items().isEmpty()).hasSizeGreaterThanOrEqualTo(9);

        Page<Order> cut = main().limit(5).fetchPage(10);
        assertThat(cut.items()).containsExactlyElementsOf(ORDERS.subList(0, 5));
        assertThat(cut.cursor()).as("a page cut by limit tells where the result goes on").isPresent();
        assertThat(main().startCursor(cut.cursor().get()).first()).contains(ORDERS.get(5));

        assertThatThrownBy(() -> main().limit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> main().pageSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> main().offset(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void projectionReadsOnlyTheNamedAttributesAndMarksItemsPartial() {
        List<Order> projected = main().project(Order_.total, Order_.status).limit(3).list();
        assertThat(projected).containsExactly(
                new Order(null, null, new BigDecimal("0.25"), null, OrderStatus.PENDING, null),
                new Order(null, null, new BigDecimal("1.25"), null, OrderStatus.PAID, null),
                new Order(null, null, new BigDecimal("2.25"), null, OrderStatus.SHIPPED, null));
        QueryRequest request = LOG.requests().get(0);
        assertThat(request.projectionExpression()).as("names, never raw attribute names").doesNotContain("status");
        assertThat(request.expressionAttributeNames()).containsValues("total", "status", "customerId", "orderId");

        assertThatThrownBy(() -> orders.put(projected.get(0)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("read with only some of its attributes");

        // the keys were read for the cursor, even though they are not returned
        Page<Order> page = main().project(Order_.total).fetchPage(2);
        assertThat(main().startCursor(page.cursor().orElseThrow()).first()).contains(ORDERS.get(2));

        // an equal, fully read item is not partial
        Order full = main().first().orElseThrow();
        orders.put(full);
        assertThat(orders.get(MAIN, full.orderId())).contains(full);
    }

    @Test
    void keysOnlyReadsTheKeysOfTheTableAndOfTheQueriedIndex() {
        assertThat(main().keysOnly().limit(2).list()).containsExactly(
                new Order(MAIN, "o-0000", null, null, null, null), new Order(MAIN, "o-0001", null, null, null, null));

        Order paid = SeedOrders.withStatus(OrderStatus.PAID).get(0);
        assertThat(orders.queryByStatus(OrderStatus.PAID).keysOnly().first()).contains(
                new Order(paid.customerId(), paid.orderId(), null, null, OrderStatus.PAID, paid.createdAt()));

        Order earliest = SeedOrders.byCreatedAt().get(0);
        List<Order> lsiKeys = main().byCreatedAt().keysOnly().limit(1).list();
        assertThat(lsiKeys).containsExactly(new Order(MAIN, earliest.orderId(), null, null, null, earliest.createdAt()));

        assertThatThrownBy(() -> orders.put(lsiKeys.get(0))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void consumedCapacityIsReportedOnPagesWhenAskedFor() {
        Page<Order> page = main().returnConsumedCapacity().fetchPage(25);
        assertThat(page.consumedCapacity()).isPresent();
        assertThat(page.consumedCapacity().get().capacityUnits()).isPositive();
        assertThat(LOG.requests().get(0).returnConsumedCapacity()).isEqualTo(ReturnConsumedCapacity.TOTAL);

        assertThat(main().fetchPage(25).consumedCapacity()).isEmpty();
    }

    @Test
    void timeoutIsTheDeadlineOfEachCall() {
        assertThat(main().timeout(Duration.ofSeconds(7)).pageSize(500).list()).hasSize(COUNT);
        assertThat(LOG.requests()).hasSize(3).allSatisfy(request -> assertThat(
                request.overrideConfiguration().orElseThrow().apiCallTimeout()).contains(Duration.ofSeconds(7)));

        LOG.delayEachRequest(2_000);
        assertThatThrownBy(() -> main().timeout(Duration.ofMillis(200)).first()).isInstanceOf(ApiCallTimeoutException.class);

        assertThatThrownBy(() -> main().timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void consistentReadOnTheTableAndTheLocalIndex() {
        assertThat(main().consistentRead().count()).isEqualTo(COUNT);
        assertThat(main().byCreatedAt().consistentRead().first()).contains(SeedOrders.byCreatedAt().get(0));
        assertThat(orders.queryByStatus(OrderStatus.PAID).first()).isPresent();
        assertThat(LOG.requests()).extracting(QueryRequest::consistentRead).containsExactly(true, true, null);
    }

    @Test
    void localIndexQueriesReadTheCustomersOrdersInCreatedAtOrder() {
        List<Order> byTime = SeedOrders.byCreatedAt();
        assertThat(main().byCreatedAt().list()).containsExactlyElementsOf(byTime);
        assertThat(LOG.requests().get(0).indexName()).isEqualTo("by_created_at");

        Instant from = BASE.plusSeconds(60 * 200);
        Instant to = BASE.plusSeconds(60 * 209);
        assertThat(main().byCreatedAt().createdAtBetween(from, to).list()).containsExactlyElementsOf(byTime.subList(200, 209));
        assertThat(main().byCreatedAt().createdAtGt(BASE.plusSeconds(60 * 998)).descending().map(Order::createdAt))
                .containsExactly(byTime.get(999).createdAt(), byTime.get(998).createdAt());

        // byCreatedAt() keeps the table query's options, not its orderId condition
        assertThat(main().orderIdEq("o-0007").limit(3).filter(Order_.status.eq(OrderStatus.SHIPPED)).byCreatedAt().list())
                .containsExactlyElementsOf(byTime.stream().filter(o -> o.status() == OrderStatus.SHIPPED).limit(3).toList());
    }

    @Test
    void queriesAreImmutableAndReusable() {
        OrderTable.CustomerIdQuery base = main();
        OrderTable.CustomerIdQuery limited = base.limit(3);
        OrderTable.CustomerIdQuery descending = base.descending();
        assertThat(limited).isNotSameAs(base);
        assertThat(base.filter(Order_.total.lt(new BigDecimal("1")))).isNotSameAs(base);
        assertThat(base.orderIdGe("o-0500")).isNotSameAs(base);

        assertThat(base.list()).as("options made from it leave it unchanged").containsExactlyElementsOf(ORDERS);
        assertThat(limited.list()).containsExactlyElementsOf(ORDERS.subList(0, 3));
        assertThat(limited.list()).as("run twice, same result").containsExactlyElementsOf(ORDERS.subList(0, 3));
        assertThat(descending.first()).contains(ORDERS.get(COUNT - 1));

        Page<Order> first = base.fetchPage(7);
        assertThat(base.fetchPage(7)).isEqualTo(first);
        OrderTable.CustomerIdQuery resumed = base.startCursor(first.cursor().orElseThrow());
        assertThat(resumed.fetchPage(7).items()).containsExactlyElementsOf(ORDERS.subList(7, 14));
        assertThat(resumed.fetchPage(7).items()).containsExactlyElementsOf(ORDERS.subList(7, 14));
        assertThat(base.first()).contains(ORDERS.get(0));
    }
}
