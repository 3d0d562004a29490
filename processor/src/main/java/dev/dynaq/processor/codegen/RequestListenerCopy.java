package dev.dynaq.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import javax.lang.model.element.Modifier;

/** The {@code withRequestListener(listener)} copy method that the sync and async tables share. */
final class RequestListenerCopy {
    private RequestListenerCopy() {
    }

    /**
     * @param type the generated table type
     * @param what {@code "table"} or {@code "async table"}, for the Javadoc
     * @return the method returning a copy of the table that tells a listener of every request
     */
    static MethodSpec method(ClassName type, String what) {
        return MethodSpec.methodBuilder("withRequestListener")
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addJavadoc("Returns a copy of this $L that tells {@code listener} of every DynamoDB request it sends\n"
                        + "(operation, table, index, items, consumed capacity, duration, failure), in place of the\n"
                        + "listener it had (from its {@link $T}, if any).\n\n", what, RuntimeTypes.DYNAQ)
                .addJavadoc("@param listener the listener, or {@code null} for none\n")
                .addJavadoc("@return the copy; this $L is unchanged\n", what)
                .addParameter(RuntimeTypes.REQUEST_LISTENER, "listener")
                .addStatement("return new $T(context().withRequestListener(listener))", type)
                .build();
    }
}
