package dev.dynaq.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Modifier;

/** The {@code withSignedCursors(secret)} copy method that the sync and async tables share. */
final class SignedCursors {
    private SignedCursors() {
    }

    /**
     * @param type the generated table type
     * @param what {@code "table"} or {@code "async table"}, for the Javadoc
     * @return the method returning a copy of the table with HMAC-signed cursors
     */
    static MethodSpec method(ClassName type, String what) {
        return MethodSpec.methodBuilder("withSignedCursors")
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addJavadoc("Returns a copy of this $L whose pages' cursors carry an HMAC-SHA256 signature under\n"
                        + "{@code secret}, and whose queries and scans refuse, before any request, every cursor that is\n"
                        + "unsigned or whose signature does not match (altered, or signed for another table or with\n"
                        + "another secret). Keep the secret out of the source; share it between the instances that\n"
                        + "serve the same clients.\n\n", what)
                .addJavadoc("@param secret the secret, at least 16 bytes (32 random bytes recommended); copied\n")
                .addJavadoc("@return the copy; this $L is unchanged\n", what)
                .addJavadoc("@throws IllegalArgumentException if the secret is shorter than 16 bytes\n")
                .addParameter(ArrayTypeName.of(TypeName.BYTE), "secret")
                .addStatement("return new $T(context().withCursorSecret(secret))", type)
                .build();
    }
}
