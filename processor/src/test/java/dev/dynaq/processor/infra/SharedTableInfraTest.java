package dev.dynaq.processor.infra;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A shared table ({@code @SingleTable}) is one resource: its generic string keys and every global index it
 * declares, whatever the number of {@code @DynamoEntity} types stored in it; the report lists each entity's
 * key templates.
 */
class SharedTableInfraTest {
    private static final JavaFileObject SHOP = InfraSupport.source("Shop", """
            @SingleTable(name = "shop", globalIndexes = {@GlobalIndex(name = "gsi1"), @GlobalIndex(name = "gsi2")})
            public interface Shop {}
            """);
    private static final JavaFileObject CUSTOMER = InfraSupport.source("Customer", """
            @DynamoEntity(table = Shop.class, type = "Customer")
            @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE")
            @IndexTemplate(index = "gsi1", partition = "EMAIL#{email}", sort = "CUSTOMER")
            public record Customer(String customerId, String name, String email) {}
            """);
    private static final JavaFileObject PURCHASE = InfraSupport.source("Purchase", """
            @DynamoEntity(table = Shop.class, type = "Purchase")
            @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PURCHASE#{createdAt}#{purchaseId}")
            public record Purchase(String customerId, String purchaseId, Instant createdAt, BigDecimal total,
                    List<String> items) {}
            """);

    @Test
    void theSharedTableIsOneResourceWithItsDeclaredKeysAndIndexes() {
        Compilation compilation = InfraSupport.compile(InfraSupport.ALL_OUTPUTS, SHOP, CUSTOMER, PURCHASE);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(InfraSupport.writtenResources(compilation)).containsExactly("META-INF/dynaq/access-patterns.json",
                "META-INF/dynaq/access-patterns.md", "META-INF/dynaq/infra/shop.cfn.json", "META-INF/dynaq/infra/shop.tf.json");

        TableShape expected = new TableShape("shop", "PAY_PER_REQUEST",
                Set.of("pk:S", "sk:S", "gsi1pk:S", "gsi1sk:S", "gsi2pk:S", "gsi2sk:S"), List.of("pk:HASH", "sk:RANGE"),
                Map.of("gsi1", new TableShape.Index(List.of("gsi1pk:HASH", "gsi1sk:RANGE"), "ALL", List.of()),
                        "gsi2", new TableShape.Index(List.of("gsi2pk:HASH", "gsi2sk:RANGE"), "ALL", List.of())),
                Map.of());
        assertThat(TableShape.ofCloudFormation(InfraFilesTest.cloudFormationProperties(compilation, "shop")))
                .isEqualTo(expected);
        assertThat(TableShape.ofTerraform(InfraFilesTest.terraformTable(compilation, "shop"))).isEqualTo(expected);
        assertThat(InfraSupport.required(compilation, "META-INF/dynaq/infra/shop.cfn.json"))
                .contains("DynamoDB table shop of com.acme.Customer, com.acme.Purchase,");
    }

    @Test
    void theReportListsEachEntitysKeyTemplatesAndNoFilterFreeAttribute() {
        Compilation compilation = InfraSupport.compile(InfraSupport.ALL_OUTPUTS, SHOP, CUSTOMER, PURCHASE);
        JsonNode report = InfraSupport.json(InfraSupport.required(compilation, "META-INF/dynaq/access-patterns.json"));
        String markdown = InfraSupport.required(compilation, "META-INF/dynaq/access-patterns.md");

        JsonNode customer = report.path("entities").get(0);
        assertThat(customer.path("entity").asString()).isEqualTo("com.acme.Customer");
        assertThat(customer.path("keyTemplates").toString()).isEqualTo("[{\"reads\":\"table\",\"partitionKey\":\"pk\","
                + "\"partitionTemplate\":\"CUSTOMER#{customerId}\",\"sortKey\":\"sk\",\"sortTemplate\":\"PROFILE\","
                + "\"consistentRead\":true},{\"reads\":\"global index\",\"index\":\"gsi1\",\"partitionKey\":\"gsi1pk\","
                + "\"partitionTemplate\":\"EMAIL#{email}\",\"sortKey\":\"gsi1sk\",\"sortTemplate\":\"CUSTOMER\","
                + "\"consistentRead\":false}]");
        assertThat(customer.path("unreachedAttributes").toString()).isEqualTo("[\"name\"]");
        JsonNode purchase = report.path("entities").get(1);
        assertThat(purchase.path("unreachedAttributes").toString()).isEqualTo("[\"total\",\"items\"]");
        assertThat(purchase.path("reviewNotes").size()).as("the shared table's indexes are not the entity's choice")
                .isZero();

        assertThat(markdown).contains("| `shop` | `Customer`, `Purchase` | `pk` (S) | `sk` (S) | `gsi1` (`gsi1pk`,"
                + " `gsi1sk`; ALL)<br>`gsi2` (`gsi2pk`, `gsi2sk`; ALL) | — |\n");
        assertThat(markdown).contains("## Purchase (`com.acme.Purchase`), shared table `shop`\n\nItems of type `Purchase`");
        assertThat(markdown).contains("| table | `pk` | `CUSTOMER#{customerId}` | `sk` | `PURCHASE#{createdAt}#{purchaseId}`"
                + " | yes |\n");
    }

    @Test
    void theSharedTablePassesTheSchema() {
        Compilation compilation = InfraSupport.compile(List.of("-Adynaq.infra=cloudformation"), SHOP, CUSTOMER, PURCHASE);
        assertThat(CloudFormationSchemaTest.SCHEMA.validate(InfraFilesTest.cloudFormationProperties(compilation, "shop")))
                .isEmpty();
    }
}
