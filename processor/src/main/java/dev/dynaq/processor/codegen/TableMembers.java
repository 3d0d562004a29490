package dev.dynaq.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.IndexModel;
import dev.dynaq.processor.model.Names;
import dev.dynaq.processor.model.TypeMapping;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The members the sync and the async table share, written once for both: {@code key(...)}, the keyed
 * overloads, the {@code queryBy...} methods and the nested query types with their sort-key methods.
 *
 * @param entity the table entity
 * @param table the generated table class, in which the query types are nested
 * @param queryBase {@code dev.dynaq.Query} or {@code dev.dynaq.AsyncQuery}
 * @param operations the keyed methods of the table's base class
 */
record TableMembers(EntityModel entity, ClassName table, ClassName queryBase, List<KeyedOperation> operations) {

    /**
     * A sort-key condition method: {@code createdAtGe(Instant createdAt)}.
     *
     * @param suffix the method name's suffix ({@code Ge})
     * @param factory the {@code SortKeyCondition} factory
     * @param meaning what the condition selects, for the Javadoc
     */
    private record SortKeyOperation(String suffix, String factory, String meaning) {
    }

    private static final List<SortKeyOperation> COMPARISONS = List.of(
            new SortKeyOperation("Eq", "eq", "equals"),
            new SortKeyOperation("Lt", "lt", "is less than"),
            new SortKeyOperation("Le", "le", "is less than or equal to"),
            new SortKeyOperation("Gt", "gt", "is greater than"),
            new SortKeyOperation("Ge", "ge", "is greater than or equal to"));

    private ClassName metamodel() {
        return Names.metamodel(entity.className());
    }

    private IndexModel primaryKey() {
        return entity.primaryKey();
    }

    /** @return {@code public Key<Order> key(String customerId, String orderId)} */
    MethodSpec keyMethod() {
        List<AttributeModel> keys = SchemaWriter.keyAttributes(primaryKey());
        MethodSpec.Builder method = MethodSpec.methodBuilder("key")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.KEY, entity.className()))
                .addJavadoc("Builds the key of the {@link $T} with the given $L.\n\n", entity.className(), keyNames());
        List<CodeBlock> arguments = new ArrayList<>(4);
        for (AttributeModel key : keys) {
            method.addParameter(key.type().javaType(), key.propertyName())
                    .addJavadoc("@param $N $L\n", key.propertyName(), keyRole(key));
            arguments.add(CodeBlock.of("$T.$N, $N", metamodel(), key.propertyName(), key.propertyName()));
        }
        return method.addJavadoc("@return the key\n")
                .addJavadoc("@throws dev.dynaq.InvalidValueException if a value is null or empty\n")
                .addStatement("return $T.of($L)", RuntimeTypes.KEY, CodeBlock.join(arguments, ", "))
                .build();
    }

    /** @return for each keyed operation, the overload taking the key's values */
    List<MethodSpec> keyedOverloads() {
        List<KeyedOperation.Parameter> keys = new ArrayList<>(2);
        for (AttributeModel key : SchemaWriter.keyAttributes(primaryKey())) {
            keys.add(new KeyedOperation.Parameter(key.type().javaType(), key.propertyName(), keyRole(key)));
        }
        return KeyedOperation.overloads(entity.className(), keyNames(), keys, operations, null);
    }

    /** @return {@code queryByCustomerId(customerId)} and one method per global index */
    List<MethodSpec> queryMethods() {
        List<MethodSpec> methods = new ArrayList<>();
        for (IndexModel index : entity.allIndexes()) {
            if (index.kind() == IndexModel.Kind.LOCAL) {
                continue;
            }
            AttributeModel partitionKey = index.partitionKey();
            ClassName queryType = queryType(index);
            String constant = index.kind() == IndexModel.Kind.PRIMARY ? "PRIMARY_KEY" : Names.constant(index.name());
            methods.add(MethodSpec.methodBuilder(Names.queryMethod(index))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(queryType)
                    .addJavadoc("Queries the {@link $T} items with the given {@code $L}$L.\n\n", entity.className(),
                            partitionKey.propertyName(), where(index))
                    .addJavadoc("@param $N the partition key value\n", partitionKey.propertyName())
                    .addJavadoc("@return the query, to refine and run\n")
                    .addJavadoc("@throws dev.dynaq.InvalidValueException if the value is null or empty\n")
                    .addParameter(partitionKey.type().javaType(), partitionKey.propertyName())
                    .addStatement("return new $T(context(),$W$T.partition($T.$N,$W$T.$N.toKeyValue($N)))", queryType,
                            RuntimeTypes.QUERY_SPEC, metamodel(), constant, metamodel(), partitionKey.propertyName(),
                            partitionKey.propertyName())
                    .build());
        }
        return methods;
    }

    /** @return the nested query type of every key: the primary key's, each GSI's and each LSI's */
    List<TypeSpec> queryTypes() {
        List<TypeSpec> types = new ArrayList<>();
        for (IndexModel index : entity.allIndexes()) {
            types.add(queryType(index, index.kind() == IndexModel.Kind.PRIMARY ? localIndexes() : List.of()));
        }
        return types;
    }

    private TypeSpec queryType(IndexModel index, List<IndexModel> localIndexes) {
        ClassName type = queryType(index);
        TypeSpec.Builder query = QueryTypes.skeleton(type, queryBase, entity.className())
                .addJavadoc("A query of the {@link $T} items with one {@code $L}$L", entity.className(),
                        index.partitionKey().propertyName(), where(index))
                .addJavadoc("$L", index.sortKey() == null ? ".\n" : CodeBlock.of(", in {@code $L} order.\n",
                        index.sortKey().propertyName()).toString())
                .addJavadoc("$L", index.allowsConsistentRead() ? "" : "Global indexes are read eventually consistent only.\n");
        if (index.sortKey() != null) {
            query.addMethods(sortKeyMethods(type, index.sortKey()));
        }
        if (index.allowsConsistentRead()) {
            query.addMethod(QueryTypes.consistentRead(type));
        }
        for (IndexModel local : localIndexes) {
            ClassName localType = queryType(local);
            query.addMethod(MethodSpec.methodBuilder(Names.localIndexMethod(local))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(localType)
                    .addJavadoc("Queries the same {@code $L} through local index {@code $L}, in {@code $L} order,\n"
                                    + "keeping every option but the sort-key condition. Set cursors after this call: a cursor of\n"
                                    + "the table query does not fit the index, and a filter on the index's sort key is refused.\n\n",
                            local.partitionKey().propertyName(), local.name(), local.sortKey().propertyName())
                    .addJavadoc("@return the query of the local index\n")
                    .addStatement("return new $T(context(), spec().withIndex($T.$N))", localType, metamodel(),
                            Names.constant(local.name()))
                    .build());
        }
        return query.build();
    }

    /** The sort-key condition methods of one query type: comparisons, between, and begins-with where DynamoDB allows it. */
    private List<MethodSpec> sortKeyMethods(ClassName queryType, AttributeModel sortKey) {
        List<MethodSpec> methods = new ArrayList<>(COMPARISONS.size() + 2);
        TypeName valueType = sortKey.type().javaType();
        String name = sortKey.propertyName();
        // A sort key whose stored form is not in value order (acknowledged @Format(unordered = true)): eq only.
        List<SortKeyOperation> operations = sortKey.type().ordered() ? COMPARISONS : COMPARISONS.subList(0, 1);
        for (SortKeyOperation operation : operations) {
            methods.add(sortKeyMethod(queryType, sortKey, operation.suffix())
                    .addJavadoc("Selects the items whose {@code $L} $L the value.\n\n", name, operation.meaning())
                    .addJavadoc("@param $N the value\n@return the new query\n", name)
                    .addParameter(valueType, name)
                    .addStatement("return withSortKey($T.$N($L))", RuntimeTypes.SORT_KEY_CONDITION, operation.factory(),
                            keyValue(sortKey, name))
                    .build());
        }
        if (operations != COMPARISONS) {
            return methods;
        }
        methods.add(sortKeyMethod(queryType, sortKey, "Between")
                .addJavadoc("Selects the items whose {@code $L} is between {@code low} and {@code high}, both included.\n\n",
                        name)
                .addJavadoc("@param low the lowest value\n@param high the highest value\n@return the new query\n")
                .addParameter(valueType, "low")
                .addParameter(valueType, "high")
                .addStatement("return withSortKey($T.between($L,$W$L))", RuntimeTypes.SORT_KEY_CONDITION,
                        keyValue(sortKey, "low"), keyValue(sortKey, "high"))
                .build());
        TypeMapping.Kind kind = sortKey.type().kind();
        if (kind == TypeMapping.Kind.STRING || sortKey.type().stored() == TypeMapping.Stored.B) {
            methods.add(sortKeyMethod(queryType, sortKey, "BeginsWith")
                    .addJavadoc("Selects the items whose {@code $L} begins with the prefix.\n\n", name)
                    .addJavadoc("@param prefix the prefix, not empty\n@return the new query\n")
                    .addParameter(valueType, "prefix")
                    .addStatement("return withSortKey($T.beginsWith($L))", RuntimeTypes.SORT_KEY_CONDITION,
                            keyValue(sortKey, "prefix"))
                    .build());
        }
        return methods;
    }

    private static MethodSpec.Builder sortKeyMethod(ClassName queryType, AttributeModel sortKey, String suffix) {
        return MethodSpec.methodBuilder(Names.sortKeyMethod(sortKey, suffix))
                .addModifiers(Modifier.PUBLIC)
                .returns(queryType);
    }

    private CodeBlock keyValue(AttributeModel key, String parameter) {
        return CodeBlock.of("$T.$N.toKeyValue($N)", metamodel(), key.propertyName(), parameter);
    }

    /** @return the generated query type of a key, nested in this table class */
    private ClassName queryType(IndexModel index) {
        return table.nestedClass(Names.queryType(index, primaryKey()));
    }

    private List<IndexModel> localIndexes() {
        List<IndexModel> locals = new ArrayList<>();
        for (IndexModel index : entity.secondaryIndexes()) {
            if (index.kind() == IndexModel.Kind.LOCAL) {
                locals.add(index);
            }
        }
        return locals;
    }

    /** @return "", or " in global index {@code order_by_status}" */
    private static String where(IndexModel index) {
        return switch (index.kind()) {
            case PRIMARY -> "";
            case GLOBAL -> CodeBlock.of(" in global index {@code $L}", index.name()).toString();
            case LOCAL -> CodeBlock.of(" in local index {@code $L}", index.name()).toString();
        };
    }

    /** @return {@code {@code customerId} and {@code orderId}} */
    private String keyNames() {
        IndexModel key = primaryKey();
        return key.sortKey() == null
                ? "{@code " + key.partitionKey().propertyName() + "}"
                : "{@code " + key.partitionKey().propertyName() + "} and {@code " + key.sortKey().propertyName() + "}";
    }

    private String keyRole(AttributeModel key) {
        return key == primaryKey().partitionKey() ? "the partition key" : "the sort key";
    }
}
