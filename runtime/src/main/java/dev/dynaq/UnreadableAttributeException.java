package dev.dynaq;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A stored attribute that cannot be read into its Java type: another DynamoDB type than the mapping
 * expects (N where S is stored), text that is not a value of the type, a number that does not fit it.
 * The message names the entity, the property and attribute, the expected and the stored type:
 * {@code Order.total (attribute 'total'): Cannot read BigDecimal from the stored value AttributeValue(S=12):
 * expected DynamoDB type N but found S …}. Tables made with {@code withLenientReads(listener)} hand it to
 * the listener and read the attribute as missing instead of throwing it.
 */
public class UnreadableAttributeException extends DynaqException {
    private static final long serialVersionUID = 1L;

    private final transient Class<?> entityType;
    private final String propertyName;
    private final String attributeName;
    private final transient AttributeValue storedValue;

    /**
     * @param attribute the attribute that could not be read
     * @param storedValue the value stored in it
     * @param cause the converter's exception, which names the expected and the stored type
     */
    public UnreadableAttributeException(Attribute<?, ?> attribute, AttributeValue storedValue, DynaqException cause) {
        super(attribute.entityType().getSimpleName() + "." + attribute.propertyName()
                + (attribute.propertyName().equals(attribute.name()) ? "" : " (attribute '" + attribute.name() + "')")
                + ": " + cause.getMessage(), cause);
        this.entityType = attribute.entityType();
        this.propertyName = attribute.propertyName();
        this.attributeName = attribute.name();
        this.storedValue = storedValue;
    }

    /** @return the entity (or document) class whose attribute could not be read */
    public Class<?> entityType() {
        return entityType;
    }

    /** @return the Java property name */
    public String propertyName() {
        return propertyName;
    }

    /** @return the DynamoDB attribute name */
    public String attributeName() {
        return attributeName;
    }

    /** @return the stored value that could not be read */
    public AttributeValue storedValue() {
        return storedValue;
    }
}
