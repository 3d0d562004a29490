package dev.dynaq.bench;

import dev.dynaq.Key;
import dev.dynaq.Table;
import dev.dynaq.bench.codec.Codec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * One contender of the read-path benchmarks over one model: scans the table, gets one item, gets a
 * batch of keys. Keys are built once, before measuring; every contender builds its requests from them
 * on each call, as an application does (the tables must, and a request built once and sent again
 * would spare the raw client the copy its builders make of every key).
 *
 * <ul>
 *   <li>{@code H}: the raw client ({@code scanPaginator}, {@code getItem}, {@code batchGetItem} with
 *       its unprocessed keys retried) with hand mapping;
 *   <li>{@code D}: Dynaq's generated table with direct decoding off ({@code withDirectDecoding(false)}):
 *       the SDK builds its item maps, the generated schema maps them;
 *   <li>{@code D-direct}: the same table as created, with direct decoding on, over a client built with
 *       {@code DirectDecodingPlugin} (the setup the README advises);
 *   <li>{@code D-direct-bare}: direct decoding on over a client without the plugin (a request-level
 *       plugin per query or scan; gets and batch gets go the ordinary way); measured by
 *       {@link ReadPathCpu} only, to keep the JMH run short;
 *   <li>{@code B}: the Enhanced Client over {@code TableSchema.fromBean}.
 * </ul>
 *
 * @param <T> the entity type
 */
public abstract class ReadContender<T> {
    /** The contender names, in report order. */
    public static final List<String> NAMES = List.of("H", "D", "D-direct", "B");

    /** {@link #NAMES} and the contenders measured by {@link ReadPathCpu} only. */
    public static final List<String> ALL_NAMES = List.of("H", "D", "D-direct", "D-direct-bare", "B");

    /**
     * @param name one of {@link #ALL_NAMES}
     * @return whether the contender's client is built with {@code DirectDecodingPlugin}: only D-direct's
     */
    public static boolean usesPlugin(String name) {
        return name.equals("D-direct");
    }

    /** The item every {@code get} reads. */
    public static final int GET_ITEM = 42;
    /** The keys of every batch get: items 0 to 99. */
    public static final int BATCH_KEYS = 100;

    /** @return the sum of {@link ReadModel#use} over every item of the table */
    public abstract long scan();

    /** @return item {@value #GET_ITEM} */
    public abstract T get();

    /** @return the sum of {@link ReadModel#use} over the items of a batch get of {@value #BATCH_KEYS} keys */
    public abstract long batchGet();

    /**
     * @param name one of {@link #ALL_NAMES}
     * @param model the model
     * @param client the client over the canned responses
     * @return the contender
     */
    public static <T> ReadContender<T> of(String name, ReadModel<T> model, DynamoDbClient client) {
        return switch (name) {
            case "H" -> raw(model, client);
            case "D" -> dynaq(model, model.dynaq().apply(client, false));
            case "D-direct", "D-direct-bare" -> dynaq(model, model.dynaq().apply(client, true));
            case "B" -> enhanced(model, client);
            default -> throw new IllegalArgumentException("no contender " + name);
        };
    }

    private static <T> ReadContender<T> raw(ReadModel<T> model, DynamoDbClient client) {
        Codec<T> codec = model.hand();
        String table = model.tableName();
        Map<String, AttributeValue> getKey = model.key(GET_ITEM);
        List<Map<String, AttributeValue>> keys = new ArrayList<>(BATCH_KEYS);
        for (int i = 0; i < BATCH_KEYS; i++) {
            keys.add(model.key(i));
        }
        return new ReadContender<>() {
            @Override
            public long scan() {
                return client.scanPaginator(ScanRequest.builder().tableName(table).build()).items().stream()
                        .map(codec::fromItem).mapToLong(model.use()).sum();
            }

            @Override
            public T get() {
                return codec.fromItem(client.getItem(GetItemRequest.builder().tableName(table).key(getKey).build()).item());
            }

            @Override
            public long batchGet() {
                long sum = 0;
                Map<String, KeysAndAttributes> pending = Map.of(table, KeysAndAttributes.builder().keys(keys).build());
                while (!pending.isEmpty()) {
                    Map<String, KeysAndAttributes> request = pending;
                    BatchGetItemResponse response = client.batchGetItem(b -> b.requestItems(request));
                    for (Map<String, AttributeValue> item : response.responses().get(table)) {
                        sum += model.use().applyAsLong(codec.fromItem(item));
                    }
                    pending = response.unprocessedKeys();
                }
                return sum;
            }
        };
    }

    private static <T> ReadContender<T> dynaq(ReadModel<T> model, Table<T> table) {
        Key<T> get = Key.fromMap(model.key(GET_ITEM));
        List<Key<T>> keys = new ArrayList<>(BATCH_KEYS);
        for (int i = 0; i < BATCH_KEYS; i++) {
            keys.add(Key.fromMap(model.key(i)));
        }
        return new ReadContender<>() {
            @Override
            public long scan() {
                return table.scan().stream().mapToLong(model.use()).sum();
            }

            @Override
            public T get() {
                return table.get(get).orElseThrow();
            }

            @Override
            public long batchGet() {
                long sum = 0;
                for (T item : table.batchGet(keys)) {
                    sum += model.use().applyAsLong(item);
                }
                return sum;
            }
        };
    }

    private static <T> ReadContender<T> enhanced(ReadModel<T> model, DynamoDbClient client) {
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
        DynamoDbTable<T> table = enhanced.table(model.tableName(), TableSchema.fromBean(model.type()));
        software.amazon.awssdk.enhanced.dynamodb.Key get = enhancedKey(table, model.key(GET_ITEM));
        ReadBatch.Builder<T> builder = ReadBatch.builder(model.type()).mappedTableResource(table);
        for (int i = 0; i < BATCH_KEYS; i++) {
            builder.addGetItem(enhancedKey(table, model.key(i)));
        }
        ReadBatch batch = builder.build();
        return new ReadContender<>() {
            @Override
            public long scan() {
                return table.scan().items().stream().mapToLong(model.use()).sum();
            }

            @Override
            public T get() {
                return table.getItem(get);
            }

            @Override
            public long batchGet() {
                return enhanced.batchGetItem(r -> r.readBatches(batch)).resultsForTable(table).stream()
                        .mapToLong(model.use()).sum();
            }
        };
    }

    private static software.amazon.awssdk.enhanced.dynamodb.Key enhancedKey(DynamoDbTable<?> table,
            Map<String, AttributeValue> key) {
        String partition = table.tableSchema().tableMetadata().primaryPartitionKey();
        software.amazon.awssdk.enhanced.dynamodb.Key.Builder builder =
                software.amazon.awssdk.enhanced.dynamodb.Key.builder().partitionValue(key.get(partition));
        table.tableSchema().tableMetadata().primarySortKey().ifPresent(sort -> builder.sortValue(key.get(sort)));
        return builder.build();
    }
}
