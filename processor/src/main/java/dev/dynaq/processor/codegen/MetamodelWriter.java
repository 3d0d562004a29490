package dev.dynaq.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.Format;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.IndexModel;
import dev.dynaq.processor.model.Names;
import dev.dynaq.processor.model.TypeMapping;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Order_}: the table name, one typed attribute constant per property, the key schema of
 * the table and of each index, the item schema ({@link SchemaWriter}) and its direct decoder
 * ({@link DecoderWriter}). For a document it writes
 * {@code Address_}: the attribute constants and the document's converter.
 */
public final class MetamodelWriter extends SourceFileWriter {
    private final SchemaWriter schemaWriter = new SchemaWriter();
    private final DecoderWriter decoderWriter = new DecoderWriter(schemaWriter);

    @Override
    TypeSpec.Builder type(EntityModel entity) {
        ClassName type = Names.metamodel(entity.className());
        TypeSpec.Builder metamodel = TypeSpec.classBuilder(type).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        if (entity.document()) {
            metamodel.addJavadoc("The metamodel of document {@link $T}: one typed constant per attribute, for conditions\n"
                    + "on its fields, and its converter to a DynamoDB map.\n", entity.className());
        } else {
            metamodel.addJavadoc("The metamodel of {@link $T}: one typed constant per attribute, for conditions, keys\n"
                    + "and queries; the key schema of table {@value #TABLE_NAME} and of its indexes; and the item schema.\n",
                    entity.className());
            metamodel.addField(FieldSpec.builder(String.class, "TABLE_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The name of the table of {@link $T}: {@value}.\n", entity.className())
                    .initializer("$S", entity.tableName())
                    .build());
        }
        if (entity.document()) {
            // First: attribute constants of a recursive document (List<Node> in Node) use CONVERTER
            // while the class initializes, and fields initialize in declaration order.
            metamodel.addField(schemaWriter.converterField(entity));
        }
        for (AttributeModel attribute : entity.attributes()) {
            metamodel.addField(attributeField(entity, attribute));
        }
        if (!entity.document()) {
            metamodel.addField(indexField(entity, entity.primaryKey()));
            for (IndexModel index : entity.secondaryIndexes()) {
                metamodel.addField(indexField(entity, index));
            }
            if (entity.singleTableEntity().isPresent()) {
                metamodel.addField(ComposedKeys.keysField(entity));
            }
            metamodel.addField(schemaWriter.schemaField(entity));
        }
        metamodel.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        metamodel.addMethods(schemaWriter.helpers(entity));
        if (entity.document()) {
            metamodel.addType(decoderWriter.documentDecoding(entity, schemaWriter.converterType(entity)));
        } else {
            if (entity.singleTableEntity().isPresent()) {
                // A shared table's entity checks the item's type in fromItem; it is read the ordinary way.
                metamodel.addType(schemaWriter.schemaType(entity));
            } else {
                metamodel.addType(schemaWriter.schemaType(entity).toBuilder().addMethod(decoderWriter.accessor(entity)).build());
                metamodel.addType(decoderWriter.decoderType(entity));
            }
        }
        return metamodel;
    }

    private static FieldSpec attributeField(EntityModel entity, AttributeModel attribute) {
        TypeMapping.Stored stored = attribute.type().stored();
        Format format = attribute.type().valueMapping().format();
        String storedAs = stored == null ? "as its converter decides" : "as " + stored
                + (format == null || format == Format.defaultFor(attribute.type().valueMapping().kind()) ? ""
                        : " in format " + format + (attribute.type().ordered() ? "" : " (not in value order)"));
        CodeBlock javadoc = attribute.propertyName().equals(attribute.attributeName())
                ? CodeBlock.of("Property {@code $L} of {@link $T}, stored $L.\n",
                        attribute.propertyName(), entity.className(), storedAs)
                : CodeBlock.of("Property {@code $L} of {@link $T}, stored in attribute {@code $L} $L.\n",
                        attribute.propertyName(), entity.className(), attribute.attributeName(), storedAs);
        return FieldSpec.builder(Conversions.attributeType(entity.className(), attribute.type()), attribute.propertyName(),
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(javadoc)
                .initializer(Conversions.attributeInitializer(entity.className(), attribute))
                .build();
    }

    private static FieldSpec indexField(EntityModel entity, IndexModel index) {
        CodeBlock partitionKey = keyAttribute(index.partitionKey());
        CodeBlock sortKey = index.sortKey() == null ? CodeBlock.of("null") : keyAttribute(index.sortKey());
        CodeBlock initializer;
        String name;
        if (index.kind() == IndexModel.Kind.PRIMARY) {
            name = "PRIMARY_KEY";
            initializer = CodeBlock.of("$T.primary($L,$W$L)", RuntimeTypes.INDEX_DESCRIPTOR, partitionKey, sortKey);
        } else {
            name = Names.constant(index.name());
            List<CodeBlock> include = new ArrayList<>(index.include().size());
            for (String attribute : index.include()) {
                include.add(CodeBlock.of("$S", attribute));
            }
            initializer = CodeBlock.builder()
                    .add("new $T($S, $T.$N,", RuntimeTypes.INDEX_DESCRIPTOR, index.name(), RuntimeTypes.INDEX_KIND,
                            index.kind().name())
                    .add("\n$>$>$L,$W$L,$W$T.$N,$W$T.of($L)$<$<)", partitionKey, sortKey, RuntimeTypes.INDEX_PROJECTION,
                            index.projection().name(), List.class, CodeBlock.join(include, ", "))
                    .build();
        }
        return FieldSpec.builder(RuntimeTypes.INDEX_DESCRIPTOR, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(indexJavadoc(entity, index))
                .initializer(initializer)
                .build();
    }

    private static CodeBlock indexJavadoc(EntityModel entity, IndexModel index) {
        CodeBlock.Builder javadoc = CodeBlock.builder();
        switch (index.kind()) {
            case PRIMARY -> javadoc.add("The primary key of table {@value #TABLE_NAME}");
            case GLOBAL -> javadoc.add("Global secondary index {@code $L} of table {@value #TABLE_NAME}", index.name());
            case LOCAL -> javadoc.add("Local secondary index {@code $L} of table {@value #TABLE_NAME}", index.name());
        }
        javadoc.add(": partition key {@code $L}", index.partitionKey().attributeName());
        if (index.sortKey() != null) {
            javadoc.add(", sort key {@code $L}", index.sortKey().attributeName());
        }
        if (index.kind() != IndexModel.Kind.PRIMARY) {
            javadoc.add(", projection $L", index.projection());
            if (!index.include().isEmpty()) {
                javadoc.add(" of {@code $L}", String.join("}, {@code ", index.include()));
            }
        }
        return javadoc.add(".\n").build();
    }

    private static CodeBlock keyAttribute(AttributeModel attribute) {
        return CodeBlock.of("new $T($S,$W$T.$N)", RuntimeTypes.KEY_ATTRIBUTE, attribute.attributeName(),
                RuntimeTypes.SCALAR_TYPE, attribute.type().stored().name());
    }
}
