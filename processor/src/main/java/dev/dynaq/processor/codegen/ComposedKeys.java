package dev.dynaq.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.EntityKeyModel;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.KeyTemplateModel;
import dev.dynaq.processor.model.KeyTemplateModel.Segment;
import dev.dynaq.processor.model.Names;
import dev.dynaq.processor.model.SingleTableEntityModel;
import dev.dynaq.processor.model.TypeMapping;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The generated code of a single-table entity's composed keys: the {@code KEYS} constant of its
 * metamodel ({@code EntityKeys} with one {@code KeyTemplate} per template) and the expressions the
 * schema and the table call.
 */
final class ComposedKeys {
    private ComposedKeys() {
    }

    /** @return {@code public static final EntityKeys KEYS} of a {@code @DynamoEntity} */
    static FieldSpec keysField(EntityModel entity) {
        SingleTableEntityModel single = entity.singleTableEntity().orElseThrow();
        List<CodeBlock> indexKeys = new ArrayList<>();
        for (EntityKeyModel key : single.indexKeys()) {
            indexKeys.add(CodeBlock.of("\n$L", indexKey(key)));
        }
        CodeBlock.Builder javadoc = CodeBlock.builder()
                .add("How {@link $T} composes its keys in table {@value #TABLE_NAME}, whose items of this type\n"
                        + "have {@code $L} {@code $L}: $L\n", entity.className(), single.typeAttribute(),
                        single.typeName(), describe(single.tableKey()));
        for (EntityKeyModel key : single.indexKeys()) {
            javadoc.add("; $L\n", describe(key));
        }
        return FieldSpec.builder(RuntimeTypes.ENTITY_KEYS, "KEYS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(javadoc.add(".\n").build())
                .initializer("$T.of($S, $S, $S,\n$L,\n$T.of($L))", RuntimeTypes.ENTITY_KEYS,
                        entity.className().simpleName(), single.typeAttribute(), single.typeName(),
                        indexKey(single.tableKey()), List.class, CodeBlock.join(indexKeys, ","))
                .build();
    }

    private static String describe(EntityKeyModel key) {
        String where = key.isTableKey() ? "table key" : "key in index {@code " + key.indexName() + "}";
        return where + " {@code " + key.partitionAttribute() + "} = {@code " + javadocText(key.partition().text())
                + "}, {@code " + key.sortAttribute() + "} = {@code " + javadocText(key.sort().text()) + "}";
    }

    /** @return template text for {@code {@code ...}} in Javadoc: braces are balanced in a valid template */
    static String javadocText(String text) {
        return text.replace("*/", "*&#47;");
    }

    private static CodeBlock indexKey(EntityKeyModel key) {
        return CodeBlock.of("new $T($S, $S, $L, $S, $L)", RuntimeTypes.INDEX_KEY, key.indexName(),
                key.partitionAttribute(), template(key.partition()), key.sortAttribute(), template(key.sort()));
    }

    /** @return {@code KeyTemplate.builder("ORDER#{createdAt}").literal("ORDER#").stored("createdAt").build()} */
    static CodeBlock template(KeyTemplateModel template) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.builder($S)", RuntimeTypes.KEY_TEMPLATE, template.text());
        for (Segment segment : template.segments()) {
            if (!segment.isVariable()) {
                code.add(".literal($S)", segment.literal());
                continue;
            }
            String attribute = segment.variable().attributeName();
            switch (segment.encoding()) {
                case ESCAPED -> code.add(".escaped($S)", attribute);
                case STORED -> code.add(".stored($S)", attribute);
                case NUMBER -> code.add(".number($S, $L)", attribute, bits(segment.variable().type()));
                default -> throw new IllegalStateException(segment.encoding().toString());
            }
        }
        return code.add(".build()").build();
    }

    private static int bits(TypeMapping type) {
        return switch (type.kind()) {
            case BYTE -> 8;
            case SHORT -> 16;
            case INT -> 32;
            default -> 64;
        };
    }

    /** @return the table key's variables: the partition template's, then the sort template's, each once */
    static List<AttributeModel> keyVariables(EntityKeyModel key) {
        Set<String> seen = new LinkedHashSet<>();
        List<AttributeModel> variables = new ArrayList<>();
        for (AttributeModel attribute : key.partition().variables()) {
            if (seen.add(attribute.propertyName())) {
                variables.add(attribute);
            }
        }
        for (AttributeModel attribute : key.sort().variables()) {
            if (seen.add(attribute.propertyName())) {
                variables.add(attribute);
            }
        }
        return variables;
    }

    /** @return the distinct variables of a template, in order */
    static List<AttributeModel> distinct(KeyTemplateModel template) {
        Set<String> seen = new LinkedHashSet<>();
        List<AttributeModel> variables = new ArrayList<>();
        for (AttributeModel attribute : template.variables()) {
            if (seen.add(attribute.propertyName())) {
                variables.add(attribute);
            }
        }
        return variables;
    }

    /** @return {@code Customer_.customerId.toKeyValue(customerId)} for each variable, as a {@code List.of(...)} */
    static CodeBlock keyValues(ClassName metamodel, List<AttributeModel> variables) {
        List<CodeBlock> values = new ArrayList<>();
        for (AttributeModel variable : variables) {
            values.add(keyValue(metamodel, variable, CodeBlock.of("$N", variable.propertyName())));
        }
        return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(values, ", "));
    }

    /** @return {@code Customer_.customerId.toKeyValue(value)} */
    static CodeBlock keyValue(ClassName metamodel, AttributeModel variable, CodeBlock value) {
        return CodeBlock.of("$T.$N.toKeyValue($L)", metamodel, variable.propertyName(), value);
    }

    /** @return the parameter type of a variable: its Java type */
    static TypeName type(AttributeModel variable) {
        return variable.type().javaType();
    }

    /** @return the metamodel class of the entity */
    static ClassName metamodel(EntityModel entity) {
        return Names.metamodel(entity.className());
    }
}
