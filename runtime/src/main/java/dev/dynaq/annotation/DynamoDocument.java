package dev.dynaq.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record or JavaBean stored as a DynamoDB map (M) inside an item, also inside {@code List},
 * {@code Map<String, …>} and {@code Optional}. The processor generates its {@code Address_}
 * metamodel with a converter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface DynamoDocument {
    /** The document's default storage formats, as {@link DynamoTable#formats()}. */
    StorageFormat[] formats() default {};
}
