package dev.dynaq.processor;

import dev.dynaq.processor.reader.EntityReader;
import dev.dynaq.processor.reader.ReadResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** A processor for tests that only reads entities and keeps what the reader returned, by qualified name. */
final class ModelCapture extends AbstractProcessor {
    private final Map<String, ReadResult> results = new LinkedHashMap<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("dev.dynaq.annotation.DynamoTable", "dev.dynaq.annotation.DynamoDocument");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        EntityReader reader = new EntityReader(processingEnv);
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                TypeElement type = (TypeElement) element;
                results.putIfAbsent(type.getQualifiedName().toString(), reader.read(type));
            }
        }
        return false;
    }

    /** @return what the reader returned for the type */
    ReadResult result(String qualifiedName) {
        ReadResult result = results.get(qualifiedName);
        if (result == null) {
            throw new IllegalArgumentException(qualifiedName + " was not read; read: " + results.keySet());
        }
        return result;
    }
}
