package dev.dynaq.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The build of the demo writes its tables and its access-pattern report ({@code -Adynaq.infra},
 * {@code -Adynaq.report} in this module's pom), and the README shows that very report.
 */
class GeneratedReportTest {
    private static final String BEGIN = "<!-- access-patterns:begin (generated: examples/target/classes/META-INF/dynaq/access-patterns.md) -->\n";
    private static final String END = "<!-- access-patterns:end -->";

    @Test
    void theReadmeShowsTheReportThisBuildWrote() throws IOException {
        String report = resource("META-INF/dynaq/access-patterns.md")
                .replaceAll("(?m)^## ", "#### ")
                .replaceAll("(?m)^# ", "### ");
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("README.md has the markers around the demo's report").isNotNegative();
        assertThat(end).isGreaterThan(begin);

        assertThat(readme.substring(begin + BEGIN.length(), end))
                .as("the README's copy of the report; after a model change, copy the generated file into README.md"
                        + " with # and ## headings made ### and ####")
                .isEqualTo(report + "\n");
    }

    @Test
    void everyTableHasItsTwoInfrastructureFiles() throws IOException {
        for (String table : new String[] {"demo_carts", "demo_customers", "demo_employees", "demo_orders", "demo_products"}) {
            assertThat(resource("META-INF/dynaq/infra/" + table + ".cfn.json"))
                    .contains("\"Type\": \"AWS::DynamoDB::Table\"", "\"TableName\": \"" + table + "\"");
            assertThat(resource("META-INF/dynaq/infra/" + table + ".tf.json"))
                    .contains("\"aws_dynamodb_table\": {\n      \"" + table + "\": {");
        }
    }

    @Test
    void theCartsTableFileEnablesTimeToLiveOnItsAttribute() throws IOException {
        assertThat(resource("META-INF/dynaq/infra/demo_carts.cfn.json"))
                .contains("\"TimeToLiveSpecification\": {\n          \"AttributeName\": \"expiresAt\",\n          \"Enabled\": true");
        assertThat(resource("META-INF/dynaq/infra/demo_carts.tf.json"))
                .contains("\"ttl\": {\n          \"attribute_name\": \"expiresAt\",\n          \"enabled\": true");
        assertThat(resource("META-INF/dynaq/infra/demo_orders.cfn.json")).doesNotContain("TimeToLiveSpecification");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = GeneratedReportTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path + " on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
