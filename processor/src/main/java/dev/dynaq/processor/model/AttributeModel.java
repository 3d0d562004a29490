package dev.dynaq.processor.model;

import java.util.Objects;
import javax.lang.model.element.Element;

/**
 * One mapped property.
 *
 * @param element where the property's annotations are (record component, field or getter); only for error positions
 * @param propertyName the Java property name ({@code createdAt})
 * @param attributeName the DynamoDB attribute name (from {@code @Attribute}, else the property name)
 * @param type how the Java type maps to DynamoDB
 * @param getterName the accessor to call: the record accessor, {@code getX} or {@code isX}
 * @param setterName the bean setter ({@code setX}); {@code null} for records
 */
public record AttributeModel(
        Element element,
        String propertyName,
        String attributeName,
        TypeMapping type,
        String getterName,
        String setterName) {

    /** Validates. */
    public AttributeModel {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(propertyName, "propertyName");
        Objects.requireNonNull(attributeName, "attributeName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(getterName, "getterName");
    }
}
