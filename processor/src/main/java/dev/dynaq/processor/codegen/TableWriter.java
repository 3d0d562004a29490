package dev.dynaq.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.Names;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code OrderTable}, the sync table of an entity: its factories (also of the async table, unless
 * {@code -Adynaq.asyncTables=false} leaves it out),
 * {@code key(...)}, the keyed overloads of {@link KeyedOperation#SYNC}, and one {@code queryBy...}
 * method and query type per key.
 */
public final class TableWriter extends SourceFileWriter {
    private final boolean withAsyncTable;

    /** @param withAsyncTable whether the async table is generated too, and so {@code createAsync} */
    public TableWriter(boolean withAsyncTable) {
        this.withAsyncTable = withAsyncTable;
    }

    @Override
    TypeSpec.Builder type(EntityModel entity) {
        ClassName type = Names.table(entity.className());
        ClassName asyncType = Names.asyncTable(entity.className());
        ClassName metamodel = Names.metamodel(entity.className());
        TypeName context = ParameterizedTypeName.get(RuntimeTypes.TABLE_CONTEXT, entity.className());
        TableMembers members = new TableMembers(entity, type, RuntimeTypes.QUERY, KeyedOperation.SYNC);
        TypeSpec.Builder table = TypeSpec.classBuilder(type)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.TABLE, entity.className()))
                .addJavadoc("The DynamoDB table of {@link $T} items, with methods typed by its keys.\n"
                        + "Immutable and thread-safe: create one per table and share it.\n", entity.className())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(context, "context")
                        .addStatement("super(context)")
                        .build())
                .addMethods(factories("create", type, RuntimeTypes.DYNAMO_DB_CLIENT, "sync", "table", entity, metamodel));
        if (withAsyncTable) {
            table.addMethods(factories("createAsync", asyncType, RuntimeTypes.DYNAMO_DB_ASYNC_CLIENT, "async",
                    "async table", entity, metamodel));
        }
        return table.addMethod(SignedCursors.method(type, "table"))
                .addMethod(RequestListenerCopy.method(type, "table"))
                .addMethod(LenientReads.method(type, "table"))
                .addMethods(LifecycleWriter.tableMethods(entity, type, "table"))
                .addMethods(LifecycleWriter.timeToLiveMethods(entity))
                .addMethod(DecoderWriter.tableSwitch(type))
                .addMethod(members.keyMethod())
                .addMethods(members.keyedOverloads())
                .addMethods(members.queryMethods())
                .addTypes(members.queryTypes());
    }

    /**
     * @param kind {@code "sync"} or {@code "async"}: the client and the {@code TableContext} factory
     * @param what the returned table, for Javadoc
     * @return {@code name(dynaq)} opening the entity's table in an environment (its client, table
     *     names and options), {@code name(client)} opening it under its own name, and
     *     {@code name(client, tableName)} under another, all returning {@code type}
     */
    private static List<MethodSpec> factories(String name, ClassName type, ClassName clientType, String kind,
            String what, EntityModel entity, ClassName metamodel) {
        boolean async = kind.equals("async");
        String through = async ? "an async client" : "a sync client";
        String clientDoc = "@param client the " + (async ? "async " : "") + "client, shared by every table that uses it\n";
        MethodSpec inEnvironment = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(type)
                .addJavadoc("Opens the table of {@link $T} items in an environment: through its $L, under the\n"
                        + "name its {@link $T#tableNames() table names} map {@value $T#TABLE_NAME} to, with its options.\n\n",
                        entity.className(), async ? "async client" : "client", RuntimeTypes.DYNAQ, metamodel)
                .addJavadoc("@param dynaq the environment, shared by every table created from it\n")
                .addJavadoc("@return the $L\n", what)
                .addJavadoc("@throws IllegalStateException if the environment has no $L\n", async ? "async client" : "sync client")
                .addParameter(RuntimeTypes.DYNAQ, "dynaq")
                .addStatement("return new $T(dynaq.context($T.SCHEMA, $L))", type, metamodel, async)
                .build();
        MethodSpec ownName = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(type)
                .addJavadoc("Opens table {@value $T#TABLE_NAME} through $L.\n\n", metamodel, through)
                .addJavadoc(clientDoc)
                .addJavadoc("@return the $L\n", what)
                .addParameter(clientType, "client")
                .addStatement("return $N(client, $T.TABLE_NAME)", name, metamodel)
                .build();
        MethodSpec otherName = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(type)
                .addJavadoc("Opens the table of {@link $T} items under another name (per environment, say)\n"
                        + "through $L.\n\n", entity.className(), through)
                .addJavadoc(clientDoc)
                .addJavadoc("@param tableName the physical table name\n")
                .addJavadoc("@return the $L\n", what)
                .addParameter(clientType, "client")
                .addParameter(String.class, "tableName")
                .addStatement("return new $T($T.$L(client, tableName, $T.SCHEMA))", type, RuntimeTypes.TABLE_CONTEXT,
                        kind, metamodel)
                .build();
        return List.of(inEnvironment, ownName, otherName);
    }
}
