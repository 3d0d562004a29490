package dev.dynaq.bench;

import dev.dynaq.bench.codec.Codec;
import dev.dynaq.bench.model.Order;
import dev.dynaq.bench.model.OrderTable;
import dev.dynaq.bench.model.Order_;
import dev.dynaq.bench.stub.CannedDynamoDb;
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
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The query path through a real {@link DynamoDbClient} over {@link CannedDynamoDb}: a query of
 * {@value #ITEMS} orders of one customer in pages of {@value #PAGE_SIZE} (about 1 MB of JSON each),
 * streamed, every item mapped and used. H is the raw {@code queryPaginator} with hand mapping; D is
 * {@code OrderTable.queryByCustomerId(..).stream()} with direct decoding off, D-direct the same with
 * it on (the default) over a client with {@code DirectDecodingPlugin}, D-direct-bare without the
 * plugin (measured by {@link ReadPathCpu} only); B the Enhanced Client's {@code query} over {@code TableSchema.fromBean}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryPathBenchmark {
    /** Items in the queried partition. */
    public static final int ITEMS = 10_000;
    /** Items per response, about 1 MB of JSON as DynamoDB would send. */
    public static final int PAGE_SIZE = 2_500;
    /** The queried partition. */
    public static final String CUSTOMER = "customer-1";

    /** The contender. */
    @Param({"H", "D", "D-direct", "B"})
    public String variant;

    private DynamoDbClient client;
    private Query query;

    /** Queries the partition one way. */
    interface Query {
        /** @return the sum of the quantities of the partition's orders, so every item is mapped and used */
        long run();
    }

    /** Builds the canned responses, the client and the contender's query. */
    @Setup
    public void setUp() {
        client = CannedDynamoDb.client(ReadPathBenchmark.stub(ReadModel.ORDER), ReadContender.usesPlugin(variant));
        query = switch (variant) {
            case "H" -> raw(client, ReadModel.ORDER.hand());
            case "D" -> dynaq(OrderTable.create(client).withDirectDecoding(false));
            case "D-direct", "D-direct-bare" -> dynaq(OrderTable.create(client));
            case "B" -> enhanced(client);
            default -> throw new IllegalArgumentException("no contender " + variant);
        };
    }

    /** Closes the client. */
    @TearDown
    public void tearDown() {
        client.close();
    }

    /** @return see {@link Query#run()} */
    @Benchmark
    public long query() {
        return query.run();
    }

    private static Query raw(DynamoDbClient client, Codec<Order> codec) {
        // Built on each call, as Dynaq builds its request.
        return () -> client.queryPaginator(QueryRequest.builder()
                        .tableName(Order_.TABLE_NAME)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", "customerId"))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(CUSTOMER)))
                        .build())
                .items().stream()
                .map(codec::fromItem)
                .mapToLong(Order::getQuantity)
                .sum();
    }

    private static Query dynaq(OrderTable orders) {
        return () -> orders.queryByCustomerId(CUSTOMER).stream().mapToLong(Order::getQuantity).sum();
    }

    private static Query enhanced(DynamoDbClient client) {
        DynamoDbTable<Order> table = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build()
                .table(Order_.TABLE_NAME, TableSchema.fromBean(Order.class));
        QueryConditional partition = QueryConditional.keyEqualTo(Key.builder().partitionValue(CUSTOMER).build());
        return () -> table.query(partition).items().stream().mapToLong(Order::getQuantity).sum();
    }
}
