package dev.dynaq.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record or JavaBean as one entity type of a {@link SingleTable}. Its keys are composed from
 * its properties by {@link KeyTemplate} (the table's key, required) and {@link IndexTemplate}s (keys
 * in the table's global indexes). The processor generates {@code Customer_} and {@code CustomerTable}
 * next to it, as for a {@link DynamoTable}, with methods typed by the templates' variables.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface DynamoEntity {
    /** The shared table: a type annotated {@link SingleTable}. */
    Class<?> table();

    /**
     * The entity type written in the table's type attribute ({@code _type} by default); unique per
     * table. Defaults to the class's simple name. Changing it makes items written before unreadable
     * as this type.
     */
    String type() default "";
}
