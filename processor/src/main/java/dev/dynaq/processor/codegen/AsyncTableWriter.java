package dev.dynaq.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.Names;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code OrderAsyncTable}, the async table of an entity, created by
 * {@code OrderTable.createAsync(client)}: {@code key(...)}, the keyed overloads of
 * {@link KeyedOperation#ASYNC}, and one {@code queryBy...} method and async query type per key.
 */
public final class AsyncTableWriter extends SourceFileWriter {
    @Override
    TypeSpec.Builder type(EntityModel entity) {
        ClassName type = Names.asyncTable(entity.className());
        TableMembers members = new TableMembers(entity, type, RuntimeTypes.ASYNC_QUERY, KeyedOperation.ASYNC);
        return TypeSpec.classBuilder(type)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.ASYNC_TABLE, entity.className()))
                .addJavadoc("The DynamoDB table of {@link $T} items on an async client, with methods typed by its keys;\n"
                        + "created by {@link $T#createAsync}. Immutable and thread-safe.\n",
                        entity.className(), Names.table(entity.className()))
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(ParameterizedTypeName.get(RuntimeTypes.TABLE_CONTEXT, entity.className()), "context")
                        .addStatement("super(context)")
                        .build())
                .addMethod(SignedCursors.method(type, "async table"))
                .addMethod(RequestListenerCopy.method(type, "async table"))
                .addMethod(LenientReads.method(type, "async table"))
                .addMethods(LifecycleWriter.tableMethods(entity, type, "async table"))
                .addMethod(members.keyMethod())
                .addMethods(members.keyedOverloads())
                .addMethods(members.queryMethods())
                .addTypes(members.queryTypes());
    }
}
