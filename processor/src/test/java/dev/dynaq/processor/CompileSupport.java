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

    /** Compiles the body and asserts the error (id and text fragment) on the marked line. */
    static Compilation assertError(String body, String expected) {
        JavaFileObject file = source(body);
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorContaining(expected).inFile(file).onLine(markedLine(body));
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
