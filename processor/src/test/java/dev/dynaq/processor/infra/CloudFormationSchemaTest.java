package dev.dynaq.processor.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CloudFormation files validate against the published resource schema of {@code AWS::DynamoDB::Table}
 * (test resource {@code infra/aws-dynamodb-table.schema.json}, the registry schema as cfn-lint 1.51.0 ships
 * it), and their required fields are also checked one by one.
 */
class CloudFormationSchemaTest {
    static final Schema SCHEMA = schema();

    @Test
    void everyTemplateIsOneTableResourceWhosePropertiesMatchTheSchema() {
        for (String path : cloudFormationFiles()) {
            JsonNode template = InfraSupport.json(InfraSupport.required(InfraFilesTest.ALL, path));
            assertThat(template.path("AWSTemplateFormatVersion").asString()).as(path).isEqualTo("2010-09-09");
            assertThat(template.path("Resources").size()).as(path).isEqualTo(1);
            JsonNode resource = template.path("Resources").values().iterator().next();
            assertThat(resource.path("Type").asString()).as(path).isEqualTo("AWS::DynamoDB::Table");

            assertThat(SCHEMA.validate(resource.path("Properties"))).as(path).isEmpty();
        }
    }

    @Test
    void everyRequiredFieldIsPresent() {
        for (String path : cloudFormationFiles()) {
            JsonNode properties = InfraFilesTest.cloudFormationProperties(InfraFilesTest.ALL,
                    path.replaceAll(".*/|\\.cfn\\.json", ""));
            assertThat(properties.path("KeySchema").size()).as(path).isBetween(1, 2);
            assertThat(properties.path("KeySchema").get(0).path("KeyType").asString()).isEqualTo("HASH");
            assertThat(properties.path("AttributeDefinitions").size()).as(path).isPositive();
            for (JsonNode definition : properties.path("AttributeDefinitions")) {
                assertThat(definition.path("AttributeName").asString()).isNotEmpty();
                assertThat(definition.path("AttributeType").asString()).isIn("S", "N", "B");
            }
            List<JsonNode> indexes = new ArrayList<>();
            properties.path("GlobalSecondaryIndexes").forEach(indexes::add);
            properties.path("LocalSecondaryIndexes").forEach(indexes::add);
            for (JsonNode index : indexes) {
                assertThat(index.path("IndexName").asString()).as(path).isNotEmpty();
                assertThat(index.path("KeySchema").size()).as(path).isBetween(1, 2);
                assertThat(index.path("Projection").path("ProjectionType").asString()).isIn("ALL", "KEYS_ONLY", "INCLUDE");
            }
            if (properties.has("LocalSecondaryIndexes")) {
                assertThat(properties.path("KeySchema").size()).as("a local index needs the table's sort key").isEqualTo(2);
            }
        }
    }

    @Test
    void theSchemaRefusesATableWithoutKeySchemaOrWithAnUnknownProperty() {
        JsonNode properties = InfraFilesTest.cloudFormationProperties(InfraFilesTest.ALL, "orders");
        ObjectNode withoutKeys = (ObjectNode) properties.deepCopy();
        withoutKeys.remove("KeySchema");
        ObjectNode misspelt = (ObjectNode) properties.deepCopy();
        misspelt.put("BillingMod", "PAY_PER_REQUEST");
        ObjectNode badIndex = (ObjectNode) properties.deepCopy();
        ((ObjectNode) badIndex.path("GlobalSecondaryIndexes").get(0)).remove("Projection");

        assertThat(messages(SCHEMA.validate(withoutKeys))).anyMatch(message -> message.contains("KeySchema"));
        assertThat(messages(SCHEMA.validate(misspelt))).anyMatch(message -> message.contains("BillingMod"));
        assertThat(messages(SCHEMA.validate(badIndex))).anyMatch(message -> message.contains("Projection"));
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(Error::toString).toList();
    }

    private static List<String> cloudFormationFiles() {
        List<String> files = InfraSupport.writtenResources(InfraFilesTest.ALL).stream()
                .filter(path -> path.endsWith(".cfn.json"))
                .toList();
        assertThat(files).hasSize(3);
        return files;
    }

    private static Schema schema() {
        try (InputStream in = CloudFormationSchemaTest.class.getResourceAsStream("/infra/aws-dynamodb-table.schema.json")) {
            JsonNode schema = InfraSupport.MAPPER.readTree(in);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
