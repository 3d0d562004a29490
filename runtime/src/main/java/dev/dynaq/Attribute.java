package dev.dynaq;

import dev.dynaq.internal.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One mapped attribute of an entity, generated as a constant of the metamodel ({@code Order_.status}).
 * It knows its DynamoDB name and how to convert its Java type, and builds {@link Condition}s typed by
 * that Java type: {@code Order_.status.eq(OrderStatus.PENDING)} compiles, {@code Order_.total.ge("x")}
 * does not. Subclasses add what DynamoDB allows for the stored type: ordering for scalars
 * ({@link ComparableAttribute}), {@code begins_with} for strings, {@code contains} and {@code size} for
 * collections.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the entity type
 * @param <V> the Java type of the attribute's values (for {@code Optional<X>} properties: {@code X})
 */
public class Attribute<T, V> {
    private final Class<T> entityType;
    private final String propertyName;
    private final String name;
    private final AttributeConverter<V> converter;

    /**
     * @param entityType the entity class
     * @param propertyName the Java property name
     * @param name the DynamoDB attribute name
     * @param converter converts the attribute's values
     */
    public Attribute(Class<T> entityType, String propertyName, String name, AttributeConverter<V> converter) {
        this.entityType = Objects.requireNonNull(entityType, "entityType");
        this.propertyName = Objects.requireNonNull(propertyName, "propertyName");
        this.name = Objects.requireNonNull(name, "name");
        this.converter = Objects.requireNonNull(converter, "converter");
    }

    /** @return the entity class this attribute belongs to */
    public final Class<T> entityType() {
        return entityType;
    }

    /** @return the Java property name */
    public final String propertyName() {
        return propertyName;
    }

    /** @return the DynamoDB attribute name */
    public final String name() {
        return name;
    }

    /** @return the converter of the attribute's values */
    public final AttributeConverter<V> converter() {
        return converter;
    }

    /**
     * Converts a value for use in an expression or a key.
     *
     * @param value a non-null value
     * @return the DynamoDB value
     * @throws InvalidValueException if the value is null or cannot be stored
     */
    public final AttributeValue toAttributeValue(V value) {
        if (value == null) {
            throw new InvalidValueException(describe() + ": value must not be null; use notExists() to match a missing attribute");
        }
        AttributeValue converted = convert(value);
        if (converted == null) {
            throw new InvalidValueException(describe() + ": value " + value + " is stored as a missing attribute (an empty set?) and cannot be compared");
        }
        return converted;
    }

    /**
     * @param value a non-null value
     * @return the converter's result, {@code null} meaning "omit the attribute"
     * @throws InvalidValueException naming this attribute, if the converter rejects the value
     */
    final AttributeValue convert(V value) {
        try {
            return converter.toAttributeValue(value);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(describe() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Converts a value for use as a key: like {@link #toAttributeValue} but also rejects what
     * DynamoDB rejects in keys (empty strings and binaries).
     *
     * @param value the key value
     * @return the DynamoDB value
     * @throws InvalidValueException if the value is null or empty
     */
    public final AttributeValue toKeyValue(V value) {
        if (value == null) {
            throw new InvalidValueException(describe() + " is a key attribute and must not be null");
        }
        AttributeValue converted = toAttributeValue(value);
        Values.requireValidKey(converted, describe());
        return converted;
    }

    /** @return {@code attribute = value} */
    public final Condition eq(V value) {
        return Condition.compare(this, "=", toAttributeValue(value));
    }

    /** @return {@code attribute <> value} (also true where the attribute is missing) */
    public final Condition ne(V value) {
        return Condition.compare(this, "<>", toAttributeValue(value));
    }

    /**
     * @param values 1 to 100 values
     * @return {@code attribute IN (values)}
     */
    @SafeVarargs
    public final Condition in(V... values) {
        // copied element by element: handing the generic array on would be an unsafe varargs use
        List<V> list = new ArrayList<>(values.length);
        for (V value : values) {
            list.add(Objects.requireNonNull(value, "in() values must not be null"));
        }
        return in(list);
    }

    /**
     * @param values 1 to 100 values
     * @return {@code attribute IN (values)}
     */
    public final Condition in(Collection<? extends V> values) {
        if (values.isEmpty() || values.size() > 100) {
            throw new IllegalArgumentException(describe() + ": IN takes 1 to 100 values, got " + values.size());
        }
        List<AttributeValue> converted = new ArrayList<>(values.size());
        for (V value : values) {
            converted.add(toAttributeValue(value));
        }
        return Condition.in(this, converted);
    }

    /** @return {@code attribute_exists(attribute)} */
    public final Condition exists() {
        return Condition.function("attribute_exists", this, null);
    }

    /** @return {@code attribute_not_exists(attribute)} */
    public final Condition notExists() {
        return Condition.function("attribute_not_exists", this, null);
    }

    /**
     * @param type the stored type to test for
     * @return {@code attribute_type(attribute, type)}
     */
    public final Condition attributeType(AttributeValue.Type type) {
        if (type == AttributeValue.Type.UNKNOWN_TO_SDK_VERSION) {
            throw new IllegalArgumentException("UNKNOWN_TO_SDK_VERSION is not a DynamoDB type");
        }
        String code = type == AttributeValue.Type.NUL ? "NULL" : type.name();
        return Condition.function("attribute_type", this, AttributeValue.fromS(code));
    }

    /** @return a description for messages, such as {@code Order.total (attribute 'total')} */
    final String describe() {
        return entityType.getSimpleName() + "." + propertyName
                + (propertyName.equals(name) ? "" : " (attribute '" + name + "')");
    }

    @Override
    public String toString() {
        return entityType.getSimpleName() + "_." + propertyName;
    }
}
