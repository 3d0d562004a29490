package dev.dynaq.processor.infra;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code -Adynaq.report=true} writes {@code META-INF/dynaq/access-patterns.md} and {@code .json}: each read the
 * generated tables offer, what it reads and returns, and the attributes no key reaches.
 */
class AccessPatternReportTest {
    private static final JsonNode REPORT =
            InfraSupport.json(InfraSupport.required(InfraFilesTest.ALL, "META-INF/dynaq/access-patterns.json"));
    private static final String MARKDOWN = InfraSupport.required(InfraFilesTest.ALL, "META-INF/dynaq/access-patterns.md");

    @Test
    void eachReadOfTheOrderTableIsListedWithWhatItReads() {
        JsonNode order = entity("com.acme.Order");
        assertThat(order.path("table").asString()).isEqualTo("orders");
        assertThat(order.path("tableClass").asString()).isEqualTo("com.acme.OrderTable");
        List<String> methods = new ArrayList<>();
        order.path("accessPatterns").forEach(pattern -> methods.add(pattern.path("method").asString()));
        assertThat(methods).containsExactly("get(String customerId, String orderId)", "queryByCustomerId(String customerId)",
                "queryByCustomerId(String customerId).byCreatedAt()", "queryByStatus(OrderStatus status)");

        JsonNode get = pattern(order, 0);
        assertThat(get.path("operation").asString()).isEqualTo("GetItem");
        assertThat(get.path("keyCondition").toString()).isEqualTo("{\"partitionKey\":\"customerId\",\"sortKey\":\"orderId\","
                + "\"sortKeyOperators\":[\"=\"],\"sortKeyOptional\":false}");

        JsonNode table = pattern(order, 1);
        assertThat(table.path("reads").toString()).isEqualTo("{\"kind\":\"table\"}");
        assertThat(strings(table.path("keyCondition").path("sortKeyOperators")))
                .containsExactly("=", "<", "<=", ">", ">=", "BETWEEN", "begins_with");
        assertThat(strings(table.path("sortKeyConditions"))).containsExactly("orderIdEq", "orderIdLt", "orderIdLe",
                "orderIdGt", "orderIdGe", "orderIdBetween", "orderIdBeginsWith");
        assertThat(table.path("consistentRead").asBoolean()).isTrue();
        assertThat(table.path("returnsAllAttributes").asBoolean()).isTrue();

        JsonNode local = pattern(order, 2);
        assertThat(local.path("reads").toString()).isEqualTo("{\"kind\":\"local index\",\"index\":\"by_created_at\"}");
        assertThat(strings(local.path("sortKeyConditions"))).as("an Instant sort key has no begins_with")
                .containsExactly("createdAtEq", "createdAtLt", "createdAtLe", "createdAtGt", "createdAtGe", "createdAtBetween");
        assertThat(local.path("consistentRead").asBoolean()).isTrue();

        JsonNode global = pattern(order, 3);
        assertThat(global.path("reads").toString()).isEqualTo("{\"kind\":\"global index\",\"index\":\"order_by_status\"}");
        assertThat(global.path("consistentRead").asBoolean()).isFalse();
        assertThat(global.path("projection").asString()).isEqualTo("INCLUDE");
        assertThat(global.path("returnsAllAttributes").asBoolean()).isFalse();
        assertThat(strings(global.path("returns"))).containsExactly("customerId", "orderId", "status", "createdAt", "total");

        assertThat(strings(order.path("unreachedAttributes"))).containsExactly("total", "items");
    }

    @Test
    void aKeysOnlyIndexReturnsTheKeysOfTheTableAndOfTheIndex() {
        JsonNode event = entity("com.acme.Event");
        JsonNode byKind = null;
        for (JsonNode pattern : event.path("accessPatterns")) {
            if (pattern.path("reads").path("index").asString("").equals("by_kind")) {
                byKind = pattern;
            }
        }
        assertThat(byKind).isNotNull();
        assertThat(byKind.path("method").asString()).isEqualTo("queryByKind(String kind)");
        assertThat(strings(byKind.path("returns"))).containsExactly("stream", "sequence", "kind", "score");
        assertThat(strings(byKind.path("sortKeyConditions"))).as("a number sort key has no begins_with")
                .doesNotContain("scoreBeginsWith").contains("scoreBetween");
        assertThat(strings(event.path("unreachedAttributes"))).containsExactly("payload");
    }

    /** The report names only what the table writer generated: every method, condition and consistentRead() exists. */
    @Test
    void everyMethodTheReportNamesExistsOnTheGeneratedTable() throws Exception {
        InfraSupport.CompiledClasses classes = new InfraSupport.CompiledClasses(InfraFilesTest.ALL);
        int checked = 0;
        for (JsonNode entity : REPORT.path("entities")) {
            Class<?> table = classes.loadClass(entity.path("tableClass").asString());
            for (JsonNode pattern : entity.path("accessPatterns")) {
                Class<?> current = table;
                for (String call : pattern.path("method").asString().split("\\.")) {
                    String name = call.substring(0, call.indexOf('('));
                    String parameters = call.substring(call.indexOf('(') + 1, call.length() - 1);
                    int arity = parameters.isEmpty() ? 0 : parameters.split(",").length;
                    Method method = method(current, name, arity);
                    current = method.getReturnType();
                }
                if (pattern.path("operation").asString().equals("Query")) {
                    for (JsonNode condition : pattern.path("sortKeyConditions")) {
                        assertThat(names(current)).contains(condition.asString());
                    }
                    assertThat(names(current).contains("consistentRead"))
                            .as(pattern.path("method").asString())
                            .isEqualTo(pattern.path("consistentRead").asBoolean());
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(4 + 2 + 5);
    }

    @Test
    void theMarkdownHasATableOfTablesAndOneTablePerEntity() {
        assertThat(MARKDOWN).startsWith("# Access patterns\n\nWritten by Dynaq from the models of this compilation:"
                + " 3 tables, 3 entities, ");
        assertThat(MARKDOWN).contains("| `events` | `Event` | `stream` (S) | `sequence` (B) | `by_kind` (`kind`, `score`;"
                + " KEYS_ONLY)<br>`by_score` (`score`; ALL) | `by_time` (`at`; INCLUDE `payload`, `kind`) |\n");
        assertThat(MARKDOWN).contains("## Order (`com.acme.Order`), table `orders`\n\n| call on `OrderTable` | reads |");
        assertThat(MARKDOWN).contains("| `queryByStatus(OrderStatus status)` | global index `order_by_status` (Query) |"
                + " `status = :status [AND createdAt = \\| < \\| <= \\| > \\| >= \\| BETWEEN]` | `createdAtEq`, `createdAtLt`,"
                + " `createdAtLe`, `createdAtGt`, `createdAtGe`, `createdAtBetween` | no | INCLUDE | `customerId`, `orderId`,"
                + " `status`, `createdAt`, `total` |\n");
        assertThat(MARKDOWN).contains("Not reached by any key or index: `total`, `items`. A condition on them is a filter");
        assertThat(MARKDOWN).contains("## Account (`com.acme.Account`), table `accounts`");
        assertThat(MARKDOWN).doesNotContain("## Address").as("documents have no table");
    }

    @Test
    void theReportAloneWritesNoInfrastructureFile() {
        Compilation compilation = InfraSupport.compile(List.of("-Adynaq.report=true"), InfraSupport.fixture("Order"),
                InfraSupport.fixture("OrderStatus"));
        assertThat(compilation).succeededWithoutWarnings();

        assertThat(InfraSupport.writtenResources(compilation))
                .containsExactly("META-INF/dynaq/access-patterns.json", "META-INF/dynaq/access-patterns.md");
    }

    @Test
    void namesWithMarkdownCharactersStayInTheirCell() {
        Compilation compilation = InfraSupport.compile(List.of("-Adynaq.report=true"), InfraSupport.source("Odd", """
                @DynamoTable(name = "odd")
                public record Odd(@PartitionKey String id, @Attribute("a|b") String pipe, @Attribute("x`y") String tick) {
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        String markdown = InfraSupport.required(compilation, "META-INF/dynaq/access-patterns.md");
        JsonNode json = InfraSupport.json(InfraSupport.required(compilation, "META-INF/dynaq/access-patterns.json"));

        assertThat(markdown).contains("Not reached by any key or index: `a\\|b`, `` x`y ``.");
        assertThat(strings(json.path("entities").get(0).path("unreachedAttributes"))).containsExactly("a|b", "x`y");
    }

    private static JsonNode entity(String className) {
        for (JsonNode entity : REPORT.path("entities")) {
            if (entity.path("entity").asString().equals(className)) {
                return entity;
            }
        }
        throw new AssertionError(className + " is not in the report");
    }

    private static JsonNode pattern(JsonNode entity, int index) {
        return entity.path("accessPatterns").get(index);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(element -> out.add(element.asString()));
        return out;
    }

    private static Method method(Class<?> type, String name, int arity) {
        return Arrays.stream(type.getMethods())
                .filter(method -> method.getName().equals(name) && method.getParameterCount() == arity)
                .findFirst()
                .orElseThrow(() -> new AssertionError(type.getName() + " has no " + name + " with " + arity + " parameters"));
    }

    private static List<String> names(Class<?> type) {
        return Arrays.stream(type.getMethods()).map(Method::getName).toList();
    }
}
