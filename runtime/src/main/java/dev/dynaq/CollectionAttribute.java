package dev.dynaq;

import java.util.Collection;
import java.util.Objects;

/**
 * An attribute holding a list (L) or a set (SS, NS, BS).
 *
 * @param <T> the entity type
 * @param <C> the collection type
 * @param <E> the element type
 */
public abstract class CollectionAttribute<T, C extends Collection<E>, E> extends Attribute<T, C> {
    private final AttributeConverter<E> elementConverter;

    /**
     * @param entityType the entity class
     * @param propertyName the Java property name
     * @param name the DynamoDB attribute name
     * @param converter converts whole collections
     * @param elementConverter converts one element
     */
    protected CollectionAttribute(Class<T> entityType, String propertyName, String name,
            AttributeConverter<C> converter, AttributeConverter<E> elementConverter) {
        super(entityType, propertyName, name, converter);
        this.elementConverter = Objects.requireNonNull(elementConverter, "elementConverter");
    }

    /** @return the converter of one element */
    public final AttributeConverter<E> elementConverter() {
        return elementConverter;
    }

    /** @return {@code contains(attribute, element)}: the collection holds the element */
    public final Condition contains(E element) {
        if (element == null) {
            throw new InvalidValueException(describe() + ": contains() needs a non-null element");
        }
        return Condition.function("contains", this, elementConverter.toAttributeValue(element));
    }

    /** @return the number of elements, to compare */
    public final Size size() {
        return new Size(this);
    }
}
