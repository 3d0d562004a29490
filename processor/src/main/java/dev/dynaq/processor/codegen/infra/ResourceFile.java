package dev.dynaq.processor.codegen.infra;

import java.util.Objects;

/**
 * A resource file to write on the class output, so that it lands in {@code target/classes} and in the jar.
 *
 * @param path the path under the class output, such as {@code META-INF/dynaq/infra/orders.cfn.json}
 * @param content the text, written as UTF-8
 */
public record ResourceFile(String path, String content) {
    /** Validates. */
    public ResourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
