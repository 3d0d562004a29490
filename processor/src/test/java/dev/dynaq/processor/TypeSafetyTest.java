package dev.dynaq.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The promise of the generated API, checked by javac: each misuse of a real model's generated code is a
 * compile error on the misusing line, and the correct use next to it compiles without a warning.
 */
class TypeSafetyTest {
    /**
     * A table with a String partition key and a numeric sort key, a global index with an Instant sort
     * key, and a local index with a String sort key; {@code Customer} is another entity.
     */
    private static final String ORDER = """
            @DynamoTable(name = "orders")
            public record Order(
                    @PartitionKey String customerId,
                    @SortKey long orderNumber,
                    BigDecimal total,
                    @LsiSortKey(index = "by_note") String note,
                    @GsiPartitionKey(index = "order_by_status") Status status,
                    @GsiSortKey(index = "order_by_status") Instant createdAt) {
                public enum Status { PENDING, SHIPPED }
            }
            """;
    private static final String CUSTOMER = """
            @DynamoTable(name = "customers")
            public record Customer(@PartitionKey String id, String name) {}
            """;

    /**
     * One misuse of the generated API and its correct form.
     *
     * @param name what the misuse is
     * @param wrong the statement that must not compile
     * @param right the statement that must compile
     * @param error a fragment of javac's error, naming the symbol or type at fault
     */
    record Misuse(String name, String wrong, String right, String error) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Misuse> misuses() {
        return List.of(
                new Misuse("get with a partition key of the wrong type",
                        "orders.get(42, 1L);",
                        "orders.get(\"c1\", 1L);",
                        "int cannot be converted to java.lang.String"),
                new Misuse("get with a sort key of the wrong type",
                        "orders.get(\"c1\", \"o1\");",
                        "orders.get(\"c1\", 1L);",
                        "java.lang.String cannot be converted to long"),
                new Misuse("get without the sort-key argument",
                        "orders.get(\"c1\");",
                        "orders.get(\"c1\", 1L);",
                        // the only one-argument get takes a whole key
                        "java.lang.String cannot be converted to dev.dynaq.Key<test.Order>"),
                new Misuse("delete without the sort-key argument",
                        "orders.delete(\"c1\");",
                        "orders.delete(\"c1\", 1L);",
                        "no suitable method found for delete(java.lang.String)"),
                new Misuse("query by a partition key of the wrong type",
                        "orders.queryByCustomerId(42L);",
                        "orders.queryByCustomerId(\"c1\");",
                        "long cannot be converted to java.lang.String"),
                new Misuse("query by a global-index partition key of the wrong type",
                        "orders.queryByStatus(\"PENDING\");",
                        "orders.queryByStatus(Order.Status.PENDING);",
                        "java.lang.String cannot be converted to test.Order.Status"),
                new Misuse("sort-key range of the wrong type",
                        "orders.queryByCustomerId(\"c1\").orderNumberBetween(\"a\", \"b\");",
                        "orders.queryByCustomerId(\"c1\").orderNumberBetween(1L, 9L);",
                        "java.lang.String cannot be converted to long"),
                new Misuse("beginsWith on a numeric sort key",
                        "orders.queryByCustomerId(\"c1\").orderNumberBeginsWith(1L);",
                        "orders.queryByCustomerId(\"c1\").byNote().noteBeginsWith(\"gift\");",
                        "symbol:   method orderNumberBeginsWith(long)"),
                new Misuse("beginsWith on an Instant sort key",
                        "orders.queryByStatus(Order.Status.PENDING).createdAtBeginsWith(\"2026\");",
                        "orders.queryByStatus(Order.Status.PENDING).createdAtGe(Instant.EPOCH);",
                        "symbol:   method createdAtBeginsWith(java.lang.String)"),
                new Misuse("the sort-key methods of another index",
                        "orders.queryByStatus(Order.Status.PENDING).orderNumberEq(1L);",
                        "orders.queryByCustomerId(\"c1\").orderNumberEq(1L);",
                        "symbol:   method orderNumberEq(long)"),
                new Misuse("consistentRead on a global-index query",
                        "orders.queryByStatus(Order.Status.PENDING).consistentRead();",
                        "orders.queryByCustomerId(\"c1\").byNote().consistentRead();",
                        "symbol:   method consistentRead()"),
                new Misuse("queryBy a non-key attribute",
                        "orders.queryByTotal(BigDecimal.ONE);",
                        "orders.queryByCustomerId(\"c1\").filter(Order_.total.ge(BigDecimal.ONE));",
                        "symbol:   method queryByTotal(java.math.BigDecimal)"),
                new Misuse("queryBy a sort key",
                        "orders.queryByOrderNumber(1L);",
                        "orders.queryByCustomerId(\"c1\").orderNumberEq(1L);",
                        "symbol:   method queryByOrderNumber(long)"),
                new Misuse("condition with a value of the wrong type",
                        "Order_.total.ge(\"x\");",
                        "Order_.total.ge(new BigDecimal(\"100\"));",
                        "java.lang.String cannot be converted to java.math.BigDecimal"),
                new Misuse("beginsWith condition on a number",
                        "Order_.total.beginsWith(\"1\");",
                        "Order_.note.beginsWith(\"1\");",
                        "symbol:   method beginsWith(java.lang.String)"),
                new Misuse("update set with a value of the wrong type",
                        "orders.update(\"c1\", 1L).set(Order_.total, \"x\");",
                        "orders.update(\"c1\", 1L).set(Order_.total, BigDecimal.TEN);",
                        "method set in class dev.dynaq.Update<T> cannot be applied to given types"),
                new Misuse("update add on a string",
                        "orders.update(\"c1\", 1L).add(Order_.note, 1);",
                        "orders.update(\"c1\", 1L).add(Order_.total, BigDecimal.ONE);",
                        "no suitable method found for add(dev.dynaq.StringAttribute<test.Order>,int)"),
                new Misuse("projection of another entity's attribute",
                        "orders.queryByCustomerId(\"c1\").project(Customer_.name);",
                        "orders.queryByCustomerId(\"c1\").project(Order_.total, Order_.note);",
                        "dev.dynaq.StringAttribute<test.Customer> cannot be converted to dev.dynaq.Attribute<test.Order,?>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misuses")
    void misuseDoesNotCompile(Misuse misuse) {
        String body = user("Misuse", misuse.wrong() + " " + CompileSupport.MARKER);
        JavaFileObject user = CompileSupport.source(body);
        Compilation compilation = compile(List.of(), user);

        assertThat(compilation).hadErrorContaining(misuse.error()).inFile(user).onLine(CompileSupport.markedLine(body));
        // The misusing line is the only one at fault: the model and the rest of the user class are fine.
        assertThat(compilation.errors()).allSatisfy(error -> {
            assertThat(error.getSource()).isSameAs(user);
            assertThat(error.getLineNumber()).isEqualTo(CompileSupport.markedLine(body));
        });
    }

    @Test
    void correctUseOfEachCompilesWithoutWarnings() {
        String statements = misuses().stream().map(Misuse::right).distinct().collect(Collectors.joining("\n"));
        Compilation compilation = compile(List.of("-Xlint:all", "-Werror"),
                CompileSupport.source(user("CorrectUse", statements)));

        assertThat(compilation).succeededWithoutWarnings();
    }

    /** @return a user class whose method runs the statements on an {@code OrderTable} */
    private static String user(String className, String statements) {
        return "public class " + className + " {\n"
                + "    void use(OrderTable orders) {\n"
                + statements.lines().map(line -> "        " + line).collect(Collectors.joining("\n")) + "\n"
                + "    }\n"
                + "}\n";
    }

    private static Compilation compile(List<String> options, JavaFileObject user) {
        JavaFileObject[] sources = Stream.of(CompileSupport.source(ORDER), CompileSupport.source(CUSTOMER), user)
                .toArray(JavaFileObject[]::new);
        return Compiler.javac().withOptions(options).withProcessors(new DynaqProcessor()).compile(sources);
    }
}
