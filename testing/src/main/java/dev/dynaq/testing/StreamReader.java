package dev.dynaq.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Reads the records of a table's DynamoDB stream with the DynamoDB Streams client, the way a polling
 * consumer (or the Kinesis adapter) does: one shard iterator per shard, {@code GetRecords} until the
 * records wanted came back. For tests and demos that decode real stream records, e.g. with
 * {@code Order_.SCHEMA.change(record)}; works on DynamoDB Local and on Amazon DynamoDB.
 *
 * <p>{@link #fromStart} reads every record the stream still holds ({@code TRIM_HORIZON});
 * {@link #fromNow} only those written after it was called ({@code LATEST}), which is what a run on a
 * table kept from earlier runs wants. A reader remembers where it is: each {@link #read} call returns
 * the records after those the previous call returned. Not thread-safe.
 */
public final class StreamReader {
    private static final Duration PAUSE = Duration.ofMillis(50);

    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    /** The next iterator of each shard, in the order DescribeStream lists the shards; {@code null} once a shard is closed and read. */
    private final Map<String, String> iterators = new LinkedHashMap<>();

    private StreamReader(DynamoDbStreamsClient streams, String streamArn, ShardIteratorType start) {
        this.streams = streams;
        this.streamArn = streamArn;
        List<Shard> shards = streams.describeStream(b -> b.streamArn(streamArn)).streamDescription().shards();
        for (Shard shard : shards) {
            boolean open = shard.sequenceNumberRange() == null || shard.sequenceNumberRange().endingSequenceNumber() == null;
            if (start == ShardIteratorType.LATEST && !open) {
                continue;   // a closed shard has nothing after now
            }
            iterators.put(shard.shardId(), streams.getShardIterator(b -> b.streamArn(streamArn).shardId(shard.shardId())
                    .shardIteratorType(start)).shardIterator());
        }
    }

    /**
     * @param client the DynamoDB client, to find the table's latest stream
     * @param streams the DynamoDB Streams client of the same endpoint and region
     * @param tableName the table, created or updated with a stream
     * @return a reader of every record the table's stream holds
     * @throws IllegalArgumentException if the table has no stream enabled
     */
    public static StreamReader fromStart(DynamoDbClient client, DynamoDbStreamsClient streams, String tableName) {
        return new StreamReader(Objects.requireNonNull(streams, "streams"), streamArn(client, tableName), ShardIteratorType.TRIM_HORIZON);
    }

    /**
     * @param client the DynamoDB client, to find the table's latest stream
     * @param streams the DynamoDB Streams client of the same endpoint and region
     * @param tableName the table, created or updated with a stream
     * @return a reader of the records written from now on
     * @throws IllegalArgumentException if the table has no stream enabled
     */
    public static StreamReader fromNow(DynamoDbClient client, DynamoDbStreamsClient streams, String tableName) {
        return new StreamReader(Objects.requireNonNull(streams, "streams"), streamArn(client, tableName), ShardIteratorType.LATEST);
    }

    /** @return the ARN of the stream this reader reads */
    public String streamArn() {
        return streamArn;
    }

    /**
     * Polls the stream until {@code expected} more records came back or the timeout passed.
     *
     * @param expected how many records to wait for
     * @param timeout how long to wait for them at most
     * @return the records read, in stream order per shard: {@code expected} of them, or fewer when the timeout passed
     *     (more when the last page held more)
     */
    public List<Record> read(int expected, Duration timeout) {
        List<Record> records = new ArrayList<>();
        readUntil(records, list -> list.size() >= expected, timeout);
        return records;
    }

    /**
     * Polls the stream until a record that {@code wanted} accepts came back or the timeout passed.
     *
     * @param wanted the record to wait for
     * @param timeout how long to wait at most
     * @return every record read, in stream order per shard, up to the page with the first record {@code wanted}
     *     accepts (none of them accepted when the timeout passed)
     */
    public List<Record> readUntil(Predicate<Record> wanted, Duration timeout) {
        Objects.requireNonNull(wanted, "wanted");
        List<Record> records = new ArrayList<>();
        readUntil(records, list -> list.stream().anyMatch(wanted), timeout);
        return records;
    }

    private void readUntil(List<Record> records, Predicate<List<Record>> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.test(records)) {
            boolean any = false;
            for (Map.Entry<String, String> shard : iterators.entrySet()) {
                String iterator = shard.getValue();
                if (iterator == null) {
                    continue;
                }
                GetRecordsResponse page = streams.getRecords(b -> b.shardIterator(iterator));
                records.addAll(page.records());
                any |= !page.records().isEmpty();
                shard.setValue(page.nextShardIterator());
                if (done.test(records)) {
                    return;
                }
            }
            if (System.nanoTime() >= deadline || iterators.values().stream().allMatch(Objects::isNull)) {
                return;
            }
            if (!any) {
                pause();
            }
        }
    }

    private static String streamArn(DynamoDbClient client, String tableName) {
        TableDescription table = client.describeTable(b -> b.tableName(tableName)).table();
        // a table dropped and created again without a stream may still report the old stream as its latest
        boolean enabled = table.streamSpecification() != null && Boolean.TRUE.equals(table.streamSpecification().streamEnabled());
        String arn = table.latestStreamArn();
        if (!enabled || arn == null) {
            throw new IllegalArgumentException("table '" + tableName + "' has no stream: create it with a StreamSpecification"
                    + " (DynamoDbLocal.createTable(schema, name, viewType)) or enable one with UpdateTable");
        }
        return arn;
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for stream records", e);
        }
    }
}
