package dev.dynaq.it.infra;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.ItemSchema;
import dev.dynaq.it.model.Account_;
import dev.dynaq.it.model.BlogPost_;
import dev.dynaq.it.model.Employee_;
import dev.dynaq.it.model.Everything_;
import dev.dynaq.it.model.Invoice_;
import dev.dynaq.it.model.Order_;
import dev.dynaq.it.model.Product_;
import dev.dynaq.it.model.Session_;
import dev.dynaq.it.model.Ticket_;
import dev.dynaq.testing.DynamoDbLocal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * The CloudFormation files the build of these models wrote ({@code -Adynaq.infra=cloudformation} in this
 * module's pom) create, on DynamoDB Local, the same table as {@code createTable()}: each file's
 * {@code Properties} become a CreateTable request, and DynamoDB's description of that table is compared
 * with its description of the table the generated schema creates, and so is its time to live
 * (DescribeTimeToLive).
 */
class InfraOnDynamoDbLocalTest {
    static Stream<ItemSchema<?>> schemas() {
        return Stream.of(Account_.SCHEMA, BlogPost_.SCHEMA, Employee_.SCHEMA, Everything_.SCHEMA, Invoice_.SCHEMA,
                Order_.SCHEMA, Product_.SCHEMA, Session_.SCHEMA, Ticket_.SCHEMA);
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void theTemplateCreatesTheTableThatCreateTableCreates(ItemSchema<?> schema) throws IOException {
        DynamoDbClient client = DynamoDbLocal.shared().client();
        JsonNode template = JsonNode.parser().parse(resource("META-INF/dynaq/infra/" + schema.tableName() + ".cfn.json"));
        Map<String, JsonNode> resources = template.field("Resources").orElseThrow().asObject();
        assertThat(resources).hasSize(1);
        JsonNode properties = resources.values().iterator().next().field("Properties").orElseThrow();
        assertThat(properties.field("TableName").orElseThrow().asString()).isEqualTo(schema.tableName());

        String fromTemplate = "infra_cfn_" + schema.tableName();
        String fromSchema = "infra_schema_" + schema.tableName();
        client.createTable(request(properties, fromTemplate));
        // CloudFormation enables the TimeToLiveSpecification with the table; the SDK takes a separate request
        properties.field("TimeToLiveSpecification").ifPresent(ttl -> client.updateTimeToLive(r -> r.tableName(fromTemplate)
                .timeToLiveSpecification(s -> s.attributeName(ttl.field("AttributeName").orElseThrow().asString())
                        .enabled(ttl.field("Enabled").orElseThrow().asBoolean()))));
        DynamoDbLocal.shared().createTable(schema, fromSchema);
        try {
            TableDescription created = client.describeTable(r -> r.tableName(fromTemplate)).table();
            TableDescription expected = client.describeTable(r -> r.tableName(fromSchema)).table();
            assertThat(shape(created)).isEqualTo(shape(expected));
            assertThat(shape(created).get("keys")).isNotEqualTo("[]");
            TimeToLiveDescription createdTtl = client.describeTimeToLive(r -> r.tableName(fromTemplate)).timeToLiveDescription();
            TimeToLiveDescription expectedTtl = client.describeTimeToLive(r -> r.tableName(fromSchema)).timeToLiveDescription();
            assertThat(createdTtl).isEqualTo(expectedTtl);
            assertThat(createdTtl.attributeName()).isEqualTo(schema.lifecycle().timeToLive().map(a -> a.name()).orElse(null));
            assertThat(createdTtl.timeToLiveStatus()).isEqualTo(schema.lifecycle().timeToLive().isPresent()
                    ? TimeToLiveStatus.ENABLED : TimeToLiveStatus.DISABLED);
        } finally {
            client.deleteTable(r -> r.tableName(fromTemplate));
            client.deleteTable(r -> r.tableName(fromSchema));
        }
    }

    /** @return the CreateTable request of a template's Properties, under another name */
    private static CreateTableRequest request(JsonNode properties, String tableName) {
        CreateTableRequest.Builder request = CreateTableRequest.builder().tableName(tableName)
                .billingMode(properties.field("BillingMode").orElseThrow().asString())
                .keySchema(keys(properties.field("KeySchema").orElseThrow()));
        List<AttributeDefinition> definitions = new ArrayList<>();
        for (JsonNode definition : properties.field("AttributeDefinitions").orElseThrow().asArray()) {
            definitions.add(AttributeDefinition.builder()
                    .attributeName(definition.field("AttributeName").orElseThrow().asString())
                    .attributeType(definition.field("AttributeType").orElseThrow().asString())
                    .build());
        }
        request.attributeDefinitions(definitions);
        properties.field("GlobalSecondaryIndexes").ifPresent(indexes -> request.globalSecondaryIndexes(
                indexes.asArray().stream().map(index -> GlobalSecondaryIndex.builder()
                        .indexName(index.field("IndexName").orElseThrow().asString())
                        .keySchema(keys(index.field("KeySchema").orElseThrow()))
                        .projection(projection(index.field("Projection").orElseThrow()))
                        .build()).toList()));
        properties.field("LocalSecondaryIndexes").ifPresent(indexes -> request.localSecondaryIndexes(
                indexes.asArray().stream().map(index -> LocalSecondaryIndex.builder()
                        .indexName(index.field("IndexName").orElseThrow().asString())
                        .keySchema(keys(index.field("KeySchema").orElseThrow()))
                        .projection(projection(index.field("Projection").orElseThrow()))
                        .build()).toList()));
        return request.build();
    }

    private static List<KeySchemaElement> keys(JsonNode keySchema) {
        return keySchema.asArray().stream().map(key -> KeySchemaElement.builder()
                .attributeName(key.field("AttributeName").orElseThrow().asString())
                .keyType(key.field("KeyType").orElseThrow().asString())
                .build()).toList();
    }

    private static Projection projection(JsonNode projection) {
        Projection.Builder out = Projection.builder().projectionType(projection.field("ProjectionType").orElseThrow().asString());
        projection.field("NonKeyAttributes").ifPresent(attributes ->
                out.nonKeyAttributes(attributes.asArray().stream().map(JsonNode::asString).toList()));
        return out.build();
    }

    /** @return what DynamoDB says of a table, without its name, times, sizes and ARNs */
    private static Map<String, String> shape(TableDescription table) {
        Map<String, String> shape = new TreeMap<>();
        shape.put("keys", table.keySchema().toString());
        shape.put("attributes", new TreeSet<>(table.attributeDefinitions().stream().map(Object::toString).toList()).toString());
        shape.put("billing", table.billingModeSummary() == null ? "PROVISIONED" : table.billingModeSummary().billingModeAsString());
        for (GlobalSecondaryIndexDescription index : table.globalSecondaryIndexes()) {
            shape.put("global " + index.indexName(), index.keySchema() + " " + index.projection());
        }
        for (LocalSecondaryIndexDescription index : table.localSecondaryIndexes()) {
            shape.put("local " + index.indexName(), index.keySchema() + " " + index.projection());
        }
        return shape;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = InfraOnDynamoDbLocalTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
