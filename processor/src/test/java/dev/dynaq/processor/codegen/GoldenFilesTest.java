package dev.dynaq.processor.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares generated sources of four representative models with the files under
 * {@code src/test/resources/golden/}: a record with a GSI and an LSI ({@code Order}), a bean with
 * {@code @Version} and every kind of collection ({@code Account}), a document ({@code Address}), and a
 * single-table design: the shared table ({@code ShopTable}) and one entity's table over it
 * ({@code ShopCustomerTable}).
 * After an intended change, regenerate them with {@code -Ddynaq.updateGolden=true} and review the diff.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static Stream<Arguments> generatedFiles() {
        List<String> order = List.of("Order", "OrderStatus");
        List<String> account = List.of("Account", "Address");
        List<String> shop = List.of("Shop", "ShopCustomer", "ShopOrder", "OrderStatus");
        return Stream.of(
                Arguments.of(order, "Order_"),
                Arguments.of(order, "OrderTable"),
                Arguments.of(order, "OrderAsyncTable"),
                Arguments.of(account, "Account_"),
                Arguments.of(account, "AccountTable"),
                Arguments.of(account, "Address_"),
                Arguments.of(shop, "ShopTable"),
                Arguments.of(shop, "ShopCustomerTable"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("generatedFiles")
    void generatedSourceMatchesGoldenFile(List<String> models, String generated) throws IOException {
        Compilation compilation = Fixtures.compileWithBoth(List.of(), models.toArray(String[]::new));
        assertThat(compilation).succeeded();
        String actual = Fixtures.generated(compilation, "com.acme." + generated);

        if (Boolean.getBoolean("dynaq.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(GOLDEN.resolve(generated + ".java"), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(golden(generated));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + name + ".java")) {
            if (in == null) {
                throw new AssertionError("no golden file golden/" + name + ".java; create it with -Ddynaq.updateGolden=true");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
