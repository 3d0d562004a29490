package dev.dynaq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.TestOrders.Order;
import dev.dynaq.internal.QuerySpec;
import dev.dynaq.testsupport.LocalDynamoDb;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The options shared by sync and async queries: immutable copies and the same argument checks on both.
 * Nothing here sends a request.
 */
class QueryOptionsTest {
    private static final String TABLE = "query_options";

    static Stream<QueryOptions<Order, ?>> queries() {
        return Stream.of(
                new TestOrders.OrderTable(LocalDynamoDb.client(), TABLE).queryByCustomerId("c1"),
                new TestOrders.OrderAsyncTable(LocalDynamoDb.asyncClient(), TABLE).queryByCustomerId("c1"));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void everyOptionReturnsANewQueryOfTheSameTypeAndLeavesTheOriginalAsItWas(QueryOptions<Order, ?> query) {
        QuerySpec original = query.spec();
        Cursor cursor = new Cursor(null, Map.of(
                "customerId", AttributeValue.fromS("c1"), "orderId", AttributeValue.fromS("o0001")));
        List<Function<QueryOptions<Order, ?>, QueryOptions<Order, ?>>> options = List.of(
                q -> q.filter(TestOrders.TOTAL.ge(1)),
                QueryOptions::descending,
                q -> q.project(TestOrders.TOTAL),
                QueryOptions::keysOnly,
                q -> q.limit(5),
                q -> q.pageSize(7),
                q -> q.offset(2),
                q -> q.startCursor(cursor),
                q -> q.endCursor(cursor),
                QueryOptions::returnConsumedCapacity,
                q -> q.timeout(Duration.ofSeconds(3)));
        for (Function<QueryOptions<Order, ?>, QueryOptions<Order, ?>> option : options) {
            QueryOptions<Order, ?> refined = option.apply(query);
            assertThat(refined).isNotSameAs(query).hasSameClassAs(query);
            assertThat(refined.spec()).isNotEqualTo(original);
            assertThat(query.spec()).isEqualTo(original);
        }
    }

    @ParameterizedTest
    @MethodSource("queries")
    void invalidArgumentsAreRejectedTheSameWayOnSyncAndAsyncQueries(QueryOptions<Order, ?> query) {
        assertThatThrownBy(() -> query.limit(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be at least 1, got 0");
        assertThatThrownBy(() -> query.pageSize(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pageSize must be at least 1, got 0");
        assertThatThrownBy(() -> query.offset(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offset must not be negative, got -1");
        assertThatThrownBy(() -> query.timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeout must be positive, got PT0S");
        assertThatThrownBy(query::project).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("project() needs at least one attribute");
        assertThatThrownBy(() -> query.filter(TestOrders.ORDER_ID.beginsWith("o1"))).isInstanceOf(DynaqException.class)
                .hasMessageContaining("a query filter cannot use 'orderId', the sort key");
    }
}
