package dev.dynaq.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The partition key of a global secondary index. Repeatable: one property may be the partition key
 * of several indexes, and the sort key ({@link GsiSortKey}) of others. The index's projection is
 * declared here.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Repeatable(GsiPartitionKey.List.class)
public @interface GsiPartitionKey {
    /** The index name: 3-255 characters of {@code [a-zA-Z0-9_.-]}. */
    String index();

    /** Which attributes the index holds; {@link IndexProjection#ALL} by default. */
    IndexProjection projection() default IndexProjection.ALL;

    /** With {@link IndexProjection#INCLUDE}: the non-key attributes (DynamoDB names) the index holds. */
    String[] include() default {};

    /**
     * The generated query method is {@code queryBy<queryName>}; defaults to the property name.
     * Required when two indexes share a partition-key property.
     */
    String queryName() default "";

    /** Container of repeated {@link GsiPartitionKey}s. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @interface List {
        /** The repeated annotations. */
        GsiPartitionKey[] value();
    }
}
