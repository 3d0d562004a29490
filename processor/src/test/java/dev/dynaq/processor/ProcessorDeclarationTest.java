package dev.dynaq.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
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
 * DynaqInfraProcessor, aggregating for Gradle, is silent (supports no annotation, so javac never runs it
 * and Gradle reprocesses nothing for it) unless one of its options is set.
 */
class ProcessorDeclarationTest {
    private static final List<String> ANNOTATIONS = List.of("dev.dynaq.annotation.DynamoTable",
            "dev.dynaq.annotation.DynamoEntity", "dev.dynaq.annotation.SingleTable");

    // the service and Gradle files themselves: single.ProcessorRegistrationTest

    @Test
    void withoutItsOptionsTheInfrastructureProcessorSupportsNoAnnotation() {
        assertThat(supportedWith(List.of())).isEmpty();
        assertThat(supportedWith(List.of("-Adynaq.asyncTables=false"))).isEmpty();
        assertThat(supportedWith(List.of("-Adynaq.report=true"))).containsExactlyInAnyOrderElementsOf(ANNOTATIONS);
        assertThat(supportedWith(List.of("-Adynaq.infra=terraform"))).containsExactlyInAnyOrderElementsOf(ANNOTATIONS);
        assertThat(supportedWith(List.of("-Adynaq.strict=true"))).containsExactlyInAnyOrderElementsOf(ANNOTATIONS);
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
}
