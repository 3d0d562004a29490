package dev.dynaq.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.IndexModel;
import dev.dynaq.processor.model.Names;
import dev.dynaq.processor.model.TypeMapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.lang.model.element.Modifier;

/**
 * Writes the reflection-free mapping of an entity, nested in its metamodel: the {@code ItemSchema}
 * of a table entity ({@code Order_.SCHEMA}) and the {@code AttributeConverter} of a document
 * ({@code Address_.CONVERTER}). Both convert with straight-line code: each property is read once
 * through its accessor and converted by a {@code Values} call or its attribute's converter.
 */
final class SchemaWriter {
    /** The name of the generic helper reading a non-scalar attribute that may be missing. */
    static final String READ = "read";
    /** The name of the generic helper reading a set attribute, missing as an empty set. */
    static final String READ_SET = "readSet";

    private static final String SCHEMA_CLASS = "Schema";
    private static final String VERSIONING_CLASS = "Versioning";
    private static final String CONVERTER_CLASS = "Converter";
    private static final TypeName ITEM = ParameterizedTypeName.get(
            ClassName.get(Map.class), ClassName.get(String.class), RuntimeTypes.ATTRIBUTE_VALUE);

    /** @return {@code public static final ItemSchema<Order> SCHEMA} */
    FieldSpec schemaField(EntityModel entity) {
        return FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.ITEM_SCHEMA, entity.className()), "SCHEMA",
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Maps {@link $T} to DynamoDB items of table {@value #TABLE_NAME} and back, without reflection.\n",
                        entity.className())
                .initializer("new $T()", Names.metamodel(entity.className()).nestedClass(SCHEMA_CLASS))
                .build();
    }

    /** @return {@code public static final AttributeConverter<Address> CONVERTER} of a document */
    FieldSpec converterField(EntityModel entity) {
        return FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.ATTRIBUTE_CONVERTER, entity.className()),
                        "CONVERTER", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Converts {@link $T} to a DynamoDB map (M) and back, without reflection.\n", entity.className())
                .initializer("new $T()", Names.metamodel(entity.className()).nestedClass(CONVERTER_CLASS))
                .build();
    }

    /** @return the {@code ItemSchema} implementation of a table entity */
    TypeSpec schemaType(EntityModel entity) {
        ClassName type = entity.className();
        ClassName metamodel = Names.metamodel(type);
        TypeSpec.Builder schema = TypeSpec.classBuilder(SCHEMA_CLASS)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.ITEM_SCHEMA, type));
        TypeName attributeList = ParameterizedTypeName.get(ClassName.get(List.class),
                ParameterizedTypeName.get(RuntimeTypes.ATTRIBUTE, type, WildcardTypeName.subtypeOf(Object.class)));
        schema.addField(FieldSpec.builder(attributeList, "ATTRIBUTES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", List.class, constants(metamodel, entity.attributes()))
                .build());
        schema.addField(FieldSpec.builder(
                        ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.INDEX_DESCRIPTOR),
                        "SECONDARY_INDEXES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", List.class, indexConstants(metamodel, entity.secondaryIndexes()))
                .build());
        entity.versionAttribute().ifPresent(version -> schema.addType(versionType(entity, version)));
        LifecycleWriter.schemaField(entity).ifPresent(schema::addField);

        schema.addMethod(override("itemType", ParameterizedTypeName.get(ClassName.get(Class.class), type))
                .addStatement("return $T.class", type).build());
        schema.addMethod(override("tableName", ClassName.get(String.class))
                .addStatement("return $T.TABLE_NAME", metamodel).build());
        schema.addMethod(toItem(entity));
        schema.addMethod(fromItem(entity));
        schema.addMethod(primaryKey(entity));
        schema.addMethod(override("primaryIndex", RuntimeTypes.INDEX_DESCRIPTOR)
                .addStatement("return $T.PRIMARY_KEY", metamodel).build());
        schema.addMethod(override("secondaryIndexes", ParameterizedTypeName.get(ClassName.get(List.class),
                        RuntimeTypes.INDEX_DESCRIPTOR))
                .addStatement("return SECONDARY_INDEXES").build());
        schema.addMethod(override("attributes", attributeList).addStatement("return ATTRIBUTES").build());
        if (entity.singleTableEntity().isPresent()) {
            schema.addMethod(override("entityKeys", ParameterizedTypeName.get(ClassName.get(Optional.class),
                            RuntimeTypes.ENTITY_KEYS))
                    .addStatement("return $T.of($T.KEYS)", Optional.class, metamodel).build());
        }
        if (entity.version() != null) {
            schema.addMethod(override("versioning", ParameterizedTypeName.get(ClassName.get(Optional.class),
                            ParameterizedTypeName.get(RuntimeTypes.VERSION_SUPPORT, type)))
                    .addStatement("return $T.of($N.INSTANCE)", Optional.class, VERSIONING_CLASS).build());
        }
        LifecycleWriter.schemaMethod(entity).ifPresent(schema::addMethod);
        return schema.build();
    }

    /** @return the {@code AttributeConverter} implementation of a document */
    TypeSpec converterType(EntityModel entity) {
        ClassName type = entity.className();
        Set<String> taken = propertyNames(entity);
        String value = fresh("value", taken);
        String item = fresh("item", taken);
        MethodSpec toAttributeValue = override("toAttributeValue", RuntimeTypes.ATTRIBUTE_VALUE)
                .addParameter(type, value)
                .addCode(toMap(entity, value, item))
                .addStatement("return $T.fromM($N)", RuntimeTypes.ATTRIBUTE_VALUE, item)
                .build();
        MethodSpec fromAttributeValue = override("fromAttributeValue", type)
                .addParameter(RuntimeTypes.ATTRIBUTE_VALUE, value)
                .addStatement("$T $N = $T.members($N, $S)", ITEM, item, RuntimeTypes.ITEM_DECODING, value,
                        type.simpleName())
                .addCode(fromMap(entity, item, value))
                .build();
        return TypeSpec.classBuilder(CONVERTER_CLASS)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.ATTRIBUTE_CONVERTER, type))
                .addMethod(toAttributeValue)
                .addMethod(fromAttributeValue)
                .build();
    }

    /**
     * @return the private static helpers the mapping code calls: {@code read} for non-scalar attributes
     *     and {@code readSet} for sets, each only when used
     */
    List<MethodSpec> helpers(EntityModel entity) {
        boolean nonScalar = false;
        boolean set = false;
        for (AttributeModel attribute : entity.attributes()) {
            TypeMapping value = attribute.type().valueMapping();
            nonScalar |= !Conversions.isScalar(value);
            set |= value.kind() == TypeMapping.Kind.SET;
        }
        List<MethodSpec> helpers = new ArrayList<>(2);
        TypeVariableName v = TypeVariableName.get("V");
        if (nonScalar) {
            helpers.add(MethodSpec.methodBuilder(READ)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addTypeVariable(v)
                    .returns(v)
                    .addParameter(ParameterizedTypeName.get(RuntimeTypes.ATTRIBUTE_CONVERTER, v), "converter")
                    .addParameter(RuntimeTypes.ATTRIBUTE_VALUE, "value")
                    .addStatement("return value == null || $T.TRUE.equals(value.nul()) ? null : converter.fromAttributeValue(value)",
                            Boolean.class)
                    .build());
        }
        if (set) {
            TypeVariableName e = TypeVariableName.get("E");
            TypeName setOfE = ParameterizedTypeName.get(ClassName.get(Set.class), e);
            helpers.add(MethodSpec.methodBuilder(READ_SET)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addTypeVariable(e)
                    .returns(setOfE)
                    .addParameter(ParameterizedTypeName.get(RuntimeTypes.ATTRIBUTE_CONVERTER, setOfE), "converter")
                    .addParameter(RuntimeTypes.ATTRIBUTE_VALUE, "value")
                    .addStatement("$T set = $N(converter, value)", setOfE, READ)
                    .addStatement("return set == null ? new $T<>() : set", LinkedHashSet.class)
                    .build());
        }
        return helpers;
    }

    private MethodSpec toItem(EntityModel entity) {
        Set<String> taken = propertyNames(entity);
        String item = fresh("item", taken);
        String attributes = fresh("attributes", taken);
        return override("toItem", ITEM)
                .addParameter(entity.className(), item)
                .addCode(toMap(entity, item, attributes))
                .addCode(entity.singleTableEntity().isPresent()
                        ? CodeBlock.of("$T.KEYS.addTo($N);\n", Names.metamodel(entity.className()), attributes)
                        : CodeBlock.of(""))
                .addStatement("return $N", attributes)
                .build();
    }

    /** Declares {@code map}, a pre-sized {@code HashMap}, and puts every non-null property of {@code entity} in it. */
    private CodeBlock toMap(EntityModel entity, String source, String map) {
        ClassName metamodel = Names.metamodel(entity.className());
        Set<String> taken = propertyNames(entity);
        taken.add(source);
        taken.add(map);
        int capacity = (entity.attributes().size() * 4 + 2) / 3;
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T $N = new $T<>($L)", ITEM, map, HashMap.class, capacity);
        for (AttributeModel attribute : entity.attributes()) {
            TypeMapping type = attribute.type();
            CodeBlock constant = CodeBlock.of("$T.$N", metamodel, attribute.propertyName());
            CodeBlock getter = CodeBlock.of("$N.$N()", source, attribute.getterName());
            boolean guarded = Conversions.mayReject(type.valueMapping());
            if (type.isPrimitive()) {
                beginGuard(code, guarded);
                code.addStatement("$N.put($S, $L)", map, attribute.attributeName(),
                        Conversions.write(type, getter, constant));
                endGuard(code, guarded, constant, taken);
                continue;
            }
            String local = attribute.propertyName();
            code.addStatement("$T $N = $L", type.javaType(), local, getter);
            CodeBlock value = CodeBlock.of("$N", local);
            if (type.kind() == TypeMapping.Kind.OPTIONAL) {
                code.beginControlFlow("if ($N != null && $N.isPresent())", local, local);
                value = CodeBlock.of("$N.get()", local);
            } else {
                code.beginControlFlow("if ($N != null)", local);
            }
            CodeBlock converted = Conversions.write(type.valueMapping(), value, constant);
            beginGuard(code, guarded);
            if (Conversions.mayConvertToNull(type)) {
                String convertedLocal = fresh(local + "Value", taken);
                code.addStatement("$T $N = $L", RuntimeTypes.ATTRIBUTE_VALUE, convertedLocal, converted);
                code.beginControlFlow("if ($N != null)", convertedLocal)
                        .addStatement("$N.put($S, $N)", map, attribute.attributeName(), convertedLocal)
                        .endControlFlow();
            } else {
                code.addStatement("$N.put($S, $L)", map, attribute.attributeName(), converted);
            }
            endGuard(code, guarded, constant, taken);
            code.endControlFlow();
        }
        return code.build();
    }

    /** Opens a {@code try} around a conversion that can reject a value, so that its error names the attribute. */
    private static void beginGuard(CodeBlock.Builder code, boolean guarded) {
        if (guarded) {
            code.beginControlFlow("try");
        }
    }

    /** Closes {@link #beginGuard}: rethrows the conversion's {@code InvalidValueException} naming the attribute. */
    private static void endGuard(CodeBlock.Builder code, boolean guarded, CodeBlock constant, Set<String> taken) {
        if (guarded) {
            String caught = fresh("invalid", new HashSet<>(taken));
            code.nextControlFlow("catch ($T $N)", RuntimeTypes.INVALID_VALUE_EXCEPTION, caught)
                    .addStatement("throw $T.invalidAttribute($L, $N)", RuntimeTypes.VALUES, constant, caught)
                    .endControlFlow();
        }
    }

    private MethodSpec fromItem(EntityModel entity) {
        return override("fromItem", entity.className())
                .addParameter(ITEM, "item")
                .addCode(entity.singleTableEntity().isPresent()
                        ? CodeBlock.of("$T.KEYS.checkType(item);\n", Names.metamodel(entity.className()))
                        : CodeBlock.of(""))
                .addCode(fromMap(entity, "item", "item"))
                .build();
    }

    /**
     * Builds the entity from {@code map} and returns it; {@code parameter} is the method's parameter. A
     * stored value that cannot be read is rethrown by {@code ItemDecoding.unreadable}, naming the attribute.
     */
    private CodeBlock fromMap(EntityModel entity, String map, String parameter) {
        ClassName metamodel = Names.metamodel(entity.className());
        Set<String> taken = propertyNames(entity);
        taken.add(map);
        taken.add(parameter);
        String caught = fresh("unreadable", taken);
        CodeBlock attributes = entity.document()
                ? CodeBlock.of("$T.of($L)", List.class, constants(metamodel, entity.attributes()))
                : CodeBlock.of("ATTRIBUTES");
        return CodeBlock.builder()
                .beginControlFlow("try")
                .add(construct(entity, attribute -> CodeBlock.of("$N.get($S)", map, attribute.attributeName()),
                        attribute -> false, taken))
                .nextControlFlow("catch ($T $N)", RuntimeTypes.DYNAQ_EXCEPTION, caught)
                .addStatement("throw $T.unreadable($L, $N, $N)", RuntimeTypes.ITEM_DECODING, attributes, map, caught)
                .endControlFlow()
                .build();
    }

    /**
     * Builds the entity from its stored values and returns it, converting each exactly as
     * {@code fromItem} does: the one conversion code shared by the schema, the document converter
     * and the direct decoder ({@link DecoderWriter}). Conversion errors propagate: the direct path
     * then lets the ordinary one read the item, which reports them as {@code fromItem} does.
     *
     * @param value the expression of an attribute's stored {@code AttributeValue} ({@code null} when missing)
     * @param converted the attributes whose {@code value} is already their converted Java value
     *     ({@code null} when missing or NULL), read so by the attribute's converter
     * @param used the names of variables in scope
     */
    CodeBlock fromValues(EntityModel entity, Function<AttributeModel, CodeBlock> value, Predicate<AttributeModel> converted,
            Set<String> used) {
        Set<String> taken = propertyNames(entity);
        taken.addAll(used);
        return construct(entity, value, converted, taken);
    }

    private CodeBlock construct(EntityModel entity, Function<AttributeModel, CodeBlock> value,
            Predicate<AttributeModel> converted, Set<String> taken) {
        ClassName metamodel = Names.metamodel(entity.className());
        CodeBlock.Builder code = CodeBlock.builder();
        if (entity.kind() == EntityModel.Kind.RECORD) {
            List<CodeBlock> arguments = new ArrayList<>(entity.attributes().size());
            for (AttributeModel attribute : entity.attributes()) {
                arguments.add(CodeBlock.of("\n$L", readAttribute(metamodel, attribute, value.apply(attribute),
                        converted.test(attribute))));
            }
            return code.add("return new $T(", entity.className())
                    .indent().indent()
                    .add(CodeBlock.join(arguments, ","))
                    .unindent().unindent()
                    .add(");\n")
                    .build();
        }
        String bean = fresh(decapitalize(entity.className().simpleName()), taken);
        code.addStatement("$T $N = new $T()", entity.className(), bean, entity.className());
        for (AttributeModel attribute : entity.attributes()) {
            code.addStatement("$N.$N($L)", bean, attribute.setterName(),
                    readAttribute(metamodel, attribute, value.apply(attribute), converted.test(attribute)));
        }
        return code.addStatement("return $N", bean).build();
    }

    private static CodeBlock readAttribute(ClassName metamodel, AttributeModel attribute, CodeBlock value, boolean converted) {
        CodeBlock constant = CodeBlock.of("$T.$N", metamodel, attribute.propertyName());
        TypeMapping type = attribute.type();
        if (converted) {
            if (type.isPrimitive()) {
                return Conversions.orZero(type, value); // a missing attribute, as Values reads it
            }
            return type.kind() == TypeMapping.Kind.OPTIONAL ? CodeBlock.of("$T.ofNullable($L)", Optional.class, value) : value;
        }
        if (type.kind() == TypeMapping.Kind.OPTIONAL) {
            return CodeBlock.of("$T.ofNullable($L)", Optional.class, Conversions.read(type.valueMapping(), value, constant));
        }
        return Conversions.read(type, value, constant);
    }

    private MethodSpec primaryKey(EntityModel entity) {
        ClassName metamodel = Names.metamodel(entity.className());
        if (entity.singleTableEntity().isPresent()) {
            List<CodeBlock> values = new ArrayList<>();
            for (AttributeModel variable : ComposedKeys.keyVariables(entity.singleTableEntity().get().tableKey())) {
                values.add(ComposedKeys.keyValue(metamodel, variable, CodeBlock.of("item.$N()", variable.getterName())));
            }
            return override("primaryKey", ITEM)
                    .addParameter(entity.className(), "item")
                    .addStatement("return $T.KEYS.primaryKey($T.of($L))", metamodel, List.class,
                            CodeBlock.join(values, ", "))
                    .build();
        }
        IndexModel key = entity.primaryKey();
        MethodSpec.Builder method = override("primaryKey", ITEM)
                .addParameter(entity.className(), "item")
                .addStatement("$T key = new $T<>($L)", ITEM, LinkedHashMap.class, key.sortKey() == null ? 2 : 4);
        for (AttributeModel attribute : keyAttributes(key)) {
            method.addStatement("key.put($S, $T.$N.toKeyValue(item.$N()))", attribute.attributeName(), metamodel,
                    attribute.propertyName(), attribute.getterName());
        }
        return method.addStatement("return key").build();
    }

    /** @return the {@code VersionSupport}, a class of its own that loads on its first use (a write), not with the schema */
    private TypeSpec versionType(EntityModel entity, AttributeModel version) {
        ClassName type = entity.className();
        TypeMapping mapping = version.type();
        MethodSpec.Builder read = override("version", TypeName.LONG).addParameter(type, "item");
        if (mapping.isPrimitive()) {
            read.addStatement("return item.$N()", version.getterName());
        } else {
            read.addStatement("$T version = item.$N()", mapping.javaType(), version.getterName())
                    .addStatement("return version == null ? 0L : version");
        }
        boolean isInt = mapping.kind() == TypeMapping.Kind.INT;
        CodeBlock newVersion = isInt ? CodeBlock.of("(int) version") : CodeBlock.of("version");
        MethodSpec.Builder write = override("withVersion", type)
                .addParameter(type, "item")
                .addParameter(TypeName.LONG, "version");
        if (entity.kind() == EntityModel.Kind.RECORD) {
            List<CodeBlock> arguments = new ArrayList<>(entity.attributes().size());
            for (AttributeModel attribute : entity.attributes()) {
                arguments.add(attribute == version ? newVersion : CodeBlock.of("item.$N()", attribute.getterName()));
            }
            write.addStatement("return new $T($L)", type, CodeBlock.join(arguments, ", "));
        } else {
            write.addStatement("item.$N($L)", version.setterName(), newVersion).addStatement("return item");
        }
        ClassName versioning = Names.metamodel(type).nestedClass(SCHEMA_CLASS).nestedClass(VERSIONING_CLASS);
        return TypeSpec.classBuilder(VERSIONING_CLASS)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.VERSION_SUPPORT, type))
                .addField(FieldSpec.builder(versioning, "INSTANCE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", versioning)
                        .build())
                .addMethod(override("attributeName", ClassName.get(String.class))
                        .addStatement("return $S", version.attributeName()).build())
                .addMethod(read.build())
                .addMethod(write.build())
                .build();
    }

    /** @return the key's partition key, then its sort key if any */
    static List<AttributeModel> keyAttributes(IndexModel key) {
        return key.sortKey() == null ? List.of(key.partitionKey()) : List.of(key.partitionKey(), key.sortKey());
    }

    private static CodeBlock constants(ClassName metamodel, List<AttributeModel> attributes) {
        List<CodeBlock> constants = new ArrayList<>(attributes.size());
        for (AttributeModel attribute : attributes) {
            constants.add(CodeBlock.of("$T.$N", metamodel, attribute.propertyName()));
        }
        return CodeBlock.join(constants, ",$W");
    }

    private static CodeBlock indexConstants(ClassName metamodel, List<IndexModel> indexes) {
        List<CodeBlock> constants = new ArrayList<>(indexes.size());
        for (IndexModel index : indexes) {
            constants.add(CodeBlock.of("$T.$N", metamodel, Names.constant(index.name())));
        }
        return CodeBlock.join(constants, ",$W");
    }

    private static MethodSpec.Builder override(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
    }

    static Set<String> propertyNames(EntityModel entity) {
        Set<String> names = new HashSet<>();
        for (AttributeModel attribute : entity.attributes()) {
            names.add(attribute.propertyName());
        }
        return names;
    }

    /** @return {@code base}, or {@code base} with underscores appended until it is not taken; marks it taken */
    static String fresh(String base, Set<String> taken) {
        String name = base;
        while (!taken.add(name)) {
            name = name + "_";
        }
        return name;
    }

    private static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
