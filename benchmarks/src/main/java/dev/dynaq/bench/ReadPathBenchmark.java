package dev.dynaq.bench;

import dev.dynaq.bench.stub.CannedDynamoDb;
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
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The read path of each model through a real {@link DynamoDbClient} over {@link CannedDynamoDb}: a
 * scan of the whole table in 4 pages (10,000 small items or orders, 1,000 large shipments), one
 * {@code GetItem}, and a {@code BatchGetItem} of {@value ReadContender#BATCH_KEYS} keys; every item
 * is mapped and used. The contenders are {@link ReadContender#NAMES}. The canned items are in the form
 * Dynaq writes, which every contender reads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadPathBenchmark {
    /** The contender. */
    @Param({"H", "D", "D-direct", "B"})
    public String variant;

    /** The model. */
    @Param({"small", "order", "large"})
    public String model;

    private DynamoDbClient client;
    private ReadContender<?> contender;

    /** Builds the canned responses, the client and the contender. */
    @Setup
    public void setUp() {
        ReadModel<?> read = ReadModel.named(model);
        client = CannedDynamoDb.client(stub(read), ReadContender.usesPlugin(variant));
        contender = ReadContender.of(variant, read, client);
    }

    static <T> CannedDynamoDb stub(ReadModel<T> model) {
        List<Map<String, AttributeValue>> items = model.storedItems();
        return new CannedDynamoDb(model.tableName(), model.positionAttribute(), items, model.pageSize(), model::key,
                items.get(ReadContender.GET_ITEM), ReadContender.BATCH_KEYS);
    }

    /** Closes the client. */
    @TearDown
    public void tearDown() {
        client.close();
    }

    /** @return see {@link ReadContender#scan()} */
    @Benchmark
    public long scan() {
        return contender.scan();
    }

    /** @return see {@link ReadContender#get()} */
    @Benchmark
    public Object get() {
        return contender.get();
    }

    /** @return see {@link ReadContender#batchGet()} */
    @Benchmark
    public long batchGet() {
        return contender.batchGet();
    }
}
