package dev.dynaq.processor.infra;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import tools.jackson.databind.JsonNode;

/**
 * {@code -Adynaq.infra=cloudformation,terraform} writes one CloudFormation and one Terraform file per table,
 * each describing exactly the table {@code createTable()} creates.
 */
class InfraFilesTest {
    /** Binary and number keys, a keys-only global index without sort key, a local index with INCLUDE. */
    static final String EVENT = """
            @DynamoTable(name = "events")
            public record Event(
                    @PartitionKey String stream,
                    @SortKey byte[] sequence,
                    @GsiPartitionKey(index = "by_kind", projection = IndexProjection.KEYS_ONLY) String kind,
                    @GsiPartitionKey(index = "by_score") @GsiSortKey(index = "by_kind") long score,
                    @LsiSortKey(index = "by_time", projection = IndexProjection.INCLUDE, include = {"payload", "kind"})
                    Instant at,
                    String payload) {
            }
            """;

    /** The compilation of {@link #models()} with every output on, shared by the tests that only read it. */
    static final Compilation ALL = InfraSupport.compile(InfraSupport.ALL_OUTPUTS, models());

    static JavaFileObject[] models() {
        return new JavaFileObject[] {InfraSupport.fixture("Order"), InfraSupport.fixture("OrderStatus"),
            InfraSupport.fixture("Account"), InfraSupport.fixture("Address"), InfraSupport.source("Event", EVENT)};
    }

    @ParameterizedTest
    @CsvSource({"orders, com.acme.OrderTable", "accounts, com.acme.AccountTable", "events, com.acme.EventTable"})
    void eachFileDescribesTheTableThatCreateTableCreates(String table, String tableClass) {
        Compilation compilation = ALL;
        assertThat(compilation).succeededWithoutWarnings();
        TableShape expected = TableShape.of(InfraSupport.createTableRequest(compilation, tableClass));

        JsonNode template = InfraSupport.json(InfraSupport.required(compilation, "META-INF/dynaq/infra/" + table + ".cfn.json"));
        JsonNode resources = template.path("Resources");
        assertThat(resources.propertyNames()).hasSize(1);
        JsonNode resource = resources.values().iterator().next();
        assertThat(resource.path("Type").asString()).isEqualTo("AWS::DynamoDB::Table");
        assertThat(TableShape.ofCloudFormation(resource.path("Properties"))).isEqualTo(expected);

        JsonNode terraform = InfraSupport.json(InfraSupport.required(compilation, "META-INF/dynaq/infra/" + table + ".tf.json"));
        JsonNode tables = terraform.path("resource").path("aws_dynamodb_table");
        assertThat(tables.propertyNames()).hasSize(1);
        assertThat(TableShape.ofTerraform(tables.values().iterator().next())).isEqualTo(expected);
    }

    @Test
    void theComparisonSeesEveryPartOfTheTable() {
        Compilation compilation = ALL;
        TableShape events = TableShape.of(InfraSupport.createTableRequest(compilation, "com.acme.EventTable"));

        assertThat(events.attributes()).containsExactly("at:S", "kind:S", "score:N", "sequence:B", "stream:S");
        assertThat(events.keySchema()).containsExactly("stream:HASH", "sequence:RANGE");
        assertThat(events.billingMode()).isEqualTo("PAY_PER_REQUEST");
        assertThat(events.globalIndexes()).containsOnlyKeys("by_kind", "by_score");
        assertThat(events.globalIndexes().get("by_kind"))
                .isEqualTo(new TableShape.Index(List.of("kind:HASH", "score:RANGE"), "KEYS_ONLY", List.of()));
        assertThat(events.globalIndexes().get("by_score"))
                .isEqualTo(new TableShape.Index(List.of("score:HASH"), "ALL", List.of()));
        assertThat(events.localIndexes().get("by_time"))
                .isEqualTo(new TableShape.Index(List.of("stream:HASH", "at:RANGE"), "INCLUDE", List.of("payload", "kind")));
    }

    @Test
    void onlyKeyAttributesAreDefined() {
        Compilation compilation = ALL;
        JsonNode properties = cloudFormationProperties(compilation, "orders");

        List<String> defined = new ArrayList<>();
        properties.path("AttributeDefinitions").forEach(definition -> defined.add(definition.path("AttributeName").asString()));
        assertThat(defined).containsExactly("customerId", "orderId", "status", "createdAt");
        JsonNode terraform = terraformTable(compilation, "orders");
        List<String> attributes = new ArrayList<>();
        terraform.path("attribute").forEach(attribute -> attributes.add(attribute.path("name").asString()));
        assertThat(attributes).isEqualTo(defined);
    }

    @Test
    void entitiesOfOneTableAreOneResourceWithTheUnionOfTheirIndexes() {
        JavaFileObject item = InfraSupport.source("Item", """
                @DynamoTable(name = "shared_items")
                public record Item(@PartitionKey String pk, @SortKey String sk,
                        @GsiPartitionKey(index = "by_owner") String owner) {
                }
                """);
        JavaFileObject note = InfraSupport.source("Note", """
                @DynamoTable(name = "shared_items")
                public record Note(@PartitionKey String pk, @SortKey String sk,
                        @GsiPartitionKey(index = "by_owner") String owner,
                        @GsiPartitionKey(index = "by_topic", projection = IndexProjection.KEYS_ONLY) String topic) {
                }
                """);
        Compilation compilation = InfraSupport.compile(InfraSupport.ALL_OUTPUTS, note, item);
        assertThat(compilation).succeededWithoutWarnings();

        assertThat(InfraSupport.writtenResources(compilation)).containsExactly("META-INF/dynaq/access-patterns.json",
                "META-INF/dynaq/access-patterns.md", "META-INF/dynaq/infra/shared_items.cfn.json",
                "META-INF/dynaq/infra/shared_items.tf.json");
        CreateTableRequest ofItem = InfraSupport.createTableRequest(compilation, "com.acme.ItemTable");
        CreateTableRequest ofNote = InfraSupport.createTableRequest(compilation, "com.acme.NoteTable");
        TableShape union = union(TableShape.of(ofItem), TableShape.of(ofNote));
        assertThat(TableShape.ofCloudFormation(cloudFormationProperties(compilation, "shared_items"))).isEqualTo(union);
        assertThat(TableShape.ofTerraform(terraformTable(compilation, "shared_items"))).isEqualTo(union);
        assertThat(union.globalIndexes()).containsOnlyKeys("by_owner", "by_topic");
        String template = InfraSupport.required(compilation, "META-INF/dynaq/infra/shared_items.cfn.json");
        assertThat(template).contains("DynamoDB table shared_items of com.acme.Item, com.acme.Note,");
    }

    @Test
    void entitiesThatDisagreeOnTheKeysOfTheirTableAreAnError() {
        JavaFileObject item = InfraSupport.source("Item", """
                @DynamoTable(name = "shared_items")
                public record Item(@PartitionKey String pk, @SortKey String sk) {
                }
                """);
        JavaFileObject note = InfraSupport.source("Note", """
                @DynamoTable(name = "shared_items")
                public record Note(@PartitionKey String pk, @SortKey long sk) {
                }
                """);
        Compilation compilation = InfraSupport.compile(List.of("-Adynaq.infra=cloudformation"), item, note);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[DYNAQ-INFRA-TABLE-CONFLICT] com.acme.Note and com.acme.Item are both"
                + " stored in table 'shared_items', but key attribute 'sk' has type S in one and N in the other")
                .inFile(note).onLine(9);
    }

    @Test
    void entitiesThatDeclareOneIndexDifferentlyAreAnError() {
        JavaFileObject item = InfraSupport.source("Item", """
                @DynamoTable(name = "shared_items")
                public record Item(@PartitionKey String pk, @GsiPartitionKey(index = "by_owner") String owner) {
                }
                """);
        JavaFileObject note = InfraSupport.source("Note", """
                @DynamoTable(name = "shared_items")
                public record Note(@PartitionKey String pk,
                        @GsiPartitionKey(index = "by_owner", projection = IndexProjection.KEYS_ONLY) String owner) {
                }
                """);
        Compilation compilation = InfraSupport.compile(List.of("-Adynaq.infra=terraform"), item, note);

        assertThat(compilation).hadErrorContaining("index 'by_owner' differs (global owner, ALL and global owner,"
                + " KEYS_ONLY)").inFile(note).onLine(9);
    }

    @Test
    void theStreamOptionAddsTheStreamToBothFiles() {
        List<String> options = List.of("-Adynaq.infra=cloudformation,terraform", "-Adynaq.infra.stream=NEW_AND_OLD_IMAGES");
        Compilation compilation = InfraSupport.compile(options, InfraSupport.fixture("Order"), InfraSupport.fixture("OrderStatus"));
        assertThat(compilation).succeededWithoutWarnings();

        assertThat(cloudFormationProperties(compilation, "orders").path("StreamSpecification").toString())
                .isEqualTo("{\"StreamViewType\":\"NEW_AND_OLD_IMAGES\"}");
        JsonNode terraform = terraformTable(compilation, "orders");
        assertThat(terraform.path("stream_enabled").asBoolean()).isTrue();
        assertThat(terraform.path("stream_view_type").asString()).isEqualTo("NEW_AND_OLD_IMAGES");
    }

    @Test
    void withoutTheStreamOptionNoTableHasAStream() {
        Compilation compilation = ALL;

        assertThat(cloudFormationProperties(compilation, "orders").has("StreamSpecification")).isFalse();
        assertThat(terraformTable(compilation, "orders").has("stream_enabled")).isFalse();
    }

    @Test
    void nothingIsWrittenByDefaultAndEachFormatOnlyWhenAskedFor() {
        Compilation byDefault = InfraSupport.compile(List.of(), models());
        Compilation cloudFormation = InfraSupport.compile(List.of("-Adynaq.infra=cloudformation"), models());
        Compilation terraform = InfraSupport.compile(List.of("-Adynaq.infra= terraform "), models());

        assertThat(byDefault).succeededWithoutWarnings();
        assertThat(InfraSupport.writtenResources(byDefault)).isEmpty();
        assertThat(InfraSupport.writtenResources(cloudFormation)).containsExactly("META-INF/dynaq/infra/accounts.cfn.json",
                "META-INF/dynaq/infra/events.cfn.json", "META-INF/dynaq/infra/orders.cfn.json");
        assertThat(InfraSupport.writtenResources(terraform)).containsExactly("META-INF/dynaq/infra/accounts.tf.json",
                "META-INF/dynaq/infra/events.tf.json", "META-INF/dynaq/infra/orders.tf.json");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "dynaq.infra; cloudformation,pulumi; cloudformation, terraform, or both: cloudformation,terraform",
        "dynaq.infra; CloudFormation; cloudformation, terraform, or both: cloudformation,terraform",
        "dynaq.infra.stream; NEW; KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES",
        "dynaq.report; yes; true, false (the default)",
        "dynaq.strict; 1; true, false (the default)"})
    void anInvalidOptionValueIsAnErrorThatNamesTheValidOnes(String option, String value, String valid) {
        Compilation compilation = InfraSupport.compile(List.of("-A" + option + "=" + value), models());

        assertThat(compilation).failed();
        assertThat(compilation.errors()).extracting(error -> error.getMessage(Locale.ROOT))
                .containsExactly("[DYNAQ-OPTION-VALUE] Processor option -A" + option + "=" + value
                        + " is not valid; use one of " + valid);
    }

    @Test
    void theOutputIsTheSameWhateverTheOrderOfTheSources() {
        JavaFileObject[] models = models();
        JavaFileObject[] reversed = new JavaFileObject[models.length];
        for (int i = 0; i < models.length; i++) {
            reversed[i] = models[models.length - 1 - i];
        }
        Compilation first = ALL;
        Compilation second = InfraSupport.compile(InfraSupport.ALL_OUTPUTS, reversed);

        Map<String, String> written = contents(first);
        assertThat(written).hasSize(8).isEqualTo(contents(second));
    }

    private static Map<String, String> contents(Compilation compilation) {
        Map<String, String> contents = new TreeMap<>();
        for (String path : InfraSupport.writtenResources(compilation)) {
            contents.put(path, InfraSupport.required(compilation, path));
        }
        return contents;
    }

    static JsonNode cloudFormationProperties(Compilation compilation, String table) {
        JsonNode template = InfraSupport.json(InfraSupport.required(compilation, "META-INF/dynaq/infra/" + table + ".cfn.json"));
        return template.path("Resources").values().iterator().next().path("Properties");
    }

    static JsonNode terraformTable(Compilation compilation, String table) {
        JsonNode file = InfraSupport.json(InfraSupport.required(compilation, "META-INF/dynaq/infra/" + table + ".tf.json"));
        return file.path("resource").path("aws_dynamodb_table").values().iterator().next();
    }

    private static TableShape union(TableShape a, TableShape b) {
        assertThat(a.name()).isEqualTo(b.name());
        assertThat(a.keySchema()).isEqualTo(b.keySchema());
        java.util.Set<String> attributes = new java.util.TreeSet<>(a.attributes());
        attributes.addAll(b.attributes());
        Map<String, TableShape.Index> globals = new TreeMap<>(a.globalIndexes());
        globals.putAll(b.globalIndexes());
        Map<String, TableShape.Index> locals = new TreeMap<>(a.localIndexes());
        locals.putAll(b.localIndexes());
        return new TableShape(a.name(), a.billingMode(), attributes, a.keySchema(), globals, locals);
    }
}
