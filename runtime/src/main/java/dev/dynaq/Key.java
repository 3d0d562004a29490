package dev.dynaq;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The primary key of one item of entity {@code T}, typed so that a key of one table cannot be used
 * with another. Generated tables build keys with the right types: {@code orders.key(customerId, orderId)}.
 * Immutable; equal when the key attributes are equal.
 *
 * @param <T> the entity type
 */
public final class Key<T> {
    private final Map<String, AttributeValue> attributes;

    private Key(Map<String, AttributeValue> attributes) {
        this.attributes = Collections.unmodifiableMap(attributes);
    }

    /**
     * @param partitionKey the partition key attribute
     * @param partitionValue its value
     * @return the key of a table without sort key
     * @throws InvalidValueException if the value is null or empty
     */
    public static <T, P> Key<T> of(Attribute<T, P> partitionKey, P partitionValue) {
        Map<String, AttributeValue> map = new LinkedHashMap<>(2);
        map.put(partitionKey.name(), partitionKey.toKeyValue(partitionValue));
        return new Key<>(map);
    }

    /**
     * @param partitionKey the partition key attribute
     * @param partitionValue its value
     * @param sortKey the sort key attribute
     * @param sortValue its value
     * @return the key of a table with partition and sort key
     * @throws InvalidValueException if a value is null or empty
     */
    public static <T, P, S> Key<T> of(Attribute<T, P> partitionKey, P partitionValue, Attribute<T, S> sortKey, S sortValue) {
        Map<String, AttributeValue> map = new LinkedHashMap<>(4);
        map.put(partitionKey.name(), partitionKey.toKeyValue(partitionValue));
        map.put(sortKey.name(), sortKey.toKeyValue(sortValue));
        return new Key<>(map);
    }

    /**
     * Wraps a key map read from DynamoDB (for instance from an item of a schema of {@code T}).
     *
     * @param attributes the key attributes
     * @return the key
     */
    public static <T> Key<T> fromMap(Map<String, AttributeValue> attributes) {
        if (attributes.isEmpty()) {
            throw new IllegalArgumentException("a key has at least a partition key attribute");
        }
        return new Key<>(new LinkedHashMap<>(attributes));
    }

    /** @return the key attributes, partition key first; unmodifiable */
    public Map<String, AttributeValue> toMap() {
        return attributes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Key<?> key && attributes.equals(key.attributes);
    }

    @Override
    public int hashCode() {
        return attributes.hashCode();
    }

    @Override
    public String toString() {
        return "Key" + attributes;
    }
}
