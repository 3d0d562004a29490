package dev.dynaq.processor.codegen;

import com.squareup.javapoet.JavaFile;
import dev.dynaq.processor.model.EntityModel;

/** TODO(codegen helper). */
public final class AsyncTableWriter {
    /** @return the generated file for the entity */
    public JavaFile write(EntityModel entity) {
        throw new UnsupportedOperationException("AsyncTableWriter");
    }
}
