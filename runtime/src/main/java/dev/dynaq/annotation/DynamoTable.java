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

    /**
     * The entity's default storage formats, each applying to the property types it fits (see
     * {@link StorageFormat}), e.g. {@code {StorageFormat.ISO, StorageFormat.SECONDS}} for a table
     * written by the Enhanced Client. A format of one type ({@code ISO_MILLIS}, {@code EPOCH_SECONDS},
     * {@code EPOCH_MILLIS} for {@code Instant}, {@code SECONDS} for {@code Duration}) takes precedence
     * over one of every time type ({@code FIXED_WIDTH}, {@code ISO}); otherwise two formats for one type
     * are a compile error. A property's {@link Format @Format} overrides them.
     */
    StorageFormat[] formats() default {};
}
