package dev.dynaq.processor.reader;

import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/** Reads one {@code @DynamoTable} or {@code @DynamoDocument} type into an {@link dev.dynaq.processor.model.EntityModel}. TODO(reader helper). */
public final class EntityReader {
    private final ProcessingEnvironment environment;

    /** @param environment the processing environment */
    public EntityReader(ProcessingEnvironment environment) {
        this.environment = environment;
    }

    /**
     * @param type an annotated type
     * @return the model, or the errors, or a deferral
     */
    public ReadResult read(TypeElement type) {
        throw new UnsupportedOperationException(environment.toString() + type);
    }
}
