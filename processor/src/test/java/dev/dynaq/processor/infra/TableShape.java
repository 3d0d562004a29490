package dev.dynaq.processor.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import tools.jackson.databind.JsonNode;

/**
 * A table definition in one comparable form, read from a {@link CreateTableRequest}, a CloudFormation
 * {@code AWS::DynamoDB::Table} or a Terraform {@code aws_dynamodb_table}: what DynamoDB makes of it.
 * Attribute definitions are a set (their order means nothing), key schemas lists (HASH first).
 *
 * @param name the table name
 * @param billingMode PAY_PER_REQUEST or PROVISIONED
 * @param attributes {@code name:type} of each attribute definition
 * @param keySchema {@code name:HASH}, {@code name:RANGE}
 * @param globalIndexes by name
 * @param localIndexes by name
 */
record TableShape(String name, String billingMode, Set<String> attributes, List<String> keySchema,
        Map<String, Index> globalIndexes, Map<String, Index> localIndexes) {

    /**
     * @param keySchema {@code name:HASH}, {@code name:RANGE}
     * @param projectionType ALL, KEYS_ONLY or INCLUDE
     * @param nonKeyAttributes with INCLUDE, the projected attributes
     */
    record Index(List<String> keySchema, String projectionType, List<String> nonKeyAttributes) {
    }

    static TableShape of(CreateTableRequest request) {
        Set<String> attributes = new TreeSet<>();
        for (AttributeDefinition definition : request.attributeDefinitions()) {
            attributes.add(definition.attributeName() + ":" + definition.attributeTypeAsString());
        }
        Map<String, Index> globals = new TreeMap<>();
        for (GlobalSecondaryIndex index : request.globalSecondaryIndexes()) {
            globals.put(index.indexName(), index(index.keySchema(), index.projection()));
        }
        Map<String, Index> locals = new TreeMap<>();
        for (LocalSecondaryIndex index : request.localSecondaryIndexes()) {
            locals.put(index.indexName(), index(index.keySchema(), index.projection()));
        }
        return new TableShape(request.tableName(), request.billingModeAsString(), attributes, keys(request.keySchema()),
                globals, locals);
    }

    /** @param properties the {@code Properties} of an {@code AWS::DynamoDB::Table} */
    static TableShape ofCloudFormation(JsonNode properties) {
        Set<String> attributes = new TreeSet<>();
        for (JsonNode definition : properties.path("AttributeDefinitions")) {
            attributes.add(definition.path("AttributeName").asString() + ":" + definition.path("AttributeType").asString());
        }
        return new TableShape(properties.path("TableName").asString(), properties.path("BillingMode").asString(),
                attributes, cloudFormationKeys(properties.path("KeySchema")),
                cloudFormationIndexes(properties.path("GlobalSecondaryIndexes")),
                cloudFormationIndexes(properties.path("LocalSecondaryIndexes")));
    }

    /** @param table the body of an {@code aws_dynamodb_table} resource */
    static TableShape ofTerraform(JsonNode table) {
        Set<String> attributes = new TreeSet<>();
        for (JsonNode attribute : table.path("attribute")) {
            attributes.add(attribute.path("name").asString() + ":" + attribute.path("type").asString());
        }
        List<String> keys = new ArrayList<>(List.of(table.path("hash_key").asString() + ":HASH"));
        if (table.has("range_key")) {
            keys.add(table.path("range_key").asString() + ":RANGE");
        }
        Map<String, Index> globals = new TreeMap<>();
        for (JsonNode index : table.path("global_secondary_index")) {
            List<String> indexKeys = new ArrayList<>(List.of(index.path("hash_key").asString() + ":HASH"));
            if (index.has("range_key")) {
                indexKeys.add(index.path("range_key").asString() + ":RANGE");
            }
            globals.put(index.path("name").asString(), terraformIndex(indexKeys, index));
        }
        Map<String, Index> locals = new TreeMap<>();
        for (JsonNode index : table.path("local_secondary_index")) {
            // a local index has the table's partition key: Terraform writes only its range key
            List<String> indexKeys = List.of(keys.get(0), index.path("range_key").asString() + ":RANGE");
            locals.put(index.path("name").asString(), terraformIndex(indexKeys, index));
        }
        return new TableShape(table.path("name").asString(), table.path("billing_mode").asString(), attributes, keys,
                globals, locals);
    }

    private static Index index(List<KeySchemaElement> keySchema, Projection projection) {
        return new Index(keys(keySchema), projection.projectionTypeAsString(), List.copyOf(projection.nonKeyAttributes()));
    }

    private static List<String> keys(List<KeySchemaElement> keySchema) {
        List<String> keys = new ArrayList<>();
        for (KeySchemaElement element : keySchema) {
            keys.add(element.attributeName() + ":" + element.keyTypeAsString());
        }
        return keys;
    }

    private static List<String> cloudFormationKeys(JsonNode keySchema) {
        List<String> keys = new ArrayList<>();
        for (JsonNode element : keySchema) {
            keys.add(element.path("AttributeName").asString() + ":" + element.path("KeyType").asString());
        }
        return keys;
    }

    private static Map<String, Index> cloudFormationIndexes(JsonNode indexes) {
        Map<String, Index> out = new TreeMap<>();
        for (JsonNode index : indexes) {
            JsonNode projection = index.path("Projection");
            out.put(index.path("IndexName").asString(), new Index(cloudFormationKeys(index.path("KeySchema")),
                    projection.path("ProjectionType").asString(), strings(projection.path("NonKeyAttributes"))));
        }
        return out;
    }

    private static Index terraformIndex(List<String> keys, JsonNode index) {
        return new Index(keys, index.path("projection_type").asString(), strings(index.path("non_key_attributes")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode element : array) {
            out.add(element.asString());
        }
        return out;
    }
}
