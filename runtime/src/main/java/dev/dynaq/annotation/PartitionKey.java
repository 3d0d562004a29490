package dev.dynaq.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The table's partition (hash) key. Exactly one per {@link DynamoTable}; it must map to S, N or B. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface PartitionKey {
    /**
     * The name of the generated query method's suffix, {@code queryBy<queryName>}; defaults to the
     * property name. Set it when another index would generate the same method name.
     */
    String queryName() default "";
}
