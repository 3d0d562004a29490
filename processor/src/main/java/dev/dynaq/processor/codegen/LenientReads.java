package dev.dynaq.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/** The {@code withLenientReads(listener)} copy method that the sync and async tables share. */
final class LenientReads {
    private static final ClassName UNREADABLE = ClassName.get("dev.dynaq", "UnreadableAttributeException");

    private LenientReads() {
    }

    /**
     * @param type the generated table type
     * @param what {@code "table"} or {@code "async table"}, for the Javadoc
     * @return the method returning a copy of the table whose reads skip unreadable attributes
     */
    static MethodSpec method(ClassName type, String what) {
        return MethodSpec.methodBuilder("withLenientReads")
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addJavadoc("Returns a copy of this $L whose reads (gets, queries, scans, batches, returned items) hand\n"
                        + "every stored attribute that cannot be read into its Java type (another DynamoDB type, text that\n"
                        + "is not a value of the type) to {@code listener} and read it as missing ({@code null}, zero for\n"
                        + "a primitive), instead of throwing {@link $T}. For migrations: log what the\n"
                        + "listener gets and fix the data; writing such an item back stores the missing value.\n\n",
                        what, UNREADABLE)
                .addJavadoc("@param listener receives each unreadable attribute, naming entity, attribute, expected and stored type\n")
                .addJavadoc("@return the copy; this $L is unchanged\n", what)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), WildcardTypeName.supertypeOf(UNREADABLE)),
                        "listener")
                .addStatement("return new $T(context().withLenientReads(listener))", type)
                .build();
    }
}
