package dev.dynaq.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The processor's cost to a build: javac, in-process as Maven and Gradle run it, on {@code entities}
 * typical entities (records of twelve attributes with a key, a sort key and a global index), without
 * the processor ({@code -proc:none}) and with it. With it, javac also compiles what the processor
 * generates (three classes per entity, two with {@code -Adynaq.asyncTables=false}), which is part of
 * what a user pays; {@code generated} compiles the entities and those generated sources without the
 * processor, which splits the cost into compiling the generated code and running the processor; and
 * {@code recordbuilder} runs a widely used processor of the same kind, RecordBuilder (a builder per
 * record), on the same records, as a reference for what generating source costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProcessorBenchmark {
    private static final String PROCESSOR = "dev.dynaq.processor.DynaqProcessor";
    private static final String RECORD_BUILDER = "io.soabase.recordbuilder.processor.RecordBuilderProcessor";

    /**
     * {@code plain}: javac alone; {@code dynaq}: javac with the Dynaq processor; {@code dynaq-sync}:
     * the same with {@code -Adynaq.asyncTables=false}; {@code generated}: javac alone on the entities and
     * the sources the processor generates for them; {@code recordbuilder}: javac with RecordBuilder on
     * the same records, each also annotated {@code @RecordBuilder}.
     */
    @Param({"plain", "dynaq", "dynaq-sync", "generated", "recordbuilder"})
    public String javac;

    /** How many entities to compile. */
    @Param({"200"})
    public int entities;

    private JavaCompiler compiler;
    private Path workDir;
    private List<Path> sources;
    private String classPath;

    /** Writes the entity sources. */
    @Setup
    public void setUp() throws IOException {
        compiler = ToolProvider.getSystemJavaCompiler();
        workDir = Files.createTempDirectory("dynaq-processor-bench");
        sources = EntitySources.write(workDir.resolve("src"), entities, javac.equals("recordbuilder"));
        classPath = System.getProperty("java.class.path");
        if (javac.equals("generated")) {
            List<String> options = new ArrayList<>(processor(PROCESSOR, workDir));
            options.add("-proc:only");
            run(options);
            try (Stream<Path> files = Files.walk(workDir.resolve("generated"))) {
                sources = Stream.concat(sources.stream(), files.filter(f -> f.toString().endsWith(".java")).sorted())
                        .toList();
            }
        }
    }

    /** Deletes the sources. */
    @TearDown
    public void tearDown() {
        delete(workDir);
    }

    /** @return the number of class files written */
    @Benchmark
    public long compile() throws IOException {
        Path out = Files.createTempDirectory(workDir, "out");
        try {
            List<String> options = new ArrayList<>(List.of("-d", out.toString()));
            switch (javac) {
                case "dynaq" -> options.addAll(processor(PROCESSOR, out));
                case "dynaq-sync" -> {
                    options.addAll(processor(PROCESSOR, out));
                    options.add("-Adynaq.asyncTables=false");
                }
                case "recordbuilder" -> options.addAll(processor(RECORD_BUILDER, out));
                default -> options.add("-proc:none");
            }
            run(options);
            try (Stream<Path> written = Files.walk(out)) {
                return written.filter(p -> p.toString().endsWith(".class")).count();
            }
        } finally {
            delete(out);
        }
    }

    /** @return the options that run {@code processor} alone, writing sources under {@code dir/generated} */
    private List<String> processor(String processor, Path dir) throws IOException {
        Path generated = Files.createDirectories(dir.resolve("generated"));
        return List.of("-processorpath", classPath, "-processor", processor, "-s", generated.toString());
    }

    private void run(List<String> options) throws IOException {
        List<String> all = new ArrayList<>(List.of("-classpath", classPath, "-nowarn", "-encoding", "UTF-8"));
        all.addAll(options);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            Boolean ok = compiler.getTask(null, files, diagnostics, all, null, files.getJavaFileObjectsFromPaths(sources))
                    .call();
            if (!ok) {
                throw new IllegalStateException("javac failed: " + diagnostics.getDiagnostics());
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
