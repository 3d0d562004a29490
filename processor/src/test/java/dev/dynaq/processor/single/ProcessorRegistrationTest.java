package dev.dynaq.processor.single;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.processor.DynaqAggregatingProcessor;
import dev.dynaq.processor.DynaqInfraProcessor;
import dev.dynaq.processor.DynaqProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import org.junit.jupiter.api.Test;

/**
 * How the processors are declared to javac and Gradle: per-entity output stays isolating, the files
 * that depend on several entities come from an aggregating processor that javac runs first.
 */
class ProcessorRegistrationTest {

    @Test
    void gradleSeesAnIsolatingAndAnAggregatingProcessor() throws IOException {
        assertThat(lines("META-INF/gradle/incremental.annotation.processors")).containsExactly(
                DynaqProcessor.class.getName() + ",isolating",
                DynaqAggregatingProcessor.class.getName() + ",aggregating",
                DynaqInfraProcessor.class.getName() + ",aggregating");
    }

    @Test
    void javacRunsTheAggregatingProcessorFirst() throws IOException {
        // DynaqProcessor claims every Dynaq annotation; javac would not call a later processor for claimed ones
        assertThat(lines("META-INF/services/javax.annotation.processing.Processor")).containsExactly(
                DynaqAggregatingProcessor.class.getName(), DynaqInfraProcessor.class.getName(),
                DynaqProcessor.class.getName());
    }

    @Test
    void javacDiscoveryRunsBothProcessors() {
        // the processors as javac's discovery loads them from META-INF/services, in that order; the key
        // overlap is reported by the aggregating processor, the template error by the isolating one
        List<Processor> discovered = new ArrayList<>();
        ServiceLoader.load(Processor.class, DynaqProcessor.class.getClassLoader()).forEach(discovered::add);
        Compilation compilation = Compiler.javac().withProcessors(discovered).compile(SingleTableCompile.source(SingleTableCompile.SHOP),
                SingleTableCompile.source("""
                        @DynamoEntity(table = Shop.class)
                        @KeyTemplate(partition = "CUSTOMER#{id}", sort = "PROFILE")
                        public record Customer(String id) {}
                        """), SingleTableCompile.source("""
                        @DynamoEntity(table = Shop.class)
                        @KeyTemplate(partition = "CUSTOMER#{id}", sort = "PROFILE")
                        public record Profile(String id) {}
                        """), SingleTableCompile.source("""
                        @DynamoEntity(table = Shop.class)
                        @KeyTemplate(partition = "X#{nope}", sort = "X")
                        public record Broken(String id) {}
                        """));
        assertThat(compilation.errors()).extracting(error -> error.getMessage(Locale.ROOT).replaceAll("].*", "]"))
                .containsExactlyInAnyOrder("[DYNAQ-SINGLE-KEY-OVERLAP]", "[DYNAQ-TEMPLATE-VARIABLE-UNKNOWN]");
    }

    /** @return the lines of the one resource of that name in the processor's jar, comments and blanks left out */
    private static List<String> lines(String name) throws IOException {
        List<URL> found = Collections.list(DynaqProcessor.class.getClassLoader().getResources(name));
        URL ours = found.stream()
                .filter(url -> url.toString().contains("processor/target/classes")
                        || url.toString().contains("dynaq-processor"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + found));
        List<String> lines = new ArrayList<>();
        try (InputStream in = ours.openStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
        }
        return lines;
    }
}
