package dev.dynaq.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles test entities with the processor. Sources are written without package and imports (the
 * header adds {@code package test;} and the usual imports), and the line an error is expected on ends
 * with the marker {@code // <--}.
 */
final class CompileSupport {
    static final String MARKER = "// <--";
    private static final String HEADER = """
            package test;

            import dev.dynaq.annotation.*;
            import java.math.*;
            import java.nio.ByteBuffer;
            import java.time.*;
            import java.util.*;
            """;
    /** A valid entity, compiled beside each broken model to show that a broken entity stops only itself. */
    static final String NEIGHBOUR = """
            @DynamoTable(name = "neighbours")
            public record Neighbour(@PartitionKey String id, @SortKey long rank, String name) {}
            """;
    /** The sources generated for {@link #NEIGHBOUR}. */
    static final List<String> NEIGHBOUR_SOURCES =
            List.of("test.Neighbour_", "test.NeighbourTable", "test.NeighbourAsyncTable");
    private static final Pattern TYPE_NAME =
            Pattern.compile("(?m)^(?:@\\w+(?:\\([^)]*\\))?\\s+)*public\\s+(?:\\w+\\s+)*?(?:class|record|interface|enum|@interface)\\s+(\\w+)");

    private CompileSupport() {
    }

    /** @return the source as a file named after its first public type */
    static JavaFileObject source(String body) {
        String text = HEADER + body;
        Matcher matcher = TYPE_NAME.matcher(body);
        if (!matcher.find()) {
            throw new IllegalArgumentException("no public type in " + body);
        }
        return JavaFileObjects.forSourceString("test." + matcher.group(1), text);
    }

    /** @return the compilation of the sources with Dynaq's processor */
    static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new DynaqProcessor()).compile(sources);
    }

    /** @return the 1-based line in the compiled file that carries the marker */
    static long markedLine(String body) {
        String[] lines = (HEADER + body).split("\n", -1);
        long found = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(MARKER)) {
                if (found != -1) {
                    throw new IllegalArgumentException("more than one marker in " + body);
                }
                found = i + 1;
            }
        }
        if (found == -1) {
            throw new IllegalArgumentException("no marker " + MARKER + " in " + body);
        }
        return found;
    }

    /**
     * Compiles the body of a broken model beside {@link #NEIGHBOUR}, a valid entity, and asserts what a user
     * of a broken model must see: exactly one diagnostic (an error containing the expected id and text, on
     * the marked line, no warning, so no internal error either), no source generated for the broken entity,
     * and the neighbour's sources generated all the same.
     *
     * @param body the broken model, with the marker on the offending line
     * @param expected a fragment of the error, starting with its catalogue id
     * @param alsoGenerated qualified names of sources generated for valid types of the body (a valid nested
     *     document, say); every other source generated from the body fails the assertion
     * @return the compilation
     */
    static Compilation assertError(String body, String expected, String... alsoGenerated) {
        return assertError(body, expected, 0, alsoGenerated);
    }

    /**
     * As {@link #assertError(String, String, String...)}, for a mistake javac reports itself too (a type that
     * does not exist): javac's own error on the marked line, and exactly one error from Dynaq.
     *
     * @param body the broken model, with the marker on the offending line
     * @param expected a fragment of Dynaq's error, starting with its catalogue id
     * @return the compilation
     */
    static Compilation assertErrorBesideJavacError(String body, String expected) {
        return assertError(body, expected, 1);
    }

    private static Compilation assertError(String body, String expected, int javacErrors, String... alsoGenerated) {
        JavaFileObject file = source(body);
        long line = markedLine(body);
        RecordingProcessor processor = new RecordingProcessor();
        Compilation compilation = Compiler.javac().withProcessors(processor).compile(file, source(NEIGHBOUR));
        assertThat(compilation).hadErrorContaining(expected).inFile(file).onLine(line);
        assertThat(compilation.errors()).extracting(error -> error.getMessage(Locale.ROOT)).hasSize(1 + javacErrors);
        assertThat(compilation.errors()).allSatisfy(error -> {
            assertThat(error.getSource()).isSameAs(file);
            assertThat(error.getLineNumber()).isEqualTo(line);
        });
        assertThat(readerErrors(compilation)).hasSize(1);
        assertThat(compilation.warnings()).extracting(warning -> warning.getMessage(Locale.ROOT)).isEmpty();
        List<String> generated = new ArrayList<>(NEIGHBOUR_SOURCES);
        generated.addAll(List.of(alsoGenerated));
        assertThat(processor.generatedSources()).containsExactlyInAnyOrderElementsOf(generated);
        return compilation;
    }

    /** @return the texts of the processor's own errors, the writers' internal errors left out */
    static List<String> readerErrors(Compilation compilation) {
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
            String text = error.getMessage(Locale.ROOT);
            if (text.startsWith("[DYNAQ-") && !text.startsWith("[DYNAQ-INTERNAL]")) {
                errors.add(text);
            }
        }
        return errors;
    }

    /** Asserts that the reader reported nothing for the sources. */
    static void assertNoReaderErrors(Compilation compilation) {
        assertThat(readerErrors(compilation)).isEmpty();
    }
}
