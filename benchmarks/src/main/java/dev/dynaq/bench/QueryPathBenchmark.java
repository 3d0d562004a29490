package dev.dynaq.bench;

import dev.dynaq.bench.codec.Codec;
import dev.dynaq.bench.codec.StaticSchemas;
import dev.dynaq.bench.codec.Variant;
import dev.dynaq.bench.model.Order;
import dev.dynaq.bench.model.OrderTable;
import dev.dynaq.bench.model.Order_;
import dev.dynaq.bench.stub.CannedDynamoDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The read path through a real {@link DynamoDbClient} over {@link CannedDynamoDb}: a query of
 * {@value #ITEMS} orders in pages of {@value #PAGE_SIZE}, streamed and consumed, and a single
 * {@code GetItem}. H is the raw client ({@code queryPaginator}, {@code getItem}) with hand mapping;
 * D is {@code OrderTable.queryByCustomerId(..).stream()} and {@code get}; B and S are the Enhanced
 * Client's {@code query} and {@code getItem} over the bean and static schemas. The canned items are
 * in the form Dynaq writes (fixed-width instants), which every contender reads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryPathBenchmark {
    /** Items in the queried partition. */
    public static final int ITEMS = 10_000;
    /** Items per response, about 1 MB of JSON as DynamoDB would send. */
    public static final int PAGE_SIZE = 2_500;
    private static final String CUSTOMER = "customer-1";
    private static final String ORDER = "order-000042";

    /** The contender. */
    @Param({"H", "D", "B", "S"})
    public Variant variant;

    private DynamoDbClient client;
    private Reader reader;

    /** Reads orders one way. */
    interface Reader {
        /** @return the sum of the quantities of the partition's orders, so every item is mapped and used */
        long query();

        /** @return the order {@value #ORDER} */
        Order get();
    }

    /** Builds the canned responses, the client and the contender's reader. */
    @Setup
    public void setUp() {
        List<Map<String, AttributeValue>> items = new ArrayList<>(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            items.add(Order_.SCHEMA.toItem(Fixtures.order(CUSTOMER, i)));
        }
        client = CannedDynamoDb.client(new CannedDynamoDb(items, PAGE_SIZE,
                i -> Order_.SCHEMA.primaryKey(Fixtures.order(CUSTOMER, i)), items.get(42)));
        reader = switch (variant) {
            case H -> raw(client, variant.order());
            case D -> dynaq(OrderTable.create(client));
            case B -> enhanced(client, TableSchema.fromBean(Order.class));
            case S -> enhanced(client, StaticSchemas.order());
        };
    }

    /** Closes the client. */
    @TearDown
    public void tearDown() {
        client.close();
    }

    /** @return see {@link Reader#query()} */
    @Benchmark
    public long query() {
        return reader.query();
    }

    /** @return see {@link Reader#get()} */
    @Benchmark
    public Order get() {
        return reader.get();
    }

    static Reader raw(DynamoDbClient client, Codec<Order> codec) {
        QueryRequest query = QueryRequest.builder()
                .tableName(Order_.TABLE_NAME)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", "customerId"))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(CUSTOMER)))
                .build();
        return new Reader() {
            @Override
            public long query() {
                return client.queryPaginator(query).items().stream()
                        .map(codec::fromItem)
                        .mapToLong(Order::getQuantity)
                        .sum();
            }

            @Override
            public Order get() {
                Map<String, AttributeValue> key = Map.of(
                        "customerId", AttributeValue.fromS(CUSTOMER), "orderId", AttributeValue.fromS(ORDER));
                return codec.fromItem(client.getItem(GetItemRequest.builder()
                        .tableName(Order_.TABLE_NAME).key(key).build()).item());
            }
        };
    }

    static Reader dynaq(OrderTable orders) {
        return new Reader() {
            @Override
            public long query() {
                return orders.queryByCustomerId(CUSTOMER).stream().mapToLong(Order::getQuantity).sum();
            }

            @Override
            public Order get() {
                return orders.get(CUSTOMER, ORDER).orElseThrow();
            }
        };
    }

    static Reader enhanced(DynamoDbClient client, TableSchema<Order> schema) {
        DynamoDbTable<Order> table = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build()
                .table(Order_.TABLE_NAME, schema);
        QueryConditional partition = QueryConditional.keyEqualTo(Key.builder().partitionValue(CUSTOMER).build());
        return new Reader() {
            @Override
            public long query() {
                return table.query(partition).items().stream().mapToLong(Order::getQuantity).sum();
            }

            @Override
            public Order get() {
                return table.getItem(Key.builder().partitionValue(CUSTOMER).sortValue(ORDER).build());
            }
        };
    }
}
