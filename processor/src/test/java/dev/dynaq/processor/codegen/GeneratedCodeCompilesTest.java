package dev.dynaq.processor.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated code compiles without a single warning, for a model using every type of the type table. */
class GeneratedCodeCompilesTest {
    private static final List<String> STRICT = List.of("-Xlint:all", "-Werror");

    @Test
    void everyTypeOfTheTypeTableCompilesWithoutWarnings() {
        Compilation compilation = Fixtures.compile(STRICT,
                "Everything", "Address", "Color", "Money", "MoneyConverter");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.Everything_");
        assertThat(compilation).generatedSourceFile("com.acme.EverythingTable");
        assertThat(compilation).generatedSourceFile("com.acme.EverythingAsyncTable");
        assertThat(compilation).generatedSourceFile("com.acme.Address_");
    }

    @Test
    void representativeModelsCompileWithoutWarnings() {
        Compilation compilation = Fixtures.compile(STRICT, "Order", "OrderStatus", "Account", "Address");

        assertThat(compilation).succeededWithoutWarnings();
    }
}
