package dev.dynaq.it.streams;

import dev.dynaq.it.model.OrderTable;
import dev.dynaq.testing.DynamoDbLocal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/** Orders tables with a DynamoDB stream on the shared DynamoDB Local, and their stream's records. */
final class StreamTables {
    private StreamTables() {
    }

    /**
     * Creates (after dropping a left-over one) the orders table {@code name} with a stream of the view type.
     *
     * @return the generated table on it
     */
    static OrderTable createOrders(String name, StreamViewType viewType) {
        DynamoDbLocal local = DynamoDbLocal.shared();
        local.deleteTable(name);
        OrderTable orders = OrderTable.create(local.client(), name);
        local.client().createTable(orders.createTableRequest().toBuilder()
                .streamSpecification(StreamSpecification.builder().streamEnabled(true).streamViewType(viewType).build())
                .build());
        try (DynamoDbWaiter waiter = local.client().waiter()) {
            waiter.waitUntilTableExists(b -> b.tableName(name));
        }
        return orders;
    }

    /**
     * Reads the table's stream from its start with the DynamoDB Streams client until {@code expected}
     * records came back (or 10 seconds passed), the way a Kinesis-adapter or polling consumer would.
     *
     * @return the records in stream order
     */
    static List<Record> read(String table, int expected) {
        DynamoDbClient client = DynamoDbLocal.shared().client();
        DynamoDbStreamsClient streams = DynamoDbLocal.shared().streamsClient();
        String arn = client.describeTable(b -> b.tableName(table)).table().latestStreamArn();
        List<Record> records = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<Shard> shards = streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards();
        for (Shard shard : shards) {
            String iterator = streams.getShardIterator(b -> b.streamArn(arn).shardId(shard.shardId())
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            while (iterator != null && records.size() < expected && System.nanoTime() < deadline) {
                String current = iterator;
                GetRecordsResponse page = streams.getRecords(b -> b.shardIterator(current));
                records.addAll(page.records());
                iterator = page.nextShardIterator();
                if (page.records().isEmpty()) {
                    pause();
                }
            }
        }
        return records;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
