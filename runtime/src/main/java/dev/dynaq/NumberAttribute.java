package dev.dynaq;

/**
 * An attribute stored as a number (N); updates can {@code ADD} to it atomically.
 *
 * @param <T> the entity type
 * @param <V> the Java number type
 */
public final class NumberAttribute<T, V extends Number> extends ComparableAttribute<T, V> {
    /**
     * @param entityType the entity class
     * @param propertyName the Java property name
     * @param name the DynamoDB attribute name
     * @param converter converts the attribute's values
     */
    public NumberAttribute(Class<T> entityType, String propertyName, String name, AttributeConverter<V> converter) {
        super(entityType, propertyName, name, converter);
    }
}
