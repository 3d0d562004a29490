package dev.dynaq.enhanced;

import static dev.dynaq.enhanced.Shipments.T0;
import static dev.dynaq.enhanced.Shipments.shipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.enhanced.model.Shipment;
import dev.dynaq.enhanced.model.Shipment.Status;
import dev.dynaq.enhanced.model.ShipmentTable;
import dev.dynaq.enhanced.model.Shipment_;
import dev.dynaq.testing.DynamoDbLocal;
import dev.dynaq.testing.DynaqTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.pagination.sync.SdkIterable;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.enhanced.dynamodb.model.CreateTableEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.EnhancedGlobalSecondaryIndex;
import software.amazon.awssdk.enhanced.dynamodb.model.EnhancedLocalSecondaryIndex;
import software.amazon.awssdk.enhanced.dynamodb.model.IgnoreNullsMode;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactGetItemsEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactWriteItemsEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The same operations through the Enhanced Client on {@code DynaqTableSchema.of(Shipment_.SCHEMA)} and
 * through the generated {@code ShipmentTable}, on one DynamoDB Local table: the same items either way.
 */
@DynaqTest(tables = Shipment.class)
class EnhancedClientBridgeTest {
    private final List<Shipment> all = Shipments.all();
    private DynamoDbEnhancedClient enhanced;
    private DynamoDbTable<Shipment> ec;

    @BeforeEach
    void bridge(DynamoDbClient client) {
        enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
        ec = enhanced.table(Shipment_.TABLE_NAME, DynaqTableSchema.of(Shipment_.SCHEMA));
    }

    private static Key key(String customerId, String shipmentId) {
        return Key.builder().partitionValue(customerId).sortValue(shipmentId).build();
    }

    private static <T> List<T> items(SdkIterable<Page<T>> pages) {
        return pages.stream().flatMap(page -> page.items().stream()).toList();
    }

    @Test
    void whatOneSideWritesTheOtherReadsEqual(ShipmentTable shipments) {
        for (Shipment shipment : all) {
            if (shipment.customerId().equals("c1")) {
                ec.putItem(shipment);
            } else {
                shipments.put(shipment);
            }
        }

        for (Shipment shipment : all) {
            assertThat(shipments.get(shipment.customerId(), shipment.shipmentId())).contains(shipment);
            assertThat(ec.getItem(key(shipment.customerId(), shipment.shipmentId()))).isEqualTo(shipment);
        }
        assertThat(ec.getItem(key("c1", "missing"))).isNull();
    }

    @Test
    void itemsWrittenByTheEnhancedClientAreStoredExactlyAsDynaqStoresThem(ShipmentTable shipments, DynamoDbClient client) {
        Shipment one = shipment("c1", 4, Status.IN_TRANSIT);
        ec.putItem(one);
        Map<String, AttributeValue> viaEc = client.getItem(b -> b.tableName(Shipment_.TABLE_NAME).key(shipments.key("c1", "s004").toMap())).item();
        shipments.put(one);
        Map<String, AttributeValue> viaDynaq = client.getItem(b -> b.tableName(Shipment_.TABLE_NAME).key(shipments.key("c1", "s004").toMap())).item();

        assertThat(viaEc).isEqualTo(viaDynaq);
        assertThat(viaEc.get("shippedAt").s()).isEqualTo("2026-01-01T00:00:06.000000000Z");
    }

    @Test
    @SuppressWarnings("deprecation") // ignoreNulls(true): what most Enhanced Client code still calls
    void updateWithAndWithoutIgnoringNulls(ShipmentTable shipments) {
        Shipment full = shipment("c1", 4, Status.IN_TRANSIT);
        shipments.put(full);
        Shipment partial = new Shipment("c1", "s004", Status.DELIVERED, full.shippedAt(), "dhl", full.weightKg(),
                null, null, null, null, null, 2);

        Shipment keeping = ec.updateItem(r -> r.item(partial).ignoreNulls(true));

        Shipment expectedKeeping = new Shipment("c1", "s004", Status.DELIVERED, full.shippedAt(), "dhl", full.weightKg(),
                full.items(), full.labels(), full.counts(), full.destination(), full.gift(), 2);
        assertThat(keeping).isEqualTo(expectedKeeping);
        assertThat(shipments.get("c1", "s004")).contains(expectedKeeping);

        assertThat(ec.updateItem(r -> r.item(partial).ignoreNullsMode(IgnoreNullsMode.SCALAR_ONLY))).isEqualTo(expectedKeeping);
        assertThat(ec.updateItem(r -> r.item(partial).ignoreNullsMode(IgnoreNullsMode.MAPS_ONLY))).isEqualTo(expectedKeeping);
        assertThat(shipments.get("c1", "s004")).contains(expectedKeeping);

        Shipment replacing = ec.updateItem(partial);

        // without ignoreNulls, the Enhanced Client removes every attribute the item has no value for
        Shipment expectedReplacing = new Shipment("c1", "s004", Status.DELIVERED, full.shippedAt(), "dhl", full.weightKg(),
                null, java.util.Set.of(), null, null, null, 2);
        assertThat(replacing).isEqualTo(expectedReplacing);
        assertThat(shipments.get("c1", "s004")).contains(expectedReplacing);
    }

    @Test
    void deleteThroughTheEnhancedClient(ShipmentTable shipments) {
        Shipment one = shipment("c1", 5, Status.PACKED);
        shipments.put(one);

        assertThat(ec.deleteItem(key("c1", "s005"))).isEqualTo(one);
        assertThat(shipments.get("c1", "s005")).isEmpty();
        assertThat(ec.deleteItem(key("c1", "s005"))).isNull();
    }

    @Test
    void tableQueriesReturnTheSameItemsInTheSameOrder(ShipmentTable shipments) {
        shipments.batchPut(all);
        AttributeValue s003 = AttributeValue.fromS("s003");

        assertThat(items(ec.query(QueryConditional.keyEqualTo(Key.builder().partitionValue("c1").build()))))
                .isEqualTo(shipments.queryByCustomerId("c1").list())
                .hasSize(8);
        assertThat(items(ec.query(QueryEnhancedRequest.builder()
                        .queryConditional(QueryConditional.sortGreaterThan(Key.builder().partitionValue("c1").sortValue(s003).build()))
                        .scanIndexForward(false).limit(2).build())))
                .isEqualTo(shipments.queryByCustomerId("c1").shipmentIdGt("s003").descending().list())
                .hasSize(5);
        assertThat(items(ec.query(QueryConditional.sortBeginsWith(key("c2", "s01")))))
                .isEqualTo(shipments.queryByCustomerId("c2").shipmentIdBeginsWith("s01").list())
                .hasSize(3);
    }

    @Test
    void globalIndexQueriesWithKeysBuiltFromTheMetamodel(ShipmentTable shipments) {
        shipments.batchPut(all);
        // Enhanced Client keys of non-string types take Dynaq's stored form: toKeyValue(...) gives it
        Key low = Key.builder().partitionValue(Shipment_.status.toKeyValue(Status.IN_TRANSIT))
                .sortValue(Shipment_.shippedAt.toKeyValue(T0.plusSeconds(3))).build();
        Key high = Key.builder().partitionValue(Shipment_.status.toKeyValue(Status.IN_TRANSIT))
                .sortValue(Shipment_.shippedAt.toKeyValue(T0.plusSeconds(15))).build();

        List<Shipment> viaEc = items(ec.index("by_status").query(QueryConditional.sortBetween(low, high)));

        assertThat(viaEc)
                .isEqualTo(shipments.queryByStatus(Status.IN_TRANSIT).shippedAtBetween(T0.plusSeconds(3), T0.plusSeconds(15)).list())
                .extracting(Shipment::shipmentId).containsExactly("s004", "s007", "s010");
        // a keys-only index: the same partial items (only the keys set) on both sides
        List<Shipment> keysOnly = items(ec.index("by_carrier").query(QueryConditional.keyEqualTo(Key.builder().partitionValue("ups").build())));
        assertThat(keysOnly).containsExactlyInAnyOrderElementsOf(shipments.queryByCarrier("ups").list()).hasSize(6);
        assertThat(keysOnly).allSatisfy(shipment -> assertThat(shipment.items()).isNull());
    }

    @Test
    void localIndexQueries(ShipmentTable shipments) {
        shipments.batchPut(all);

        List<Shipment> viaEc = items(ec.index("by_weight").query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortGreaterThanOrEqualTo(
                        Key.builder().partitionValue("c1").sortValue(new BigDecimal("0.5")).build()))
                .consistentRead(true).build()));

        assertThat(viaEc)
                .isEqualTo(shipments.queryByCustomerId("c1").byWeightKg().weightKgGe(new BigDecimal("0.5")).consistentRead().list())
                .extracting(Shipment::shipmentId).containsExactly("s005", "s006", "s007", "s008");
    }

    @Test
    void scansAndFilteredScans(ShipmentTable shipments) {
        shipments.batchPut(all);

        assertThat(ec.scan().items().stream().toList()).containsExactlyInAnyOrderElementsOf(shipments.scan().list()).hasSize(12);
        List<Shipment> heavy = ec.scan(r -> r.filterExpression(Expression.builder().expression("weightKg > :w")
                .putExpressionValue(":w", AttributeValue.fromN("1")).build())).items().stream().toList();
        assertThat(heavy).containsExactlyInAnyOrderElementsOf(shipments.scan().filter(Shipment_.weightKg.gt(BigDecimal.ONE)).list())
                .extracting(Shipment::shipmentId).containsExactlyInAnyOrder("s011", "s012");
    }

    @Test
    void batchWritesAndReads(ShipmentTable shipments) {
        shipments.batchPut(all.subList(0, 3));
        WriteBatch.Builder<Shipment> writes = WriteBatch.builder(Shipment.class).mappedTableResource(ec);
        all.subList(3, 12).forEach(writes::addPutItem);
        writes.addDeleteItem(key("c1", "s001"));

        enhanced.batchWriteItem(BatchWriteItemEnhancedRequest.builder().writeBatches(writes.build()).build());

        List<Shipment> expected = all.subList(1, 12);
        assertThat(shipments.batchGet(expected.stream().map(s -> shipments.key(s.customerId(), s.shipmentId())).toList()))
                .isEqualTo(expected);
        ReadBatch.Builder<Shipment> reads = ReadBatch.builder(Shipment.class).mappedTableResource(ec);
        Stream.concat(all.stream(), Stream.of(shipment("c9", 99, Status.PACKED)))
                .forEach(s -> reads.addGetItem(key(s.customerId(), s.shipmentId())));
        List<Shipment> read = enhanced.batchGetItem(r -> r.readBatches(reads.build())).resultsForTable(ec).stream().toList();
        assertThat(read).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void transactions(ShipmentTable shipments) {
        shipments.put(shipment("c1", 1, Status.PACKED));
        shipments.put(shipment("c1", 2, Status.PACKED));
        Shipment moved = shipment("c1", 2, Status.DELIVERED);

        enhanced.transactWriteItems(TransactWriteItemsEnhancedRequest.builder()
                .addPutItem(ec, shipment("c1", 3, Status.IN_TRANSIT))
                .addUpdateItem(ec, moved)
                .addDeleteItem(ec, key("c1", "s001"))
                .build());

        assertThat(shipments.get("c1", "s001")).isEmpty();
        assertThat(shipments.get("c1", "s002")).contains(moved);
        assertThat(shipments.get("c1", "s003")).contains(shipment("c1", 3, Status.IN_TRANSIT));

        Expression mustExist = Expression.builder().expression("attribute_exists(customerId)").build();
        assertThatThrownBy(() -> enhanced.transactWriteItems(TransactWriteItemsEnhancedRequest.builder()
                        .addPutItem(ec, shipment("c1", 4, Status.PACKED))
                        .addConditionCheck(ec, ConditionCheck.builder().key(key("c1", "s001")).conditionExpression(mustExist).build())
                        .build()))
                .isInstanceOf(TransactionCanceledException.class);
        assertThat(shipments.get("c1", "s004")).isEmpty();

        List<Shipment> read = enhanced.transactGetItems(TransactGetItemsEnhancedRequest.builder()
                        .addGetItem(ec, key("c1", "s002")).addGetItem(ec, key("c1", "s003")).build())
                .stream().map(document -> document.getItem(ec)).toList();
        assertThat(read).containsExactly(shipments.get("c1", "s002").orElseThrow(), shipments.get("c1", "s003").orElseThrow());
    }

    @Test
    void createTableThroughTheEnhancedClientNeedsTheLocalIndexesNamed(DynamoDbClient client, ShipmentTable shipments) {
        String name = "ec_shipments_created";
        DynamoDbLocal.shared().deleteTable(name);
        try {
            // left to itself, the Enhanced Client makes every index of the metadata a global one
            enhanced.table(name, DynaqTableSchema.of(Shipment_.SCHEMA)).createTable();
            TableDescription guessed = client.describeTable(b -> b.tableName(name)).table();
            assertThat(guessed.globalSecondaryIndexes()).extracting(GlobalSecondaryIndexDescription::indexName)
                    .containsExactlyInAnyOrder("by_status", "by_carrier", "by_weight");
            assertThat(guessed.localSecondaryIndexes()).isEmpty();
            DynamoDbLocal.shared().deleteTable(name);

            Projection all = Projection.builder().projectionType(ProjectionType.ALL).build();
            enhanced.table(name, DynaqTableSchema.of(Shipment_.SCHEMA)).createTable(CreateTableEnhancedRequest.builder()
                    .globalSecondaryIndices(EnhancedGlobalSecondaryIndex.builder().indexName("by_status").projection(all).build(),
                            EnhancedGlobalSecondaryIndex.builder().indexName("by_carrier")
                                    .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build())
                    .localSecondaryIndices(EnhancedLocalSecondaryIndex.create("by_weight", all))
                    .build());

            TableDescription created = client.describeTable(b -> b.tableName(name)).table();
            CreateTableRequest dynaqs = shipments.createTableRequest();
            assertThat(created.keySchema()).containsExactlyElementsOf(dynaqs.keySchema());
            assertThat(created.attributeDefinitions()).containsExactlyInAnyOrderElementsOf(dynaqs.attributeDefinitions());
            assertThat(created.globalSecondaryIndexes()).extracting(GlobalSecondaryIndexDescription::indexName)
                    .containsExactlyInAnyOrder("by_status", "by_carrier");
            assertThat(created.localSecondaryIndexes()).extracting(LocalSecondaryIndexDescription::indexName)
                    .containsExactly("by_weight");
        } finally {
            DynamoDbLocal.shared().deleteTable(name);
        }
    }

    @Test
    void theAsyncEnhancedClientWorksThroughTheSameSchema(ShipmentTable shipments, software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient asyncClient) {
        var async = software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedAsyncClient.builder().dynamoDbClient(asyncClient).build()
                .table(Shipment_.TABLE_NAME, DynaqTableSchema.of(Shipment_.SCHEMA));
        Shipment one = shipment("c2", 9, Status.DELIVERED);

        async.putItem(one).join();

        assertThat(shipments.get("c2", "s009")).contains(one);
        assertThat(async.getItem(key("c2", "s009")).join()).isEqualTo(one);
    }
}
