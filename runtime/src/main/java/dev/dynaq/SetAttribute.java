package dev.dynaq;

import java.util.Set;

/**
 * An attribute holding a set (SS, NS or BS); updates can add elements to it and delete them.
 *
 * @param <T> the entity type
 * @param <E> the element type
 */
public final class SetAttribute<T, E> extends CollectionAttribute<T, Set<E>, E> {
    /**
     * @param entityType the entity class
     * @param propertyName the Java property name
     * @param name the DynamoDB attribute name
     * @param converter converts whole sets
     * @param elementConverter converts one element
     */
    public SetAttribute(Class<T> entityType, String propertyName, String name,
            AttributeConverter<Set<E>> converter, AttributeConverter<E> elementConverter) {
        super(entityType, propertyName, name, converter, elementConverter);
    }
}
