package dev.dynaq.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.EntityKeyModel;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.KeyTemplateModel;
import dev.dynaq.processor.model.Names;
import dev.dynaq.processor.model.SingleTableEntityModel;
import dev.dynaq.processor.model.TypeMapping;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code CustomerTable} for a {@code @DynamoEntity} of a shared table: a {@code Table<Customer>}
 * over the shared table whose key methods take the key template's variables
 * ({@code get(customerId)}, {@code update(customerId, createdAt, orderId)}), and one
 * {@code queryBy...} method and query type per key template, with sort-key conditions on the sort
 * template's leading variables.
 */
public final class SharedEntityTableWriter extends SourceFileWriter {

    /** A sort-key operation on one variable of a composite sort template. */
    private record Operation(String suffix, String factory, String meaning) {
    }

    private static final List<Operation> COMPARISONS = List.of(
            new Operation("Lt", "lt", "is less than"),
            new Operation("Le", "le", "is less than or equal to"),
            new Operation("Gt", "gt", "is greater than"),
            new Operation("Ge", "ge", "is greater than or equal to"));

    @Override
    TypeSpec.Builder type(EntityModel entity) {
        SingleTableEntityModel single = entity.singleTableEntity().orElseThrow();
        ClassName type = Names.table(entity.className());
        ClassName metamodel = Names.metamodel(entity.className());
        TypeName context = ParameterizedTypeName.get(RuntimeTypes.TABLE_CONTEXT, entity.className());
        TypeSpec.Builder table = TypeSpec.classBuilder(type)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.TABLE, entity.className()))
                .addJavadoc("The {@link $T} items of shared table {@value $T#TABLE_NAME}, with methods typed by the\n"
                        + "variables of its key templates. Its keys are composed ($L); every item it writes\n"
                        + "carries {@code $L} {@code $L}. Immutable and thread-safe: create one and share it.\n",
                        entity.className(), metamodel, describe(single.tableKey()), single.typeAttribute(),
                        single.typeName())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(context, "context")
                        .addStatement("super(context)")
                        .build())
                .addMethods(factories(entity, type, metamodel))
                .addMethod(SignedCursors.method(type, "table"))
                .addMethod(keyMethod(entity, metamodel, single.tableKey()))
                .addMethods(keyedOverloads(entity, single.tableKey()));
        for (EntityKeyModel key : single.allKeys()) {
            table.addMethod(queryMethod(entity, type, metamodel, key));
            table.addType(queryType(entity, type, metamodel, key));
        }
        return table;
    }

    private static String describe(EntityKeyModel key) {
        return "{@code " + ComposedKeys.javadocText(key.partition().text()) + "}, {@code "
                + ComposedKeys.javadocText(key.sort().text()) + "}";
    }

    private static List<MethodSpec> factories(EntityModel entity, ClassName type, ClassName metamodel) {
        return SharedFactories.of(type, CodeBlock.of("$T.SCHEMA", metamodel), CodeBlock.of("$T.TABLE_NAME", metamodel),
                CodeBlock.of("Opens the {@link $T} items of the shared table in an environment: through its client,\n"
                        + "under the name its {@link $T#tableNames() table names} map {@value $T#TABLE_NAME} to, with its"
                        + " options.\n\n", entity.className(), RuntimeTypes.DYNAQ, metamodel),
                CodeBlock.of("Opens the {@link $T} items of table {@value $T#TABLE_NAME} through a sync client.\n\n",
                        entity.className(), metamodel),
                CodeBlock.of("Opens the {@link $T} items of the shared table under another name (per environment,\n"
                        + "say) through a sync client.\n\n", entity.className()));
    }

    private static String names(List<AttributeModel> variables) {
        return variables.stream().map(variable -> "{@code " + variable.propertyName() + "}")
                .collect(Collectors.joining(variables.size() == 2 ? " and " : ", "));
    }

    private static MethodSpec keyMethod(EntityModel entity, ClassName metamodel, EntityKeyModel key) {
        List<AttributeModel> variables = ComposedKeys.keyVariables(key);
        MethodSpec.Builder method = MethodSpec.methodBuilder("key")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.KEY, entity.className()))
                .addJavadoc("Builds the key of the {@link $T} with the given $L: $L.\n\n", entity.className(),
                        names(variables), describe(key));
        for (AttributeModel variable : variables) {
            method.addParameter(ComposedKeys.type(variable), variable.propertyName())
                    .addJavadoc("@param $N a variable of the key\n", variable.propertyName());
        }
        return method.addJavadoc("@return the key\n")
                .addJavadoc("@throws dev.dynaq.InvalidValueException if a value is null or empty\n")
                .addStatement("return $T.fromMap($T.KEYS.primaryKey($L))", RuntimeTypes.KEY, metamodel,
                        ComposedKeys.keyValues(metamodel, variables))
                .build();
    }

    private static List<MethodSpec> keyedOverloads(EntityModel entity, EntityKeyModel key) {
        List<AttributeModel> variables = ComposedKeys.keyVariables(key);
        List<KeyedOperation.Parameter> keys = new ArrayList<>(variables.size());
        for (AttributeModel variable : variables) {
            keys.add(new KeyedOperation.Parameter(ComposedKeys.type(variable), variable.propertyName(), "a variable of the key"));
        }
        return KeyedOperation.overloads(entity.className(), names(variables), keys, KeyedOperation.SYNC,
                "@throws IllegalArgumentException from {@code execute()} if it changes a variable of the table key");
    }

    private static ClassName queryTypeName(ClassName table, EntityKeyModel key) {
        return table.nestedClass(Names.capitalize(key.queryName()) + "Query");
    }

    private static CodeBlock templateOf(ClassName metamodel, EntityKeyModel key, String which) {
        CodeBlock indexKey = key.isTableKey()
                ? CodeBlock.of("$T.KEYS.tableKey()", metamodel)
                : CodeBlock.of("$T.KEYS.indexKey($S)", metamodel, key.indexName());
        return CodeBlock.of("$L.$N()", indexKey, which);
    }

    private static String where(EntityKeyModel key) {
        return key.isTableKey() ? "" : " in global index {@code " + key.indexName() + "}";
    }

    private static MethodSpec queryMethod(EntityModel entity, ClassName table, ClassName metamodel, EntityKeyModel key) {
        List<AttributeModel> variables = ComposedKeys.distinct(key.partition());
        ClassName queryType = queryTypeName(table, key);
        String descriptor = key.isTableKey() ? "PRIMARY_KEY" : Names.constant(key.indexName());
        MethodSpec.Builder method = MethodSpec.methodBuilder("queryBy" + Names.capitalize(key.queryName()))
                .addModifiers(Modifier.PUBLIC)
                .returns(queryType)
                .addJavadoc("Queries the {@link $T} items of partition {@code $L}$L$L: only this entity's sort keys\n"
                        + "({@code $L}), so no item of another type in the partition is read.\n\n",
                        entity.className(), ComposedKeys.javadocText(key.partition().text()),
                        variables.isEmpty() ? "" : " with the given " + names(variables), where(key),
                        ComposedKeys.javadocText(key.sort().text()));
        for (AttributeModel variable : variables) {
            method.addParameter(ComposedKeys.type(variable), variable.propertyName())
                    .addJavadoc("@param $N a variable of the partition key\n", variable.propertyName());
        }
        CodeBlock partition = CodeBlock.of("$L.key($L)", templateOf(metamodel, key, "partition"),
                ComposedKeys.keyValues(metamodel, variables));
        return method.addJavadoc("@return the query, to refine and run\n")
                .addJavadoc("@throws dev.dynaq.InvalidValueException if a value is null or empty\n")
                .addStatement("return new $T(context(),$W$T.partition($T.$N, $L)$W.withSortKey($L.all()))", queryType,
                        RuntimeTypes.QUERY_SPEC, metamodel, descriptor, partition,
                        templateOf(metamodel, key, "sort"))
                .build();
    }

    private static TypeSpec queryType(EntityModel entity, ClassName table, ClassName metamodel, EntityKeyModel key) {
        ClassName type = queryTypeName(table, key);
        TypeSpec.Builder query = QueryTypes.skeleton(type, RuntimeTypes.QUERY, entity.className())
                .addJavadoc("A query of the {@link $T} items of one partition {@code $L}$L, in the order of their sort\n"
                        + "keys {@code $L}.\n", entity.className(), ComposedKeys.javadocText(key.partition().text()),
                        where(key), ComposedKeys.javadocText(key.sort().text()));
        query.addMethods(sortMethods(type, metamodel, key));
        if (key.isTableKey()) {
            query.addMethod(QueryTypes.consistentRead(type));
        }
        return query.build();
    }

    /** @return for each variable of the sort template, its conditions given the variables before it */
    private static List<MethodSpec> sortMethods(ClassName type, ClassName metamodel, EntityKeyModel key) {
        KeyTemplateModel sort = key.sort();
        List<AttributeModel> variables = ComposedKeys.distinct(sort);
        if (variables.size() != sort.variables().size()) {
            return List.of(); // a variable used twice: no ordered conditions on it
        }
        CodeBlock template = templateOf(metamodel, key, "sort");
        List<MethodSpec> methods = new ArrayList<>();
        for (int k = 0; k < variables.size(); k++) {
            AttributeModel variable = variables.get(k);
            List<AttributeModel> fixed = variables.subList(0, k);
            Set<String> taken = new HashSet<>();
            fixed.forEach(before -> taken.add(before.propertyName()));
            String before = fixed.isEmpty() ? "" : " (after the given " + names(fixed) + ")";
            List<AttributeModel> all = variables.subList(0, k + 1);
            MethodSpec.Builder eq = method(type, variable.propertyName() + "Eq")
                    .addJavadoc("Selects the items whose {@code $L}$L equals the value.\n\n", variable.propertyName(),
                            before);
            all.forEach(each -> eq.addParameter(ComposedKeys.type(each), each.propertyName())
                    .addJavadoc("@param $N a variable of the sort key\n", each.propertyName()));
            methods.add(eq.addJavadoc("@return the new query\n")
                    .addStatement("return withSortKey($L.eq($L))", template, ComposedKeys.keyValues(metamodel, all))
                    .build());
            CodeBlock fixedValues = ComposedKeys.keyValues(metamodel, fixed);
            String value = fresh(variable.propertyName(), taken);
            for (Operation operation : COMPARISONS) {
                MethodSpec.Builder method = method(type, variable.propertyName() + operation.suffix())
                        .addJavadoc("Selects the items whose {@code $L}$L $L the value.\n\n", variable.propertyName(),
                                before, operation.meaning());
                addFixed(method, fixed);
                methods.add(method.addParameter(ComposedKeys.type(variable), value)
                        .addJavadoc("@param $N the value\n", value)
                        .addJavadoc("@return the new query\n")
                        .addStatement("return withSortKey($L.$N($L, $L))", template, operation.factory(), fixedValues,
                                ComposedKeys.keyValue(metamodel, variable, CodeBlock.of("$N", value)))
                        .build());
            }
            String low = fresh("low", taken);
            String high = fresh("high", taken);
            MethodSpec.Builder between = method(type, variable.propertyName() + "Between")
                    .addJavadoc("Selects the items whose {@code $L}$L is between {@code $L} and {@code $L}, both"
                            + " included.\n\n", variable.propertyName(), before, low, high);
            addFixed(between, fixed);
            methods.add(between.addParameter(ComposedKeys.type(variable), low)
                    .addParameter(ComposedKeys.type(variable), high)
                    .addJavadoc("@param $N the lowest value\n", low)
                    .addJavadoc("@param $N the highest value\n", high)
                    .addJavadoc("@return the new query\n")
                    .addJavadoc("@throws dev.dynaq.InvalidValueException if {@code $L} is after {@code $L}\n", low, high)
                    .addStatement("return withSortKey($L.between($L, $L, $L))", template, fixedValues,
                            ComposedKeys.keyValue(metamodel, variable, CodeBlock.of("$N", low)),
                            ComposedKeys.keyValue(metamodel, variable, CodeBlock.of("$N", high)))
                    .build());
            if (variable.type().kind() == TypeMapping.Kind.STRING) {
                String prefix = fresh("prefix", taken);
                MethodSpec.Builder begins = method(type, variable.propertyName() + "BeginsWith")
                        .addJavadoc("Selects the items whose {@code $L}$L begins with the prefix.\n\n",
                                variable.propertyName(), before);
                addFixed(begins, fixed);
                methods.add(begins.addParameter(String.class, prefix)
                        .addJavadoc("@param $N the prefix, not empty\n", prefix)
                        .addJavadoc("@return the new query\n")
                        .addStatement("return withSortKey($L.beginsWith($L, $L))", template, fixedValues,
                                ComposedKeys.keyValue(metamodel, variable, CodeBlock.of("$N", prefix)))
                        .build());
            }
        }
        return methods;
    }

    private static MethodSpec.Builder method(ClassName type, String name) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(type);
    }

    private static void addFixed(MethodSpec.Builder method, List<AttributeModel> fixed) {
        for (AttributeModel each : fixed) {
            method.addParameter(ComposedKeys.type(each), each.propertyName())
                    .addJavadoc("@param $N a variable of the sort key\n", each.propertyName());
        }
    }

    private static String fresh(String base, Set<String> taken) {
        String name = base;
        while (!taken.add(name)) {
            name = name + "_";
        }
        return name;
    }
}
