package dev.dynaq.processor.reader;

import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * A property found on an entity, before its type is mapped.
 *
 * @param name the Java property name
 * @param element where its annotations are: the record component, the field, or the getter
 * @param type its Java type
 * @param getterName the record accessor, {@code getX} or {@code isX}
 * @param setterName the bean setter, or {@code null} for records
 */
record Property(String name, Element element, TypeMirror type, String getterName, String setterName) {
}
