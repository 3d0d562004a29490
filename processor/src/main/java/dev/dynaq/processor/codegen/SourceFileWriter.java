package dev.dynaq.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.dynaq.processor.model.EntityModel;

/**
 * The base of every writer of one generated file: the writer builds the type, and this adds what every
 * generated file carries, {@code @Generated} (without a date, so that output is deterministic) and the
 * entity as originating element (for incremental builds).
 */
abstract class SourceFileWriter {
    /** The value of {@code @Generated}. */
    static final String PROCESSOR = "dev.dynaq.processor.DynaqProcessor";

    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    /**
     * @param entity a validated entity
     * @return the generated file for the entity
     */
    public final JavaFile write(EntityModel entity) {
        TypeSpec type = type(entity)
                .addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build())
                .addOriginatingElement(entity.element())
                .build();
        return JavaFile.builder(entity.className().packageName(), type)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /**
     * @param entity a validated entity
     * @return the generated type, without {@code @Generated} and originating element
     */
    abstract TypeSpec.Builder type(EntityModel entity);
}
