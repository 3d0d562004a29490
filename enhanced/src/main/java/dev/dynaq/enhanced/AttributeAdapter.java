package dev.dynaq.enhanced;

import dev.dynaq.Attribute;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One Dynaq attribute's converter as an Enhanced Client {@link AttributeConverter}, for the Enhanced
 * Client's extensions that convert values themselves (the auto-generated timestamp writes its
 * {@code Instant} through it, so it is stored in Dynaq's form for that attribute).
 *
 * @param <V> the attribute's Java value type
 */
final class AttributeAdapter<V> implements AttributeConverter<V> {
    private static final AttributeValue NULL = AttributeValue.fromNul(Boolean.TRUE);

    private final Attribute<?, V> attribute;
    private final EnhancedType<V> type;
    private final AttributeValueType storedType;

    AttributeAdapter(Attribute<?, V> attribute, EnhancedType<V> type, AttributeValueType storedType) {
        this.attribute = Objects.requireNonNull(attribute, "attribute");
        this.type = Objects.requireNonNull(type, "type");
        this.storedType = storedType;
    }

    @Override
    public AttributeValue transformFrom(V input) {
        if (input == null) {
            return NULL;
        }
        AttributeValue value = attribute.converter().toAttributeValue(input);
        return value == null ? NULL : value;
    }

    @Override
    public V transformTo(AttributeValue input) {
        if (input == null || Boolean.TRUE.equals(input.nul())) {
            return null;
        }
        return attribute.converter().fromAttributeValue(input);
    }

    /** @return the attribute's Java type where the bridge knows it (see {@link StoredTypes}), else {@code Object} */
    @Override
    public EnhancedType<V> type() {
        return type;
    }

    /**
     * @return the stored DynamoDB type
     * @throws UnsupportedOperationException for an attribute whose stored type the bridge cannot know
     *     (enums, documents, {@code @Convert}) and that was not declared through a tag
     */
    @Override
    public AttributeValueType attributeValueType() {
        if (storedType == null) {
            throw new UnsupportedOperationException(attribute + ": the bridge does not know its stored DynamoDB type");
        }
        return storedType;
    }

    @Override
    public String toString() {
        return "AttributeAdapter[" + attribute + "]";
    }
}
