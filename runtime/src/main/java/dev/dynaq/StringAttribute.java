package dev.dynaq;

import dev.dynaq.internal.Converters;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An attribute whose Java type is {@code String}.
 *
 * @param <T> the entity type
 */
public final class StringAttribute<T> extends ComparableAttribute<T, String> {
    /**
     * @param entityType the entity class
     * @param propertyName the Java property name
     * @param name the DynamoDB attribute name
     */
    public StringAttribute(Class<T> entityType, String propertyName, String name) {
        super(entityType, propertyName, name, Converters.STRING);
    }

    /** @return {@code begins_with(attribute, prefix)} */
    public Condition beginsWith(String prefix) {
        return Condition.function("begins_with", this, toAttributeValue(prefix));
    }

    /** @return {@code contains(attribute, substring)} */
    public Condition contains(String substring) {
        return Condition.function("contains", this, AttributeValue.fromS(substring));
    }

    /** @return the length of the stored string, to compare */
    public Size size() {
        return new Size(this);
    }
}
