package dev.dynaq.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * What every generated query type has, whichever table it belongs to ({@code OrderTable}'s,
 * {@code CustomerTable}'s over a shared table, or an item collection's of {@code ShopTable}): the class
 * over {@code Query}/{@code AsyncQuery}, its constructor, {@code copy(spec)}, and {@code consistentRead()}
 * where the key allows it.
 */
final class QueryTypes {
    private QueryTypes() {
    }

    /**
     * @param type the query type, nested in its table class
     * @param queryBase {@code dev.dynaq.Query} or {@code dev.dynaq.AsyncQuery}
     * @param item what the query returns: the entity, or a collection's item type
     * @return {@code public static final class CustomerIdQuery extends Query<Order, CustomerIdQuery>} with
     *     its private constructor and {@code copy(spec)}; the caller adds the Javadoc and its methods
     */
    static TypeSpec.Builder skeleton(ClassName type, ClassName queryBase, TypeName item) {
        TypeName context = ParameterizedTypeName.get(RuntimeTypes.TABLE_CONTEXT, item);
        return TypeSpec.classBuilder(type)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(queryBase, item, type))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(context, "context")
                        .addParameter(RuntimeTypes.QUERY_SPEC, "spec")
                        .addStatement("super(context, spec)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("copy")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PROTECTED)
                        .returns(type)
                        .addParameter(RuntimeTypes.QUERY_SPEC, "spec")
                        .addStatement("return new $T(context(), spec)", type)
                        .build());
    }

    /**
     * @param type the query type
     * @return {@code consistentRead()}, for a query of the table's key (global indexes are eventually
     *     consistent only)
     */
    static MethodSpec consistentRead(ClassName type) {
        return MethodSpec.methodBuilder("consistentRead")
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addJavadoc("Reads strongly consistent: the results include every write that succeeded before.\n\n")
                .addJavadoc("@return the new query\n")
                .addStatement("return withConsistentRead()")
                .build();
    }
}
