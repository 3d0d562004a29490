package dev.dynaq.processor.single;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.dynaq.processor.DynaqAggregatingProcessor;
import dev.dynaq.processor.DynaqProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;

/**
 * Compiles single-table models (a {@code @SingleTable} declaration and its entities, one source each)
 * with both Dynaq processors, in the order META-INF/services lists them. Sources are written without
 * package and imports; the line an error is expected on ends with {@code // <--}.
 */
final class SingleTableCompile {
    static final String MARKER = "// <--";
    static final String SHOP = """
            @SingleTable(name = "shop", globalIndexes = @GlobalIndex(name = "gsi1"))
            public interface Shop {}
            """;
    private static final String HEADER = """
            package test;

            import dev.dynaq.annotation.*;
            import java.math.*;
            import java.time.*;
            import java.util.*;
            """;
    private static final Pattern TYPE_NAME = Pattern.compile(
            "(?m)^(?:@\\w+(?:\\(.*\\))?\\s+)*public\\s+(?:\\w+\\s+)*?(?:class|record|interface|enum)\\s+(\\w+)");

    private SingleTableCompile() {
    }

    static JavaFileObject source(String body) {
        Matcher matcher = TYPE_NAME.matcher(body);
        if (!matcher.find()) {
            throw new IllegalArgumentException("no public type in " + body);
        }
        return JavaFileObjects.forSourceString("test." + matcher.group(1), HEADER + body);
    }

    static Compilation compile(String... bodies) {
        return compile(files(bodies));
    }

    private static List<JavaFileObject> files(String... bodies) {
        List<JavaFileObject> files = new ArrayList<>();
        for (String body : bodies) {
            files.add(source(body));
        }
        return files;
    }

    private static Compilation compile(List<JavaFileObject> files) {
        return Compiler.javac().withProcessors(new DynaqAggregatingProcessor(), new DynaqProcessor()).compile(files);
    }

    /**
     * Compiles the bodies and asserts exactly one error, no warning: it contains {@code expected} and is
     * on the marked line of the one body with the marker.
     */
    static Compilation assertError(String expected, String... bodies) {
        List<JavaFileObject> files = files(bodies);
        Compilation compilation = compile(files);
        String marked = null;
        JavaFileObject file = null;
        for (int i = 0; i < bodies.length; i++) {
            if (bodies[i].contains(MARKER)) {
                if (marked != null) {
                    throw new IllegalArgumentException("more than one body with a marker");
                }
                marked = bodies[i];
                file = files.get(i);
            }
        }
        if (marked == null) {
            throw new IllegalArgumentException("no body with a marker");
        }
        String[] lines = (HEADER + marked).split("\n", -1);
        long line = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(MARKER)) {
                line = i + 1;
            }
        }
        assertThat(compilation).hadErrorContaining(expected).inFile(file).onLine(line);
        assertThat(compilation.errors()).extracting(error -> error.getMessage(Locale.ROOT)).hasSize(1);
        assertThat(compilation.warnings()).extracting(warning -> warning.getMessage(Locale.ROOT)).isEmpty();
        return compilation;
    }

    /** Asserts a compilation without errors or warnings. */
    static Compilation assertClean(String... bodies) {
        Compilation compilation = compile(bodies);
        assertThat(compilation.errors()).extracting(error -> error.getMessage(Locale.ROOT)).isEmpty();
        assertThat(compilation.warnings()).extracting(warning -> warning.getMessage(Locale.ROOT)).isEmpty();
        return compilation;
    }
}
