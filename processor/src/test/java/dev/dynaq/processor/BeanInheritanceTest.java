package dev.dynaq.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.reader.ReadResult;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A bean's properties include those its superclasses declare, with their type variables bound. */
class BeanInheritanceTest {
    private static final String BASE = """
            public abstract class Audited<ID> {
                @PartitionKey
                private ID id;
                private Instant createdAt;
                private String note;

                public ID getId() { return id; }
                public void setId(ID id) { this.id = id; }
                public Instant getCreatedAt() { return createdAt; }
                public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
                public String getNote() { return note; }
                public void setNote(String note) { this.note = note; }
            }
            """;
    private static final String INVOICE = """
            @DynamoTable(name = "invoices")
            public class Invoice extends Audited<String> {
                private long amount;
                private String note;

                public long getAmount() { return amount; }
                public void setAmount(long amount) { this.amount = amount; }
                @Override public String getNote() { return note; }
                @Override public void setNote(String note) { this.note = note; }
            }
            """;

    @Test
    void superclassPropertiesComeFirstWithTheirTypeArgumentsBound() {
        ModelCapture capture = new ModelCapture();
        Compiler.javac().withProcessors(capture).compile(CompileSupport.source(BASE), CompileSupport.source(INVOICE));
        ReadResult result = capture.result("test.Invoice");
        assertThat(result.report().messages()).isEmpty();
        EntityModel invoice = result.entity().orElseThrow();

        assertThat(invoice.attributes()).extracting(AttributeModel::propertyName)
                .containsExactly("id", "createdAt", "amount", "note");
        assertThat(invoice.attributes().get(0).type().javaType().toString()).isEqualTo("java.lang.String");
    }

    @Test
    void generatedCodeOfAnInheritingBeanCompilesCleanly() {
        JavaFileObject base = CompileSupport.source(BASE);
        JavaFileObject invoice = CompileSupport.source(INVOICE);
        Compilation compilation = Compiler.javac().withProcessors(new DynaqProcessor())
                .withOptions("-Xlint:all", "-Werror").compile(base, invoice);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.InvoiceTable").contentsAsUtf8String()
                .contains("public Optional<Invoice> get(String id)");
    }

    @Test
    void anErrorInTheSuperclassIsReportedOnItsAnnotation() {
        String base = """
                public abstract class Keyed {
                    @PartitionKey // <--
                    private boolean id;

                    public boolean isId() { return id; }
                    public void setId(boolean id) { this.id = id; }
                }
                """;
        JavaFileObject baseFile = CompileSupport.source(base);
        Compilation compilation = CompileSupport.compile(baseFile, CompileSupport.source("""
                @DynamoTable(name = "things")
                public class Thing extends Keyed {
                }
                """));

        assertThat(compilation).hadErrorContaining("[DYNAQ-KEY-TYPE]").inFile(baseFile)
                .onLine(CompileSupport.markedLine(base));
    }

    @Test
    void aGenericSuperclassExtendedRawAsksForAConcreteType() {
        String base = """
                public abstract class Holder<T> {
                    @PartitionKey
                    private String id;
                    private T value; // <--

                    public String getId() { return id; }
                    public void setId(String id) { this.id = id; }
                    public T getValue() { return value; }
                    public void setValue(T value) { this.value = value; }
                }
                """;
        JavaFileObject baseFile = CompileSupport.source(base);
        Compilation compilation = CompileSupport.compile(baseFile, CompileSupport.source("""
                @DynamoTable(name = "holders")
                @SuppressWarnings("rawtypes")
                public class RawHolder extends Holder {
                }
                """));

        assertThat(compilation).hadErrorContaining("[DYNAQ-TYPE-VARIABLE] Property 'value' has the type variable T")
                .inFile(baseFile).onLine(CompileSupport.markedLine(base));
        assertThat(CompileSupport.readerErrors(compilation)).hasSize(1);
    }
}
