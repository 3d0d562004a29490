package dev.dynaq.single;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item of a mixed result (an item collection) whose type attribute names no entity of the
 * collection: written by another version of the application, by another tool, or missing the type
 * attribute. It is never decoded as one of the entities; it is handed over as read.
 *
 * @param type the value of the type attribute, or {@code null} when the item has none
 * @param attributes the item as read; unmodifiable
 */
public record UnknownItem(String type, Map<String, AttributeValue> attributes) {
    /** Validates and copies. */
    public UnknownItem {
        attributes = Map.copyOf(Objects.requireNonNull(attributes, "attributes"));
    }

    /** @return the type attribute's value, if the item has one */
    public Optional<String> typeName() {
        return Optional.ofNullable(type);
    }
}
