package dev.dynaq;

/**
 * An attribute stored as binary (B): {@code byte[]}, {@code SdkBytes} or {@code ByteBuffer}.
 *
 * @param <T> the entity type
 * @param <V> the Java type
 */
public final class BinaryAttribute<T, V> extends ComparableAttribute<T, V> {
    /**
     * @param entityType the entity class
     * @param propertyName the Java property name
     * @param name the DynamoDB attribute name
     * @param converter converts the attribute's values
     */
    public BinaryAttribute(Class<T> entityType, String propertyName, String name, AttributeConverter<V> converter) {
        super(entityType, propertyName, name, converter);
    }

    /** @return {@code begins_with(attribute, prefix)} */
    public Condition beginsWith(V prefix) {
        return Condition.function("begins_with", this, toAttributeValue(prefix));
    }

    /** @return {@code contains(attribute, bytes)} */
    public Condition contains(V bytes) {
        return Condition.function("contains", this, toAttributeValue(bytes));
    }

    /** @return the number of stored bytes, to compare */
    public Size size() {
        return new Size(this);
    }
}
