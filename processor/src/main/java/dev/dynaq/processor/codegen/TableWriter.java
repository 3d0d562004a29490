package dev.dynaq.processor.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.Names;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code OrderTable}, the sync table of an entity: its factories (also of the async table),
 * {@code key(...)}, the keyed overloads of {@link KeyedOperation#SYNC}, and one {@code queryBy...}
 * method and query type per key.
 */
public final class TableWriter extends SourceFileWriter {
    @Override
    TypeSpec.Builder type(EntityModel entity) {
        ClassName type = Names.table(entity.className());
        ClassName asyncType = Names.asyncTable(entity.className());
        ClassName metamodel = Names.metamodel(entity.className());
        TypeName context = ParameterizedTypeName.get(RuntimeTypes.TABLE_CONTEXT, entity.className());
        TableMembers members = new TableMembers(entity, type, RuntimeTypes.QUERY, KeyedOperation.SYNC);
        return TypeSpec.classBuilder(type)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.TABLE, entity.className()))
                .addJavadoc("The DynamoDB table of {@link $T} items, with methods typed by its keys.\n"
                        + "Immutable and thread-safe: create one per table and share it.\n", entity.className())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(context, "context")
                        .addStatement("super(context)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("create")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(type)
                        .addJavadoc("Opens table {@value $T#TABLE_NAME} through a sync client.\n\n", metamodel)
                        .addJavadoc("@param client the client, shared by every table that uses it\n")
                        .addJavadoc("@return the table\n")
                        .addParameter(RuntimeTypes.DYNAMO_DB_CLIENT, "client")
                        .addStatement("return create(client, $T.TABLE_NAME)", metamodel)
                        .build())
                .addMethod(MethodSpec.methodBuilder("create")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(type)
                        .addJavadoc("Opens the table of {@link $T} items under another name (per environment, say)\n"
                                + "through a sync client.\n\n", entity.className())
                        .addJavadoc("@param client the client, shared by every table that uses it\n")
                        .addJavadoc("@param tableName the physical table name\n")
                        .addJavadoc("@return the table\n")
                        .addParameter(RuntimeTypes.DYNAMO_DB_CLIENT, "client")
                        .addParameter(String.class, "tableName")
                        .addStatement("return new $T($T.sync(client, tableName, $T.SCHEMA))", type,
                                RuntimeTypes.TABLE_CONTEXT, metamodel)
                        .build())
                .addMethod(MethodSpec.methodBuilder("createAsync")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(asyncType)
                        .addJavadoc("Opens table {@value $T#TABLE_NAME} through an async client.\n\n", metamodel)
                        .addJavadoc("@param client the async client, shared by every table that uses it\n")
                        .addJavadoc("@return the async table\n")
                        .addParameter(RuntimeTypes.DYNAMO_DB_ASYNC_CLIENT, "client")
                        .addStatement("return createAsync(client, $T.TABLE_NAME)", metamodel)
                        .build())
                .addMethod(MethodSpec.methodBuilder("createAsync")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(asyncType)
                        .addJavadoc("Opens the table of {@link $T} items under another name (per environment, say)\n"
                                + "through an async client.\n\n", entity.className())
                        .addJavadoc("@param client the async client, shared by every table that uses it\n")
                        .addJavadoc("@param tableName the physical table name\n")
                        .addJavadoc("@return the async table\n")
                        .addParameter(RuntimeTypes.DYNAMO_DB_ASYNC_CLIENT, "client")
                        .addParameter(String.class, "tableName")
                        .addStatement("return new $T($T.async(client, tableName, $T.SCHEMA))", asyncType,
                                RuntimeTypes.TABLE_CONTEXT, metamodel)
                        .build())
                .addMethod(SignedCursors.method(type, "table"))
                .addMethod(members.keyMethod())
                .addMethods(members.keyedOverloads())
                .addMethods(members.queryMethods())
                .addTypes(members.queryTypes());
    }
}
