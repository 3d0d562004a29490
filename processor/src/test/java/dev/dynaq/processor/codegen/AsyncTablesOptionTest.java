package dev.dynaq.processor.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code -Adynaq.asyncTables=false} leaves out the async tables; any other value than true or false is an error. */
class AsyncTablesOptionTest {
    @Test
    void falseLeavesOutTheAsyncTableAndItsFactories() {
        Compilation compilation = Fixtures.compile(List.of("-Adynaq.asyncTables=false", "-Xlint:all", "-Werror"),
                "Order", "OrderStatus", "Account", "Address");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedSourceFiles())
                .extracting(file -> file.getName().replaceAll(".*/", ""))
                .containsExactlyInAnyOrder("Order_.java", "OrderTable.java", "Account_.java", "AccountTable.java",
                        "Address_.java");
        String table = Fixtures.generated(compilation, "com.acme.OrderTable");
        assertThat(table)
                .doesNotContain("createAsync", "AsyncTable", "DynamoDbAsyncClient")
                .contains("public static OrderTable create(DynamoDbClient client) {",
                        "public StatusQuery queryByStatus(OrderStatus status) {");
    }

    @Test
    void trueIsTheDefault() {
        Compilation explicit = Fixtures.compile(List.of("-Adynaq.asyncTables=true"), "Order", "OrderStatus");
        Compilation byDefault = Fixtures.compile(List.of(), "Order", "OrderStatus");

        assertThat(explicit).succeededWithoutWarnings();
        assertThat(explicit).generatedSourceFile("com.acme.OrderAsyncTable");
        assertThat(Fixtures.generated(explicit, "com.acme.OrderTable"))
                .contains("public static OrderAsyncTable createAsync(DynamoDbAsyncClient client) {")
                .isEqualTo(Fixtures.generated(byDefault, "com.acme.OrderTable"));
    }

    @Test
    void anotherValueIsAnErrorThatNamesTheValidOnes() {
        Compilation compilation = Fixtures.compile(List.of("-Adynaq.asyncTables=no"), "Order", "OrderStatus");

        assertThat(compilation).failed();
        assertThat(compilation.errors())
                .extracting(error -> error.getMessage(null))
                .containsExactly("[DYNAQ-OPTION-VALUE] Processor option -Adynaq.asyncTables=no is not valid; use one of"
                        + " true (the default), false");
    }
}
