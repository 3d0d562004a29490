package dev.dynaq.internal;

import dev.dynaq.IndexDescriptor;
import dev.dynaq.ItemSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;

/** Builds the {@link CreateTableRequest} of a table from its {@link ItemSchema}. */
public final class TableFactory {
    /**
     * How {@code createTable()} and {@code deleteTable()} poll: from 200 ms, growing to 5 s, for up to
     * ten minutes (the SDK's default waits 20 s between polls, longer than most tables take).
     */
    public static final WaiterOverrideConfiguration TABLE_WAIT = WaiterOverrideConfiguration.builder()
            .backoffStrategyV2(BackoffStrategy.exponentialDelayHalfJitter(Duration.ofMillis(200), Duration.ofSeconds(5)))
            .maxAttempts(200)
            .waitTimeout(Duration.ofMinutes(10))
            .build();

    private TableFactory() {
    }

    /**
     * @param tableName the physical table name
     * @param schema the item schema: primary key and secondary indexes
     * @param throughput the provisioned throughput of the table and of every global index, or
     *     {@code null} for on-demand (pay per request) billing
     * @return the request: key schema, each key attribute defined once, every global and local index
     * @throws IllegalStateException if two indexes give one attribute different types
     */
    public static CreateTableRequest createTableRequest(String tableName, ItemSchema<?> schema, ProvisionedThroughput throughput) {
        Map<String, ScalarAttributeType> definitions = new LinkedHashMap<>();
        IndexDescriptor primary = schema.primaryIndex();
        define(definitions, primary, schema);
        List<GlobalSecondaryIndex> globals = new ArrayList<>();
        List<LocalSecondaryIndex> locals = new ArrayList<>();
        for (IndexDescriptor index : schema.secondaryIndexes()) {
            define(definitions, index, schema);
            Projection projection = projection(index);
            if (index.kind() == IndexDescriptor.Kind.GLOBAL) {
                GlobalSecondaryIndex.Builder global = GlobalSecondaryIndex.builder()
                        .indexName(index.indexName()).keySchema(keySchema(index)).projection(projection);
                if (throughput != null) {
                    global.provisionedThroughput(throughput);
                }
                globals.add(global.build());
            } else if (index.kind() == IndexDescriptor.Kind.LOCAL) {
                locals.add(LocalSecondaryIndex.builder()
                        .indexName(index.indexName()).keySchema(keySchema(index)).projection(projection).build());
            } else {
                throw new IllegalStateException(schema.itemType().getSimpleName()
                        + ": secondaryIndexes() holds the primary key; list only global and local indexes there");
            }
        }
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(tableName)
                .keySchema(keySchema(primary))
                .attributeDefinitions(definitions.entrySet().stream()
                        .map(e -> AttributeDefinition.builder().attributeName(e.getKey()).attributeType(e.getValue()).build())
                        .toList());
        if (!globals.isEmpty()) {
            request.globalSecondaryIndexes(globals);
        }
        if (!locals.isEmpty()) {
            request.localSecondaryIndexes(locals);
        }
        if (throughput == null) {
            request.billingMode(BillingMode.PAY_PER_REQUEST);
        } else {
            request.billingMode(BillingMode.PROVISIONED).provisionedThroughput(throughput);
        }
        return request.build();
    }

    /**
     * @param schema the item schema
     * @return time to live enabled on the schema's {@code @TimeToLive} attribute; empty when it has none
     */
    public static Optional<TimeToLiveSpecification> timeToLiveSpecification(ItemSchema<?> schema) {
        return schema.lifecycle().timeToLive().map(attribute -> TimeToLiveSpecification.builder()
                .attributeName(attribute.name()).enabled(true).build());
    }

    /**
     * @param tableName the physical table name
     * @param schema the item schema
     * @return the request enabling time to live on the schema's {@code @TimeToLive} attribute (CreateTable
     *     cannot); empty when it has none
     */
    public static Optional<UpdateTimeToLiveRequest> updateTimeToLiveRequest(String tableName, ItemSchema<?> schema) {
        return timeToLiveSpecification(schema).map(specification -> UpdateTimeToLiveRequest.builder()
                .tableName(tableName).timeToLiveSpecification(specification).build());
    }

    private static void define(Map<String, ScalarAttributeType> definitions, IndexDescriptor index, ItemSchema<?> schema) {
        define(definitions, index.partitionKey(), index, schema);
        if (index.sortKey() != null) {
            define(definitions, index.sortKey(), index, schema);
        }
    }

    private static void define(Map<String, ScalarAttributeType> definitions, IndexDescriptor.KeyAttribute key,
            IndexDescriptor index, ItemSchema<?> schema) {
        ScalarAttributeType previous = definitions.putIfAbsent(key.name(), key.scalarType());
        if (previous != null && previous != key.scalarType()) {
            throw new IllegalStateException(schema.itemType().getSimpleName() + ": attribute '" + key.name() + "' is a key of type "
                    + previous + " and, in " + (index.indexName() == null ? "the primary key" : "index '" + index.indexName() + "'")
                    + ", of type " + key.type() + "; a key attribute has one type in every index");
        }
    }

    private static List<KeySchemaElement> keySchema(IndexDescriptor index) {
        List<KeySchemaElement> elements = new ArrayList<>(2);
        elements.add(KeySchemaElement.builder().attributeName(index.partitionKey().name()).keyType(KeyType.HASH).build());
        if (index.sortKey() != null) {
            elements.add(KeySchemaElement.builder().attributeName(index.sortKey().name()).keyType(KeyType.RANGE).build());
        }
        return elements;
    }

    private static Projection projection(IndexDescriptor index) {
        return switch (index.projection()) {
            case ALL -> Projection.builder().projectionType(ProjectionType.ALL).build();
            case KEYS_ONLY -> Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build();
            case INCLUDE -> Projection.builder().projectionType(ProjectionType.INCLUDE)
                    .nonKeyAttributes(index.includedAttributes()).build();
        };
    }
}
