package dev.dynaq.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.Format;
import dev.dynaq.processor.model.Names;
import dev.dynaq.processor.model.TypeMapping;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the direct decoder of a table entity, nested in its metamodel ({@code Order_.Decoder}, handed
 * out by {@code Order_.SCHEMA.itemDecoder()}): it reads an item's attributes from DynamoDB's JSON text
 * into one local per mapped attribute, skipping the others, then builds the entity with the very
 * conversion code of {@code fromItem} ({@link SchemaWriter#fromValues}), so both paths convert, check
 * and fail alike. Attributes whose converter reads them straight from the text ({@link #readsStraight})
 * are read as Java values, the others as {@code AttributeValue}s. A document's converter decodes its
 * map the same way ({@link #documentDecoding}), so nested documents, and the lists and maps holding
 * them, are built straight from the text too.
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
        String item = SchemaWriter.fresh("item", SchemaWriter.propertyNames(entity));
        MethodSpec decode = MethodSpec.methodBuilder("decode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(entity.className())
                .addParameter(RuntimeTypes.JSON_ITEM, item)
                .addException(IOException.class)
                .addCode(readMembers(entity, item, Set.of()))
                .build();
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
                .addMethod(decode)
                .build();
    }

    /**
     * @param document the document
     * @param converter its converter ({@link SchemaWriter#converterType})
     * @return the converter, also a {@code ValueDecoder}: the direct path reads the document's map
     *     straight from the text, as it reads an item
     */
    TypeSpec documentDecoding(EntityModel document, TypeSpec converter) {
        Set<String> taken = SchemaWriter.propertyNames(document);
        String type = SchemaWriter.fresh("type", taken);
        String in = SchemaWriter.fresh("in", taken);
        MethodSpec decode = MethodSpec.methodBuilder("decode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(document.className())
                .addParameter(String.class, type)
                .addParameter(RuntimeTypes.JSON_ITEM, in)
                .addException(IOException.class)
                .addStatement("$N.members($N)", in, type)
                .addCode(readMembers(document, in, Set.of(type)))
                .build();
        return converter.toBuilder()
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.VALUE_DECODER, document.className()))
                .addMethod(decode)
                .build();
    }

    /**
     * Reads the members of an item or document into one local per mapped attribute (skipping the
     * others), then converts them as {@code fromItem} does. Values that nest others are read straight
     * to their Java values by their converters ({@link #readsStraight}), the rest as {@code AttributeValue}s.
     */
    private CodeBlock readMembers(EntityModel entity, String in, Set<String> used) {
        Set<String> taken = SchemaWriter.propertyNames(entity);
        taken.add(in);
        taken.addAll(used);
        String name = SchemaWriter.fresh("name", taken);
        ClassName metamodel = Names.metamodel(entity.className());
        CodeBlock.Builder code = CodeBlock.builder();
        for (AttributeModel attribute : entity.attributes()) {
            TypeName type = readsStraight(attribute) ? Conversions.valueType(attribute.type()) : RuntimeTypes.ATTRIBUTE_VALUE;
            code.addStatement("$T $N = null", type, attribute.propertyName());
        }
        code.beginControlFlow("for ($T $N = $N.nextAttribute(); $N != null; $N = $N.nextAttribute())",
                        String.class, name, in, name, name, in)
                .beginControlFlow("switch ($N)", name);
        for (AttributeModel attribute : entity.attributes()) {
            if (readsStraight(attribute)) {
                code.addStatement("case $S -> $N = $N.read($T.$N.converter())", attribute.attributeName(),
                        attribute.propertyName(), in, metamodel, attribute.propertyName());
            } else {
                code.addStatement("case $S -> $N = $N.value()", attribute.attributeName(), attribute.propertyName(), in);
            }
        }
        Set<String> inScope = new HashSet<>(taken);
        inScope.add(name);
        return code.addStatement("default -> $N.skip()", in)
                .endControlFlow()
                .endControlFlow()
                .add(schemaWriter.fromValues(entity, attribute -> CodeBlock.of("$N", attribute.propertyName()),
                        DecoderWriter::readsStraight, inScope))
                .build();
    }

    /**
     * @return whether the attribute's converter reads it straight from the text: a value that nests
     *     others (a document, list or map), built once, or a string, common number, boolean, time or enum
     *     in its default format, read with no {@code AttributeValue}. The scalar kinds are those
     *     {@code Converters}' decoders have a shortcut for; another kind listed here would still read
     *     correctly (the decoder falls back to its {@code fromAttributeValue}), only not faster.
     */
    private static boolean readsStraight(AttributeModel attribute) {
        TypeMapping value = attribute.type().valueMapping();
        return switch (value.kind()) {
            case LIST, MAP, DOCUMENT -> true;
            case STRING, INT, LONG, DOUBLE, BIG_DECIMAL, BOOLEAN, INSTANT, LOCAL_DATE, LOCAL_DATE_TIME, ENUM ->
                    value.format() == null || value.format() == Format.defaultFor(value.kind());
            default -> false;
        };
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
