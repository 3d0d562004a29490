package dev.dynaq.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Collects the {@code #name} and {@code :value} placeholders of one request's expressions (key
 * condition, filter, projection, condition, update), so they share one namespace. Each attribute
 * name gets one placeholder; each value gets its own. Not thread-safe: one per request.
 */
public final class ExpressionWriter {
    private final Map<String, String> placeholderByName = new HashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    /**
     * @param attributeName a DynamoDB attribute name (or map key), used verbatim
     * @return its placeholder, such as {@code #n0}
     */
    public String name(String attributeName) {
        String placeholder = placeholderByName.get(attributeName);
        if (placeholder == null) {
            placeholder = "#n" + names.size();
            placeholderByName.put(attributeName, placeholder);
            names.put(placeholder, attributeName);
        }
        return placeholder;
    }

    /**
     * @param value a value
     * @return its placeholder, such as {@code :v0}
     */
    public String value(AttributeValue value) {
        String placeholder = ":v" + values.size();
        values.put(placeholder, value);
        return placeholder;
    }

    /** @return placeholder → attribute name, or {@code null} when empty (DynamoDB rejects empty maps) */
    public Map<String, String> names() {
        return names.isEmpty() ? null : names;
    }

    /** @return placeholder → value, or {@code null} when empty (DynamoDB rejects empty maps) */
    public Map<String, AttributeValue> values() {
        return values.isEmpty() ? null : values;
    }
}
