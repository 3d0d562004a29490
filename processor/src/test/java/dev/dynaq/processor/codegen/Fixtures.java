package dev.dynaq.processor.codegen;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.dynaq.processor.DynaqProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** The model sources under {@code codegen/com/acme/} and how the codegen tests compile them. */
final class Fixtures {
    private Fixtures() {
    }

    /** @return the source of {@code com.acme.<simpleName>} */
    static JavaFileObject model(String simpleName) {
        return JavaFileObjects.forResource("codegen/com/acme/" + simpleName + ".java");
    }

    /** Compiles the models with the processor. */
    static Compilation compile(List<String> options, String... models) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (String model : models) {
            sources.add(model(model));
        }
        return Compiler.javac().withOptions(options).withProcessors(new DynaqProcessor()).compile(sources);
    }

    /**
     * Compiles the models with both processors, in the order META-INF/services lists them: the aggregating
     * one writes the shared tables and the table index.
     */
    static Compilation compileWithBoth(List<String> options, String... models) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (String model : models) {
            sources.add(model(model));
        }
        return Compiler.javac().withOptions(options)
                .withProcessors(new dev.dynaq.processor.DynaqAggregatingProcessor(), new DynaqProcessor()).compile(sources);
    }

    /** @return the text of a generated source file */
    static String generated(Compilation compilation, String qualifiedName) {
        JavaFileObject file = compilation.generatedSourceFile(qualifiedName)
                .orElseThrow(() -> new AssertionError(qualifiedName + " was not generated; diagnostics: "
                        + compilation.diagnostics()));
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
