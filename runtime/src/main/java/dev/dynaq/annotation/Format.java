package dev.dynaq.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Chooses how the property's value is stored (see {@link StorageFormat} for every format and the types
 * it applies to). On a collection or {@code Optional} property it applies to the elements:
 * {@code @Format(ISO) List<Instant>} stores each instant as ISO text. Without it, the entity's
 * default for the type applies ({@link DynamoTable#formats()}), else the type's default.
 *
 * <pre>{@code
 * @SortKey @Format(StorageFormat.ISO_MILLIS) Instant createdAt;               // v1 Date data, sorted
 * @Format(StorageFormat.NUMBER) boolean active;                                // v1 booleans, 1/0
 * @SortKey @Format(value = StorageFormat.ISO, unordered = true) Instant at;    // eq conditions only
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Format {
    /** The format; {@link StorageFormat#DEFAULT} keeps the entity's or the type's default. */
    StorageFormat value() default StorageFormat.DEFAULT;

    /**
     * Acknowledges that the format does not sort in value order ({@link StorageFormat#ISO} of most time
     * types), which is otherwise a compile error on a sort key: only {@code eq} conditions are then
     * generated on the key. Must not be set on a format that sorts in value order.
     */
    boolean unordered() default false;
}
