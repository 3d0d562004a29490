package dev.dynaq.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.Names;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the direct decoder of a table entity, nested in its metamodel ({@code Order_.Decoder}, handed
 * out by {@code Order_.SCHEMA.itemDecoder()}): it reads an item's attributes from DynamoDB's JSON text
 * into one local {@code AttributeValue} per mapped attribute, skipping the others, then builds the
 * entity with the very conversion code of {@code fromItem} ({@link SchemaWriter#fromValues}), so both
 * paths convert, check and fail alike. Documents need no decoder of their own: a nested document
 * arrives as its map value and goes through its converter, as in {@code fromItem}.
 */
final class DecoderWriter {
    private static final String DECODER_CLASS = "Decoder";
    private static final String INSTANCE = "INSTANCE";

    private final SchemaWriter schemaWriter;

    /** @param schemaWriter writes the conversion code the decoder shares with {@code fromItem} */
    DecoderWriter(SchemaWriter schemaWriter) {
        this.schemaWriter = schemaWriter;
    }

    /** @return the schema's {@code itemDecoder()}; the decoder class loads on its first use only */
    MethodSpec accessor(EntityModel entity) {
        return MethodSpec.methodBuilder("itemDecoder")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), decoderOf(entity)))
                .addStatement("return $T.of($N.$N)", Optional.class, DECODER_CLASS, INSTANCE)
                .build();
    }

    /** @return the {@code ItemDecoder} implementation */
    TypeSpec decoderType(EntityModel entity) {
        Set<String> taken = SchemaWriter.propertyNames(entity);
        String item = SchemaWriter.fresh("item", taken);
        String name = SchemaWriter.fresh("name", taken);
        MethodSpec.Builder decode = MethodSpec.methodBuilder("decode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(entity.className())
                .addParameter(RuntimeTypes.JSON_ITEM, item)
                .addException(IOException.class);
        for (AttributeModel attribute : entity.attributes()) {
            decode.addStatement("$T $N = null", RuntimeTypes.ATTRIBUTE_VALUE, attribute.propertyName());
        }
        decode.beginControlFlow("for ($T $N = $N.nextAttribute(); $N != null; $N = $N.nextAttribute())",
                        String.class, name, item, name, name, item)
                .beginControlFlow("switch ($N)", name);
        for (AttributeModel attribute : entity.attributes()) {
            decode.addStatement("case $S -> $N = $N.value()", attribute.attributeName(), attribute.propertyName(), item);
        }
        decode.addStatement("default -> $N.skip()", item)
                .endControlFlow()
                .endControlFlow()
                .addCode(schemaWriter.fromValues(entity, attribute -> CodeBlock.of("$N", attribute.propertyName()),
                        Set.of(item, name)));
        ClassName decoder = Names.metamodel(entity.className()).nestedClass(DECODER_CLASS);
        return TypeSpec.classBuilder(DECODER_CLASS)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(decoderOf(entity))
                .addJavadoc("Decodes items of {@link $T} from DynamoDB's JSON text: each mapped attribute's value, then\n"
                        + "the same conversions as {@link $T#fromItem}; other attributes are skipped.\n",
                        entity.className(), RuntimeTypes.ITEM_SCHEMA)
                .addField(FieldSpec.builder(decoder, INSTANCE, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", decoder)
                        .build())
                .addMethod(decode.build())
                .build();
    }

    /**
     * @param table the generated sync table type
     * @return its {@code withDirectDecoding(enabled)} copy method
     */
    static MethodSpec tableSwitch(ClassName table) {
        return MethodSpec.methodBuilder("withDirectDecoding")
                .addModifiers(Modifier.PUBLIC)
                .returns(table)
                .addJavadoc("Returns a copy of this table whose reads (queries, scans, {@code get}, {@code batchGet}) decode\n"
                        + "DynamoDB's response text straight to entities ({@code enabled}, the default), or let the SDK\n"
                        + "build its item maps first and convert those ({@code false}). Both give the same entities, pages,\n"
                        + "cursors, counts, consumed capacity and errors; the direct path is faster and allocates less.\n"
                        + "Any response it does not understand is read the ordinary way.\n\n")
                .addJavadoc("@param enabled whether to decode directly\n")
                .addJavadoc("@return the copy; this table is unchanged\n")
                .addParameter(boolean.class, "enabled")
                .addStatement("return new $T(context().withDirectDecoding(enabled))", table)
                .build();
    }

    private static ParameterizedTypeName decoderOf(EntityModel entity) {
        return ParameterizedTypeName.get(RuntimeTypes.ITEM_DECODER, entity.className());
    }
}
