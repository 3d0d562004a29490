package dev.dynaq.it.single;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.Cursor;
import dev.dynaq.InvalidCursorException;
import dev.dynaq.single.UnknownItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Item collections: a customer, their orders and order lines in one partition, read by one query and
 * decoded each to its own type; pages and cursors at every page size; unknown types kept apart.
 */
class CollectionsTest {
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static SharedTableFixture db;
    private static final List<String> EXPECTED = new ArrayList<>();

    @BeforeAll
    static void load() {
        db = new SharedTableFixture();
        db.customers.put(new Customer("c1", "Ada", "ada@example.com"));
        for (int i = 0; i < 6; i++) {
            db.orders.put(new Order("c1", "o" + i, T0.plusSeconds(i * 3600L), OrderState.NEW, "eu", BigDecimal.TEN));
        }
        for (int i = 0; i < 5; i++) {
            db.lines.put(new OrderLine("c1", "o" + (i % 2), i, "sku-" + i, i + 1));
        }
        db.customers.put(new Customer("c2", "Other", null));
        db.orders.put(new Order("c2", "x1", T0, OrderState.NEW, null, BigDecimal.ONE));
        // sort-key order: LINE#... < ORDER#... < PROFILE
        for (int i = 0; i < 5; i++) {
            EXPECTED.add("line:o" + (i % 2) + "/" + i);
        }
        EXPECTED.sort(String::compareTo);
        for (int i = 0; i < 6; i++) {
            EXPECTED.add("order:o" + i);
        }
        EXPECTED.add("customer:Ada");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void forget() {
        db.takeQueries();
    }

    private static String describe(ShopTable.CustomerCollection.Item item) {
        return item.accept(new ShopTable.CustomerCollection.Visitor<String>() {
            @Override
            public String customer(Customer customer) {
                return "customer:" + customer.name();
            }

            @Override
            public String order(Order order) {
                return "order:" + order.orderId();
            }

            @Override
            public String orderLine(OrderLine orderLine) {
                return "line:" + orderLine.getOrderId() + "/" + orderLine.getLineNo();
            }

            @Override
            public String unknown(UnknownItem item) {
                return "unknown:" + item.type();
            }
        });
    }

    @Test
    void oneQueryReadsTheWholeCollectionDecodedByType() {
        ShopTable.CustomerCollection all = db.shop.queryCustomerCollection("c1").collect();

        assertThat(all.customer()).map(Customer::name).contains("Ada");
        assertThat(all.orders()).extracting(Order::orderId).containsExactly("o0", "o1", "o2", "o3", "o4", "o5");
        assertThat(all.orderLines()).hasSize(5).allSatisfy(line -> assertThat(line.getCustomerId()).isEqualTo("c1"));
        assertThat(all.unknownItems()).isEmpty();
        assertThat(all.items()).extracting(CollectionsTest::describe).containsExactlyElementsOf(EXPECTED);
        assertThat(db.takeQueries()).hasSize(1);
    }

    @Test
    void theCustomerWithTheLatestOrdersIsOneRequest() {
        ShopTable.CustomerCollection latest = db.shop.queryCustomerCollection("c1").descending().fetchCollection(4);

        assertThat(latest.customer()).map(Customer::name).contains("Ada");
        assertThat(latest.orders()).extracting(Order::orderId).containsExactly("o5", "o4", "o3");
        assertThat(latest.hasMore()).isTrue();
        assertThat(db.takeQueries()).singleElement().satisfies(request -> assertThat(request.limit()).isEqualTo(4));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void pagesWithCursorsReturnEveryItemOnceInOrder(int pageSize) {
        for (boolean descending : new boolean[] {false, true}) {
            List<String> seen = new ArrayList<>();
            Cursor cursor = null;
            int pages = 0;
            do {
                ShopTable.CustomerCollectionQuery query = db.shop.queryCustomerCollection("c1");
                query = descending ? query.descending() : query;
                if (cursor != null) {
                    query = query.startCursor(Cursor.fromUrlSafe(cursor.toUrlSafe()));
                }
                ShopTable.CustomerCollection page = query.fetchCollection(pageSize);
                assertThat(page.items().size()).isLessThanOrEqualTo(pageSize);
                page.items().forEach(item -> seen.add(describe(item)));
                cursor = page.cursor().orElse(null);
                pages++;
            } while (cursor != null && pages < 100);
            List<String> expected = new ArrayList<>(EXPECTED);
            if (descending) {
                java.util.Collections.reverse(expected);
            }
            assertThat(seen).as("page size %d, descending %s", pageSize, descending).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aCursorOfAnotherPartitionIsRefused() {
        Cursor other = db.shop.queryCustomerCollection("c2").fetchCollection(1).cursor().orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> db.shop.queryCustomerCollection("c1").startCursor(other).fetchCollection(2))
                .isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void unknownTypesAreKeptApartNeverDecodedAsAnEntity() {
        SharedTableFixture own = new SharedTableFixture();
        try {
            own.customers.put(new Customer("c9", "Zed", null));
            own.putRaw(Map.of("pk", AttributeValue.fromS("CUSTOMER#c9"), "sk", AttributeValue.fromS("ORDER#refund"),
                    "_type", AttributeValue.fromS("Refund"), "amount", AttributeValue.fromN("5")));
            own.putRaw(Map.of("pk", AttributeValue.fromS("CUSTOMER#c9"), "sk", AttributeValue.fromS("NOTE#1"),
                    "text", AttributeValue.fromS("no type")));

            ShopTable.CustomerCollection all = own.shop.queryCustomerCollection("c9").collect();

            assertThat(all.customer()).map(Customer::name).contains("Zed");
            assertThat(all.orders()).isEmpty();
            assertThat(all.unknownItems()).extracting(UnknownItem::type).containsExactly(null, "Refund");
            assertThat(all.unknownItems().get(1).attributes()).containsEntry("amount", AttributeValue.fromN("5"));
            assertThat(all.items()).extracting(CollectionsTest::describe)
                    .containsExactly("unknown:null", "unknown:Refund", "customer:Zed");
            // the entity's own query reads ORDER#refund too, and refuses to decode it as an Order
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> own.orders.queryByCustomerId("c9").list())
                    .isInstanceOf(dev.dynaq.DynaqException.class)
                    .hasMessageContaining("has _type 'Refund', so it is not a Order");
        } finally {
            own.close();
        }
    }
}
