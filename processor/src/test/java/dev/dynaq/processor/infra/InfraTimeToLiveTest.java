package dev.dynaq.processor.infra;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import tools.jackson.databind.JsonNode;

/**
 * The time to live in the infrastructure files: CloudFormation's {@code TimeToLiveSpecification} and
 * Terraform's {@code ttl} block say what the generated table's {@code timeToLiveSpecification()} says,
 * which is what {@code createTable()} enables; tables without a {@code @TimeToLive} have neither.
 */
class InfraTimeToLiveTest {
    private static final JavaFileObject SESSION = InfraSupport.source("Session", """
            @DynamoTable(name = "sessions")
            public record Session(
                    @PartitionKey String id,
                    @TimeToLive @Attribute("expires_at") Instant expiresAt,
                    String user) {
            }
            """);
    private static final JavaFileObject JOB = InfraSupport.source("Job", """
            @DynamoTable(name = "jobs")
            public record Job(@PartitionKey String id, @SortKey long run, @TimeToLive Long purgeAt) {
            }
            """);
    private static final JavaFileObject NOTE = InfraSupport.source("Note", """
            @DynamoTable(name = "notes")
            public record Note(@PartitionKey String id, Instant at) {
            }
            """);
    private static final Compilation COMPILATION = InfraSupport.compile(InfraSupport.ALL_OUTPUTS, SESSION, JOB, NOTE);

    /** @return an entity of table shared_ttl with the component {@code last} after its keys */
    private static JavaFileObject sharing(String simpleName, String last) {
        return InfraSupport.source(simpleName, """
                @DynamoTable(name = "shared_ttl")
                public record %s(@PartitionKey String pk, @SortKey String sk, %s) {
                }
                """.formatted(simpleName, last));
    }

    /** @return what the generated table's static {@code timeToLiveSpecification()} returns, if it has one */
    private static Optional<TimeToLiveSpecification> generated(Compilation compilation, String tableClass) throws Exception {
        Class<?> type = new InfraSupport.CompiledClasses(compilation).loadClass(tableClass);
        for (Method method : type.getMethods()) {
            if (method.getName().equals("timeToLiveSpecification") && method.getParameterCount() == 0) {
                return Optional.of((TimeToLiveSpecification) method.invoke(null));
            }
        }
        return Optional.empty();
    }

    private static JsonNode cloudFormation(Compilation compilation, String table) {
        JsonNode resources = InfraSupport.json(InfraSupport.required(compilation, "META-INF/dynaq/infra/" + table + ".cfn.json"))
                .path("Resources");
        return resources.values().iterator().next().path("Properties");
    }

    private static JsonNode terraform(Compilation compilation, String table) {
        JsonNode tables = InfraSupport.json(InfraSupport.required(compilation, "META-INF/dynaq/infra/" + table + ".tf.json"))
                .path("resource").path("aws_dynamodb_table");
        return tables.values().iterator().next();
    }

    @ParameterizedTest
    @CsvSource({"sessions, com.acme.SessionTable, expires_at", "jobs, com.acme.JobTable, purgeAt"})
    void bothFilesEnableTheTimeToLiveThatTheGeneratedTableEnables(String table, String tableClass, String attribute)
            throws Exception {
        assertThat(COMPILATION).succeededWithoutWarnings();
        TimeToLiveSpecification expected = generated(COMPILATION, tableClass).orElseThrow();
        assertThat(expected.attributeName()).isEqualTo(attribute);
        assertThat(expected.enabled()).isTrue();

        JsonNode cfn = cloudFormation(COMPILATION, table).path("TimeToLiveSpecification");
        assertThat(cfn.path("AttributeName").asString()).isEqualTo(expected.attributeName());
        assertThat(cfn.path("Enabled").asBoolean()).isEqualTo(expected.enabled());
        assertThat(cfn.propertyNames()).containsExactlyInAnyOrder("AttributeName", "Enabled");

        JsonNode ttl = terraform(COMPILATION, table).path("ttl");
        assertThat(ttl.path("attribute_name").asString()).isEqualTo(expected.attributeName());
        assertThat(ttl.path("enabled").asBoolean()).isEqualTo(expected.enabled());
        assertThat(ttl.propertyNames()).containsExactlyInAnyOrder("attribute_name", "enabled");
    }

    @Test
    void aTableWithoutTimeToLiveHasNoneInEitherFile() throws Exception {
        assertThat(generated(COMPILATION, "com.acme.NoteTable")).isEmpty();
        assertThat(cloudFormation(COMPILATION, "notes").has("TimeToLiveSpecification")).isFalse();
        assertThat(terraform(COMPILATION, "notes").has("ttl")).isFalse();
    }

    @Test
    void entitiesOfOneTableWithTheSameTimeToLiveOrOnlyOneAreOneResourceWithIt() {
        JavaFileObject a = sharing("Visit", "@TimeToLive Instant expiresAt");
        JavaFileObject b = sharing("Click", "@TimeToLive long expiresAt");
        JavaFileObject c = sharing("Page", "String title");
        Compilation compilation = InfraSupport.compile(InfraSupport.ALL_OUTPUTS, a, b, c);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(cloudFormation(compilation, "shared_ttl").path("TimeToLiveSpecification").path("AttributeName").asString())
                .isEqualTo("expiresAt");
        assertThat(terraform(compilation, "shared_ttl").path("ttl").path("attribute_name").asString()).isEqualTo("expiresAt");
    }

    @Test
    void entitiesOfOneTableWithDifferentTimeToLiveAttributesAreAnError() {
        JavaFileObject visit = sharing("Visit", "@TimeToLive Instant expiresAt");
        JavaFileObject click = sharing("Click", "@TimeToLive long purgeAt");
        Compilation compilation = InfraSupport.compile(List.of("-Adynaq.infra=cloudformation"), visit, click);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[DYNAQ-INFRA-TABLE-CONFLICT] com.acme.Visit and com.acme.Click are both"
                + " stored in table 'shared_ttl', but their @TimeToLive attributes differ ('purgeAt' and 'expiresAt';"
                + " DynamoDB reads one per table); the entities of one table share its key schema, its time to live")
                .inFile(visit).onLine(9);
    }
}
