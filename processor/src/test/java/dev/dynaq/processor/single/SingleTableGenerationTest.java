package dev.dynaq.processor.single;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.dynaq.processor.DynaqAggregatingProcessor;
import dev.dynaq.processor.DynaqProcessor;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What the processors generate for a shared table and its entities, compiled as users compile it. */
class SingleTableGenerationTest {
    static final String SHOP = """
            @SingleTable(name = "shop", globalIndexes = @GlobalIndex(name = "gsi1"))
            public interface Shop {}
            """;
    static final String CUSTOMER = """
            @DynamoEntity(table = Shop.class, type = "Customer")
            @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE")
            @IndexTemplate(index = "gsi1", partition = "EMAIL#{email}", sort = "CUSTOMER")
            public record Customer(String customerId, String name, String email) {}
            """;
    static final String ORDER = """
            @DynamoEntity(table = Shop.class, type = "Order")
            @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#{createdAt}#{orderId}")
            @IndexTemplate(index = "gsi1", partition = "STATUS#{status}", sort = "{createdAt}#{orderId}")
            public record Order(String customerId, String orderId, Instant createdAt, Status status, BigDecimal total) {
                public enum Status { NEW, PAID }
            }
            """;
    static final String LINE = """
            @DynamoEntity(table = Shop.class)
            @KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "LINE#{orderId}#{lineNo}")
            public class OrderLine {
                private String customerId;
                private String orderId;
                private int lineNo;
                private String sku;
                public String getCustomerId() { return customerId; }
                public void setCustomerId(String customerId) { this.customerId = customerId; }
                public String getOrderId() { return orderId; }
                public void setOrderId(String orderId) { this.orderId = orderId; }
                public int getLineNo() { return lineNo; }
                public void setLineNo(int lineNo) { this.lineNo = lineNo; }
                public String getSku() { return sku; }
                public void setSku(String sku) { this.sku = sku; }
            }
            """;

    static Compilation compile(String... bodies) {
        JavaFileObject[] files = new JavaFileObject[bodies.length];
        for (int i = 0; i < bodies.length; i++) {
            files[i] = SingleTableCompile.source(bodies[i]);
        }
        return Compiler.javac()
                .withProcessors(new DynaqAggregatingProcessor(), new DynaqProcessor())
                .withOptions("-Xlint:all", "-Werror")
                .compile(files);
    }

    @Test
    void generatedCodeCompilesWithoutWarnings() throws IOException {
        Compilation compilation = compile(SHOP, CUSTOMER, ORDER, LINE);
        assertThat(compilation.errors()).extracting(error -> error.getMessage(Locale.ROOT)).isEmpty();
        assertThat(compilation.warnings()).extracting(warning -> warning.getMessage(Locale.ROOT)).isEmpty();
        List<String> generated = compilation.generatedSourceFiles().stream()
                .map(file -> file.getName().replaceAll(".*/test/", "").replace(".java", ""))
                .toList();
        String index = dev.dynaq.processor.model.Names.tableIndex(java.util.stream.Stream.of("Customer", "Order",
                "OrderLine", "Shop").map(name -> com.palantir.javapoet.ClassName.get("test", name)).toList()).simpleName();
        assertThat(generated).containsExactlyInAnyOrder("ShopTable", "Customer_", "CustomerTable", "Order_",
                "OrderTable", "OrderLine_", "OrderLineTable", index);
        // kept for reading: target/single-table-generated/*.java
        java.nio.file.Path out = java.nio.file.Path.of("target", "single-table-generated");
        java.nio.file.Files.createDirectories(out);
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            java.nio.file.Files.writeString(out.resolve(file.getName().replaceAll(".*/", "")),
                    file.getCharContent(true));
        }
    }

    @Test
    void aSharedTableWithoutEntitiesStillCreatesItsTable() {
        Compilation compilation = compile(SHOP);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ShopTable");
    }
}
