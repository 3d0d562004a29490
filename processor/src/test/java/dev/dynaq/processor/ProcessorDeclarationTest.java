package dev.dynaq.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * How the processors declare themselves: DynaqProcessor isolating and DynaqInfraProcessor aggregating for
 * Gradle, the infrastructure processor listed (so run) before DynaqProcessor, which claims
 * {@code @DynamoTable}, and silent unless one of its options is set.
 */
class ProcessorDeclarationTest {
    @Test
    void gradleSeesTheInfrastructureProcessorAsAggregating() throws IOException {
        assertThat(lines("META-INF/gradle/incremental.annotation.processors"))
                .contains("dev.dynaq.processor.DynaqProcessor,isolating",
                        "dev.dynaq.processor.DynaqInfraProcessor,aggregating");
    }

    @Test
    void javacRunsTheInfrastructureProcessorBeforeDynaqProcessor() throws IOException {
        List<String> processors = lines("META-INF/services/javax.annotation.processing.Processor");
        assertThat(processors).contains("dev.dynaq.processor.DynaqInfraProcessor", "dev.dynaq.processor.DynaqProcessor");
        assertThat(processors.indexOf("dev.dynaq.processor.DynaqInfraProcessor"))
                .isLessThan(processors.indexOf("dev.dynaq.processor.DynaqProcessor"));
    }

    @Test
    void withoutItsOptionsTheInfrastructureProcessorSupportsNoAnnotation() {
        assertThat(supportedWith(List.of())).isEmpty();
        assertThat(supportedWith(List.of("-Adynaq.asyncTables=false"))).isEmpty();
        assertThat(supportedWith(List.of("-Adynaq.report=true"))).containsExactly("dev.dynaq.annotation.DynamoTable");
        assertThat(supportedWith(List.of("-Adynaq.infra=terraform"))).containsExactly("dev.dynaq.annotation.DynamoTable");
        assertThat(supportedWith(List.of("-Adynaq.strict=true"))).containsExactly("dev.dynaq.annotation.DynamoTable");
    }

    private static Set<String> supportedWith(List<String> options) {
        Probe probe = new Probe();
        Compilation compilation = Compiler.javac().withOptions(options).withProcessors(probe)
                .compile(CompileSupport.source(CompileSupport.NEIGHBOUR));
        assertThat(compilation.errors()).isEmpty();
        return probe.supported;
    }

    /** Initializes a DynaqInfraProcessor with the compilation's options and records what it supports. */
    @SupportedAnnotationTypes("*")
    static final class Probe extends AbstractProcessor {
        Set<String> supported;

        @Override
        public synchronized void init(ProcessingEnvironment processingEnv) {
            super.init(processingEnv);
            DynaqInfraProcessor infra = new DynaqInfraProcessor();
            infra.init(processingEnv);
            supported = infra.getSupportedAnnotationTypes();
        }

        @Override
        public Set<String> getSupportedOptions() {
            return Set.of("dynaq.asyncTables", "dynaq.report", "dynaq.infra", "dynaq.strict");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return false;
        }
    }

    private static List<String> lines(String resource) throws IOException {
        List<String> lines = new ArrayList<>();
        for (URL url : Collections.list(ProcessorDeclarationTest.class.getClassLoader().getResources(resource))) {
            try (InputStream in = url.openStream()) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        lines.add(line.trim());
                    }
                }
            }
        }
        assertThat(lines).as(resource).isNotEmpty();
        return lines;
    }
}
