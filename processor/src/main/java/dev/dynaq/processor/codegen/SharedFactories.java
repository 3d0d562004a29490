package dev.dynaq.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The three factories of a class over a shared table, {@code ShopTable} and each entity's
 * {@code CustomerTable} alike: {@code create(dynaq)} in an environment, {@code create(client)} under the
 * model's table name, {@code create(client, tableName)} under another. Shared tables are sync only.
 */
final class SharedFactories {
    private SharedFactories() {
    }

    /**
     * @param type the generated class
     * @param schema its schema: {@code SCHEMA}, or {@code Customer_.SCHEMA}
     * @param tableName the model's table name: {@code TABLE_NAME}, or {@code Customer_.TABLE_NAME}
     * @param inEnvironment the first paragraph of {@code create(dynaq)}'s Javadoc, ending with a blank line
     * @param ownName the same of {@code create(client)}
     * @param otherName the same of {@code create(client, tableName)}
     * @return the three factories, in that order
     */
    static List<MethodSpec> of(ClassName type, CodeBlock schema, CodeBlock tableName, CodeBlock inEnvironment,
            CodeBlock ownName, CodeBlock otherName) {
        MethodSpec environment = factory(type, inEnvironment)
                .addJavadoc("@param dynaq the environment, shared by every table created from it\n")
                .addJavadoc("@return the table\n")
                .addJavadoc("@throws IllegalStateException if the environment has no sync client\n")
                .addParameter(RuntimeTypes.DYNAQ, "dynaq")
                .addStatement("return new $T(dynaq.context($L, false))", type, schema)
                .build();
        MethodSpec own = factory(type, ownName)
                .addJavadoc("@param client the client, shared by every table that uses it\n")
                .addJavadoc("@return the table\n")
                .addParameter(RuntimeTypes.DYNAMO_DB_CLIENT, "client")
                .addStatement("return create(client, $L)", tableName)
                .build();
        MethodSpec other = factory(type, otherName)
                .addJavadoc("@param client the client, shared by every table that uses it\n")
                .addJavadoc("@param tableName the physical table name\n")
                .addJavadoc("@return the table\n")
                .addParameter(RuntimeTypes.DYNAMO_DB_CLIENT, "client")
                .addParameter(String.class, "tableName")
                .addStatement("return new $T($T.sync(client, tableName, $L))", type, RuntimeTypes.TABLE_CONTEXT, schema)
                .build();
        return List.of(environment, own, other);
    }

    private static MethodSpec.Builder factory(ClassName type, CodeBlock summary) {
        return MethodSpec.methodBuilder("create")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(type)
                .addJavadoc(summary);
    }
}
