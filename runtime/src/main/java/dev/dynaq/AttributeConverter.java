package dev.dynaq;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts one Java type to and from a DynamoDB {@link AttributeValue}. Implement it for
 * {@link dev.dynaq.annotation.Convert @Convert}; implementations must be stateless or thread-safe.
 *
 * @param <V> the Java type
 */
public interface AttributeConverter<V> {
    /**
     * Converts a non-null value.
     *
     * @param value the value, never {@code null}
     * @return the attribute value; {@code null} omits the attribute
     */
    AttributeValue toAttributeValue(V value);

    /**
     * Converts a stored value back.
     *
     * @param value the stored value, never {@code null}
     * @return the Java value
     */
    V fromAttributeValue(AttributeValue value);
}
