package dev.dynaq.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.CollectionModel;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.GlobalIndexModel;
import dev.dynaq.processor.model.Names;
import dev.dynaq.processor.model.SharedTableModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code ShopTable} for a {@code @SingleTable}: the table's key and index descriptors,
 * {@code createTable()} with the union of its entities' keys and indexes, and per item collection a
 * query ({@code queryCustomerCollection(customerId)}), its query type and its result type with one
 * accessor per entity and a sealed item type with a visitor. The file depends on the declaration and
 * every entity, and names them all as originating elements.
 */
public final class SharedTableWriter {
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName OPTIONAL = ClassName.get(Optional.class);

    /**
     * @param table a validated shared table with its entities
     * @return the generated file
     */
    public JavaFile write(SharedTableModel table) {
        ClassName type = Names.sharedTable(table.className());
        TypeSpec.Builder builder = TypeSpec.classBuilder(type)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(RuntimeTypes.SHARED_TABLE)
                .addAnnotation(AnnotationSpec.builder(GENERATED)
                        .addMember("value", "$S", SourceFileWriter.PROCESSOR).build())
                .addJavadoc("Shared table {@value #TABLE_NAME} of {@link $T}, holding $L: {@code createTable()} with\n"
                        + "the union of their keys and indexes, and a typed query per item collection. Each entity's\n"
                        + "own items are read and written through its table ($L). Immutable and thread-safe.\n",
                        table.className(), entityList(table), tableList(table))
                .addOriginatingElement(table.element());
        for (EntityModel entity : table.entities()) {
            builder.addOriginatingElement(entity.element());
        }
        builder.addField(constant(String.class, "TABLE_NAME", CodeBlock.of("$S", table.tableName()),
                "The name of the table in the model: {@value}."));
        builder.addField(constant(String.class, "TYPE_ATTRIBUTE", CodeBlock.of("$S", table.typeAttribute()),
                "The attribute that holds each item's entity type: {@value}."));
        builder.addField(constant(RuntimeTypes.INDEX_DESCRIPTOR, "PRIMARY_KEY",
                CodeBlock.of("$T.primary($L, $L)", RuntimeTypes.INDEX_DESCRIPTOR, keyAttribute(table.partitionKey()),
                        keyAttribute(table.sortKey())),
                "The table's key: partition key {@code " + table.partitionKey() + "}, sort key {@code "
                        + table.sortKey() + "}, both strings."));
        List<CodeBlock> indexConstants = new ArrayList<>();
        for (GlobalIndexModel index : table.globalIndexes()) {
            String name = Names.constant(index.name());
            indexConstants.add(CodeBlock.of("$N", name));
            builder.addField(constant(RuntimeTypes.INDEX_DESCRIPTOR, name,
                    CodeBlock.of("new $T($S, $T.GLOBAL,$W$L,$W$L,$W$T.ALL, $T.of())", RuntimeTypes.INDEX_DESCRIPTOR,
                            index.name(), RuntimeTypes.INDEX_KIND, keyAttribute(index.partitionKey()),
                            keyAttribute(index.sortKey()), RuntimeTypes.INDEX_PROJECTION, List.class),
                    "Global index {@code " + index.name() + "}: partition key {@code " + index.partitionKey()
                            + "}, sort key {@code " + index.sortKey() + "}, every attribute projected."));
        }
        CodeBlock indexes = CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(indexConstants, ", "));
        builder.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.ITEM_SCHEMA, RuntimeTypes.UNKNOWN_ITEM),
                        "SCHEMA", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("schema(TABLE_NAME, TYPE_ATTRIBUTE, PRIMARY_KEY, $L)", indexes)
                .build());
        for (CollectionModel collection : table.collections()) {
            builder.addField(collectionSchema(type, collection, indexes));
        }
        TypeName context = ParameterizedTypeName.get(RuntimeTypes.TABLE_CONTEXT, RuntimeTypes.UNKNOWN_ITEM);
        builder.addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(context, "context")
                        .addStatement("super(context)")
                        .build())
                .addMethods(factories(type))
                .addMethod(signedCursors(type));
        for (CollectionModel collection : table.collections()) {
            builder.addMethod(collectionQueryMethod(table, type, collection));
            builder.addType(collectionQueryType(type, collection));
            builder.addType(resultType(type, collection));
        }
        return JavaFile.builder(type.packageName(), builder.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private static String entityList(SharedTableModel table) {
        if (table.entities().isEmpty()) {
            return "no entity type yet";
        }
        return "the entity types " + table.entities().stream()
                .map(entity -> "{@link " + entity.className().canonicalName() + "} ({@code "
                        + entity.singleTableEntity().orElseThrow().typeName() + "})")
                .collect(Collectors.joining(", "));
    }

    private static String tableList(SharedTableModel table) {
        if (table.entities().isEmpty()) {
            return "none yet";
        }
        return table.entities().stream()
                .map(entity -> "{@link " + Names.table(entity.className()).canonicalName() + "}")
                .collect(Collectors.joining(", "));
    }

    private static FieldSpec constant(Object type, String name, CodeBlock initializer, String javadoc) {
        TypeName typeName = type instanceof TypeName t ? t : ClassName.get((Class<?>) type);
        return FieldSpec.builder(typeName, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(javadoc + "\n")
                .initializer(initializer)
                .build();
    }

    private static CodeBlock keyAttribute(String name) {
        return CodeBlock.of("new $T($S, $T.S)", RuntimeTypes.KEY_ATTRIBUTE, name, RuntimeTypes.SCALAR_TYPE);
    }

    private static String schemaConstant(CollectionModel collection) {
        return Names.constant(collection.name()) + "_COLLECTION"
                + (collection.indexName() == null ? "" : "_" + Names.constant(collection.indexName()));
    }

    private static ClassName collectionType(ClassName table, CollectionModel collection) {
        return table.nestedClass(collection.name() + "Collection");
    }

    private static ClassName queryType(ClassName table, CollectionModel collection) {
        return table.nestedClass(collection.name() + "CollectionQuery");
    }

    private static ClassName itemType(ClassName table, CollectionModel collection) {
        return collectionType(table, collection).nestedClass("Item");
    }

    private static ClassName variant(ClassName table, CollectionModel collection, EntityModel entity) {
        return collectionType(table, collection).nestedClass(Names.collectionMember(entity) + "Item");
    }

    private static ClassName unknownVariant(ClassName table, CollectionModel collection) {
        return collectionType(table, collection).nestedClass("Unknown");
    }

    private static FieldSpec collectionSchema(ClassName table, CollectionModel collection, CodeBlock indexes) {
        ClassName item = itemType(table, collection);
        CodeBlock.Builder init = CodeBlock.builder()
                .add("$T.builder($T.class, TABLE_NAME, TYPE_ATTRIBUTE, PRIMARY_KEY, $L, $T::new)", RuntimeTypes.MIXED_SCHEMA,
                        item, indexes, unknownVariant(table, collection));
        for (CollectionModel.Member member : collection.members()) {
            EntityModel entity = member.entity();
            init.add("\n$>$>.member($S, $T.SCHEMA, $T::new)$<$<", entity.singleTableEntity().orElseThrow().typeName(),
                    Names.metamodel(entity.className()), variant(table, collection, entity));
        }
        init.add("\n$>$>.build()$<$<");
        return FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.ITEM_SCHEMA, item), schemaConstant(collection),
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(init.build())
                .build();
    }

    private static List<MethodSpec> factories(ClassName type) {
        return SharedFactories.of(type, CodeBlock.of("SCHEMA"), CodeBlock.of("TABLE_NAME"),
                CodeBlock.of("Opens the shared table in an environment: through its client, under the name its\n"
                        + "{@link $T#tableNames() table names} map {@value #TABLE_NAME} to, with its options.\n\n",
                        RuntimeTypes.DYNAQ),
                CodeBlock.of("Opens table {@value #TABLE_NAME} through a sync client.\n\n"),
                CodeBlock.of("Opens the shared table under another name (per environment, say) through a sync client.\n\n"));
    }

    private static MethodSpec signedCursors(ClassName type) {
        return MethodSpec.methodBuilder("withSignedCursors")
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addJavadoc("Returns a copy of this table whose collection pages' cursors carry an HMAC-SHA256 signature\n"
                        + "under {@code secret}, and whose collection queries refuse, before any request, every cursor\n"
                        + "that is unsigned or whose signature does not match.\n\n")
                .addJavadoc("@param secret the secret, at least 16 bytes (32 random bytes recommended); copied\n")
                .addJavadoc("@return the copy; this table is unchanged\n")
                .addJavadoc("@throws IllegalArgumentException if the secret is shorter than 16 bytes\n")
                .addParameter(ArrayTypeName.of(TypeName.BYTE), "secret")
                .addStatement("return new $T(context().withCursorSecret(secret))", type)
                .build();
    }

    private static String where(CollectionModel collection) {
        return collection.indexName() == null ? "" : " of global index {@code " + collection.indexName() + "}";
    }

    private static MethodSpec collectionQueryMethod(SharedTableModel table, ClassName type, CollectionModel collection) {
        CollectionModel.Member first = collection.members().get(0);
        ClassName metamodel = Names.metamodel(first.entity().className());
        List<AttributeModel> variables = ComposedKeys.distinct(collection.partition());
        ClassName query = queryType(type, collection);
        String descriptor = collection.indexName() == null ? "PRIMARY_KEY" : Names.constant(collection.indexName());
        CodeBlock template = first.key().isTableKey()
                ? CodeBlock.of("$T.KEYS.tableKey().partition()", metamodel)
                : CodeBlock.of("$T.KEYS.indexKey($S).partition()", metamodel, first.key().indexName());
        MethodSpec.Builder method = MethodSpec.methodBuilder(Names.collectionQueryMethod(collection))
                .addModifiers(Modifier.PUBLIC)
                .returns(query)
                .addJavadoc("Queries item collection {@code $L}$L: every item of partition {@code $L}, of the types\n"
                        + "$L, in one query of one partition, in sort-key order.\n\n", collection.name(),
                        where(collection), ComposedKeys.javadocText(collection.partition().text()),
                        collection.members().stream().map(member -> "{@link "
                                + member.entity().className().canonicalName() + "}").collect(Collectors.joining(", ")));
        for (AttributeModel variable : variables) {
            method.addParameter(ComposedKeys.type(variable), variable.propertyName())
                    .addJavadoc("@param $N a variable of the partition key\n", variable.propertyName());
        }
        return method.addJavadoc("@return the query, to refine and run\n")
                .addJavadoc("@throws dev.dynaq.InvalidValueException if a value is null or empty\n")
                .addStatement("return new $T(context($N),$W$T.partition($N, $L.key($L)))", query,
                        schemaConstant(collection), RuntimeTypes.QUERY_SPEC, descriptor, template,
                        ComposedKeys.keyValues(metamodel, variables))
                .build();
    }

    private static TypeSpec collectionQueryType(ClassName table, CollectionModel collection) {
        ClassName query = queryType(table, collection);
        ClassName result = collectionType(table, collection);
        ClassName item = itemType(table, collection);
        TypeSpec.Builder type = QueryTypes.skeleton(query, RuntimeTypes.QUERY, item)
                .addJavadoc("A query of item collection {@code $L}$L: its items, each decoded to its entity type by\n"
                        + "the type attribute, as a stream, pages with cursors, or grouped by type ({@link #fetchCollection},\n"
                        + "{@link #collect}).\n", collection.name(), where(collection))
                .addMethod(MethodSpec.methodBuilder("fetchCollection")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(result)
                        .addJavadoc("Reads one page of the collection, grouped by type: {@code fetchPage(pageSize)}.\n\n")
                        .addJavadoc("@param pageSize the number of items, of any type, in the page\n")
                        .addJavadoc("@return the page's items by type, with the cursor to resume after it\n")
                        .addParameter(TypeName.INT, "pageSize")
                        .addStatement("return new $T(fetchPage(pageSize))", result)
                        .build())
                .addMethod(MethodSpec.methodBuilder("collect")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(result)
                        .addJavadoc("Reads the whole collection (every page), grouped by type.\n\n")
                        .addJavadoc("@return the items by type, without cursor\n")
                        .addStatement("return new $T(new $T<>(list(), null, null))", result, RuntimeTypes.PAGE)
                        .build());
        if (collection.indexName() == null) {
            type.addMethod(QueryTypes.consistentRead(query));
        }
        return type.build();
    }

    private static TypeSpec resultType(ClassName table, CollectionModel collection) {
        ClassName result = collectionType(table, collection);
        ClassName item = itemType(table, collection);
        ClassName unknown = unknownVariant(table, collection);
        ClassName visitor = result.nestedClass("Visitor");
        TypeName page = ParameterizedTypeName.get(RuntimeTypes.PAGE, item);
        TypeSpec.Builder type = TypeSpec.classBuilder(result)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Items of collection {@code $L}$L, grouped by entity type, in sort-key order within each\n"
                        + "type; {@link #items()} keeps them mixed, in the order read. Immutable.\n",
                        collection.name(), where(collection))
                .addField(page, "page", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(page, "page")
                        .addStatement("this.page = page")
                        .build());
        Set<String> taken = new HashSet<>(Set.of("items", "cursor", "hasMore", "unknownItems", "page", "toString",
                "hashCode", "equals", "getClass"));
        List<ClassName> permits = new ArrayList<>();
        TypeSpec.Builder visitorType = TypeSpec.interfaceBuilder(visitor)
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariable(TypeVariableName.get("R"))
                .addJavadoc("Handles each type of item of the collection, for code that walks the mixed items.\n\n")
                .addJavadoc("@param <R> what it returns\n");
        for (CollectionModel.Member member : collection.members()) {
            ClassName entity = member.entity().className();
            ClassName variant = variant(table, collection, member.entity());
            permits.add(variant);
            String base = Names.collectionMember(member.entity());
            String accessor = fresh(member.single() ? Names.singular(base) : Names.plural(base), taken);
            String visit = Names.singular(base);
            if (member.single()) {
                type.addMethod(MethodSpec.methodBuilder(accessor)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(OPTIONAL, entity))
                        .addJavadoc("@return the {@link $T} of the partition, if it was read (a partition holds at most one)\n",
                                entity)
                        .addStatement("return page.items().stream().filter($T.class::isInstance).map($T.class::cast)"
                                + ".map($T::$N).findFirst()", variant, variant, variant, visit)
                        .build());
            } else {
                type.addMethod(MethodSpec.methodBuilder(accessor)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(LIST, entity))
                        .addJavadoc("@return the {@link $T} items read, in the order read\n", entity)
                        .addStatement("return page.items().stream().filter($T.class::isInstance).map($T.class::cast)"
                                + ".map($T::$N).toList()", variant, variant, variant, visit)
                        .build());
            }
            visitorType.addMethod(MethodSpec.methodBuilder(visit)
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(TypeVariableName.get("R"))
                    .addParameter(entity, visit)
                    .addJavadoc("@param $N an item of type {@link $T}\n", visit, entity)
                    .addJavadoc("@return the result\n")
                    .build());
            type.addType(TypeSpec.recordBuilder(variant)
                    .addModifiers(Modifier.PUBLIC)
                    .addSuperinterface(item)
                    .recordConstructor(MethodSpec.constructorBuilder()
                            .addParameter(ParameterSpec.builder(entity, visit).build())
                            .build())
                    .addJavadoc("An item of the collection that is a {@link $T}.\n\n", entity)
                    .addJavadoc("@param $N the item\n", visit)
                    .addMethod(accept(visitor, CodeBlock.of("visitor.$N($N)", visit, visit)))
                    .build());
        }
        permits.add(unknown);
        visitorType.addMethod(MethodSpec.methodBuilder("unknown")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(TypeVariableName.get("R"))
                .addParameter(RuntimeTypes.UNKNOWN_ITEM, "item")
                .addJavadoc("@param item an item whose type attribute names none of the collection's types\n")
                .addJavadoc("@return the result\n")
                .build());
        type.addType(TypeSpec.recordBuilder(unknown)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(item)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(RuntimeTypes.UNKNOWN_ITEM, "item")
                        .build())
                .addJavadoc("An item of the partition whose type attribute names none of the collection's entity types\n"
                        + "(or is missing): kept as read, never decoded as one of them.\n\n")
                .addJavadoc("@param item the item as read\n")
                .addMethod(accept(visitor, CodeBlock.of("visitor.unknown(item)")))
                .build());
        TypeSpec.Builder itemInterface = TypeSpec.interfaceBuilder(item)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addJavadoc("One item of the collection, of one of its entity types or unknown.\n")
                .addMethod(MethodSpec.methodBuilder("accept")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .addTypeVariable(TypeVariableName.get("R"))
                        .returns(TypeVariableName.get("R"))
                        .addParameter(ParameterizedTypeName.get(visitor, TypeVariableName.get("R")), "visitor")
                        .addJavadoc("@param visitor handles each type\n")
                        .addJavadoc("@param <R> what the visitor returns\n")
                        .addJavadoc("@return what the visitor returned for this item\n")
                        .build());
        permits.forEach(itemInterface::addPermittedSubclass);
        type.addType(itemInterface.build()).addType(visitorType.build());
        type.addMethod(MethodSpec.methodBuilder("unknownItems")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(LIST, RuntimeTypes.UNKNOWN_ITEM))
                        .addJavadoc("@return the items whose type attribute names none of the collection's types, as read\n")
                        .addStatement("return page.items().stream().filter($T.class::isInstance).map($T.class::cast)"
                                + ".map($T::item).toList()", unknown, unknown, unknown)
                        .build())
                .addMethod(MethodSpec.methodBuilder("items")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(LIST, item))
                        .addJavadoc("@return every item read, mixed, in sort-key order\n")
                        .addStatement("return page.items()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("cursor")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(OPTIONAL, RuntimeTypes.CURSOR))
                        .addJavadoc("@return where to resume with {@code startCursor(...)}; empty after the last page\n")
                        .addStatement("return page.cursor()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("hasMore")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.BOOLEAN)
                        .addJavadoc("@return whether a cursor was returned (the next page may still be empty)\n")
                        .addStatement("return page.hasMore()")
                        .build());
        return type.build();
    }

    private static MethodSpec accept(ClassName visitor, CodeBlock call) {
        return MethodSpec.methodBuilder("accept")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariable(TypeVariableName.get("R"))
                .returns(TypeVariableName.get("R"))
                .addParameter(ParameterizedTypeName.get(visitor, TypeVariableName.get("R")), "visitor")
                .addStatement("return $L", call)
                .build();
    }

    private static String fresh(String base, Set<String> taken) {
        String name = base;
        while (!taken.add(name)) {
            name = name + "_";
        }
        return name;
    }
}
