package dev.dynaq.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Design-review notes are entries of the access-pattern report, never compiler warnings (a {@code -Werror}
 * build keeps compiling); {@code -Adynaq.strict=true} makes each an error on the property it is about.
 */
class ReviewNotesTest {
    private static final List<String> REPORT = List.of("-Adynaq.report=true", "-Xlint:all", "-Werror");
    private static final List<String> STRICT = List.of("-Adynaq.strict=true");

    /**
     * A model that gets exactly one note, on the marked line.
     *
     * @param id the note's id
     * @param text a fragment of its reason
     * @param body the model
     */
    record Case(String id, String text, String body) {
        @Override
        public String toString() {
            return id;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("DYNAQ-REVIEW-PROJECTION-ALL", "Global index 'by_customer' projects ALL attributes of Invoice,"
                        + " including the document, list or map attributes 'lines', 'totals': every write of an item"
                        + " copies them into the index again", """
                        @DynamoTable(name = "invoices")
                        public record Invoice(
                                @PartitionKey String id,
                                @GsiPartitionKey(index = "by_customer") String customer, // <--
                                List<String> lines,
                                Map<String, Long> totals,
                                Set<String> tags) {
                        }
                        """),
                new Case("DYNAQ-REVIEW-GSI-LOW-CARDINALITY", "Global index 'by_state' is partitioned by 'state', which has"
                        + " only 3 values (OPEN, HELD, CLOSED): all items with one value share one index partition", """
                        @DynamoTable(name = "tickets")
                        public record Ticket(
                                @PartitionKey String id,
                                @GsiPartitionKey(index = "by_state", projection = IndexProjection.KEYS_ONLY) State state, // <--
                                String title) {
                            public enum State { OPEN, HELD, CLOSED }
                        }
                        """),
                new Case("DYNAQ-REVIEW-LSI-10GB", "Local index 'by_time' caps each item collection of table 'readings' at"
                        + " 10 GB: the items of one 'sensor' value", """
                        @DynamoTable(name = "readings")
                        public record Reading(
                                @PartitionKey String sensor,
                                @SortKey String id,
                                @LsiSortKey(index = "by_time", projection = IndexProjection.KEYS_ONLY) Instant at, // <--
                                double value) {
                        }
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aNoteIsAReportEntryAndNotAWarning(Case note) {
        JavaFileObject source = CompileSupport.source(note.body());
        Compilation compilation = compile(REPORT, source);

        assertThat(compilation).succeededWithoutWarnings();
        String json = resource(compilation, "META-INF/dynaq/access-patterns.json");
        assertThat(json).contains("\"id\": \"" + note.id() + "\"");
        assertThat(occurrences(json, "\"id\": \"DYNAQ-REVIEW-")).as("exactly this note").isEqualTo(1);
        assertThat(resource(compilation, "META-INF/dynaq/access-patterns.md")).contains("- **" + note.id() + "**")
                .contains(note.text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void strictMakesTheNoteAnErrorOnTheProperty(Case note) {
        JavaFileObject source = CompileSupport.source(note.body());
        Compilation compilation = compile(STRICT, source);

        assertThat(compilation).hadErrorContaining("[" + note.id() + "] " + note.text())
                .inFile(source).onLine(CompileSupport.markedLine(note.body()));
        assertThat(compilation.errors()).extracting(error -> error.getMessage(Locale.ROOT)).hasSize(1);
    }

    @Test
    void aWellDesignedModelHasNoNote() {
        JavaFileObject source = CompileSupport.source("""
                @DynamoTable(name = "posts")
                public record Post(
                        @PartitionKey String author,
                        @SortKey String slug,
                        @GsiPartitionKey(index = "by_category", projection = IndexProjection.INCLUDE, include = {"title"})
                        String category,
                        String title,
                        List<String> paragraphs) {
                }
                """);
        Compilation strict = compile(List.of("-Adynaq.strict=true", "-Adynaq.report=true"), source);

        assertThat(strict).succeededWithoutWarnings();
        assertThat(resource(strict, "META-INF/dynaq/access-patterns.md")).contains("Review notes: none.")
                .doesNotContain("DYNAQ-REVIEW");
    }

    @Test
    void aBooleanCannotPartitionAnIndexAtAll() {
        CompileSupport.assertError("""
                @DynamoTable(name = "flags")
                public record Flag(@PartitionKey String id,
                        @GsiPartitionKey(index = "by_active") boolean active) { // <--
                }
                """, "[DYNAQ-KEY-TYPE] Partition key of index 'by_active' 'active' has type boolean");
    }

    private static Compilation compile(List<String> options, JavaFileObject source) {
        return Compiler.javac().withOptions(options).withProcessors(new DynaqInfraProcessor(), new DynaqProcessor())
                .compile(source);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static String resource(Compilation compilation, String path) {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path)
                .orElseThrow(() -> new AssertionError(path + " was not written: " + compilation.diagnostics()));
        try (InputStream in = file.openInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
