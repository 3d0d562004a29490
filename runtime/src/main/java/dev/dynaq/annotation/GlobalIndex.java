package dev.dynaq.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A global secondary index of a {@link SingleTable}, overloaded by the entities that give it an
 * {@link IndexTemplate}. It projects every attribute, so items read from it decode like table items.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface GlobalIndex {
    /** The index name: 3-255 characters of {@code [a-zA-Z0-9_.-]}. */
    String name();

    /** The partition key attribute of the index; defaults to the index name followed by {@code pk} ({@code gsi1pk}). */
    String partitionKey() default "";

    /** The sort key attribute of the index; defaults to the index name followed by {@code sk} ({@code gsi1sk}). */
    String sortKey() default "";
}
