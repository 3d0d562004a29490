package dev.dynaq.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record or JavaBean as a DynamoDB table entity. The processor generates {@code Order_}
 * (metamodel and item schema), {@code OrderTable} and {@code OrderAsyncTable} next to it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface DynamoTable {
    /** The table name: 3-255 characters of {@code [a-zA-Z0-9_.-]}; defaults to the class's simple name. */
    String name() default "";
}
