package dev.dynaq.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Objects;
import javax.lang.model.element.Element;

/**
 * A design-review note on the model: something a DynamoDB design review would question, with the
 * reason. An entry of the access-pattern report; an error only under {@code -Adynaq.strict=true}.
 *
 * @param id the stable catalogue id, such as {@code DYNAQ-REVIEW-LSI-10GB}
 * @param text the full text, starting with {@code [id]}
 * @param entity the entity the note is about
 * @param tableName its table
 * @param indexName the index the note is about, or {@code null}
 * @param element where the note points (the index key property); only for error positions
 */
public record ReviewNote(String id, String text, ClassName entity, String tableName, String indexName, Element element) {
    /** Validates. */
    public ReviewNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(element, "element");
    }

    /** @return the text without the leading {@code [id] } */
    public String reason() {
        String prefix = "[" + id + "] ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }
}
