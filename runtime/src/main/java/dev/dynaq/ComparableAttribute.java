package dev.dynaq;

/**
 * An attribute stored as a scalar (S, N or B), which DynamoDB orders: numbers by value, strings by
 * their UTF-8 bytes, binaries by their bytes. Dates and times are stored fixed-width, so their string
 * order is their time order.
 *
 * @param <T> the entity type
 * @param <V> the Java type
 */
public class ComparableAttribute<T, V> extends Attribute<T, V> {
    /**
     * @param entityType the entity class
     * @param propertyName the Java property name
     * @param name the DynamoDB attribute name
     * @param converter converts the attribute's values
     */
    public ComparableAttribute(Class<T> entityType, String propertyName, String name, AttributeConverter<V> converter) {
        super(entityType, propertyName, name, converter);
    }

    /** @return {@code attribute < value} */
    public final Condition lt(V value) {
        return Condition.compare(this, "<", toAttributeValue(value));
    }

    /** @return {@code attribute <= value} */
    public final Condition le(V value) {
        return Condition.compare(this, "<=", toAttributeValue(value));
    }

    /** @return {@code attribute > value} */
    public final Condition gt(V value) {
        return Condition.compare(this, ">", toAttributeValue(value));
    }

    /** @return {@code attribute >= value} */
    public final Condition ge(V value) {
        return Condition.compare(this, ">=", toAttributeValue(value));
    }

    /** @return {@code attribute BETWEEN low AND high}, both ends included */
    public final Condition between(V low, V high) {
        return Condition.between(this, toAttributeValue(low), toAttributeValue(high));
    }
}
