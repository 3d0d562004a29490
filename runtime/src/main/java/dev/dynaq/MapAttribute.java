package dev.dynaq;

import java.util.Map;

/**
 * An attribute holding a {@code Map<String, V>} (M).
 *
 * @param <T> the entity type
 * @param <V> the map's value type
 */
public final class MapAttribute<T, V> extends Attribute<T, Map<String, V>> {
    /**
     * @param entityType the entity class
     * @param propertyName the Java property name
     * @param name the DynamoDB attribute name
     * @param converter converts whole maps
     */
    public MapAttribute(Class<T> entityType, String propertyName, String name, AttributeConverter<Map<String, V>> converter) {
        super(entityType, propertyName, name, converter);
    }

    /** @return {@code attribute_exists(attribute.key)}: the map has the key */
    public Condition containsKey(String key) {
        return Condition.keyExists(this, key);
    }

    /** @return the number of entries, to compare */
    public Size size() {
        return new Size(this);
    }
}
