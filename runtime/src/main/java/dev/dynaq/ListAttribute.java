package dev.dynaq;

import java.util.List;

/**
 * An attribute holding a list (L); updates can append to it and prepend to it.
 *
 * @param <T> the entity type
 * @param <E> the element type
 */
public final class ListAttribute<T, E> extends CollectionAttribute<T, List<E>, E> {
    /**
     * @param entityType the entity class
     * @param propertyName the Java property name
     * @param name the DynamoDB attribute name
     * @param converter converts whole lists
     * @param elementConverter converts one element
     */
    public ListAttribute(Class<T> entityType, String propertyName, String name,
            AttributeConverter<List<E>> converter, AttributeConverter<E> elementConverter) {
        super(entityType, propertyName, name, converter, elementConverter);
    }
}
