package dev.dynaq.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The sort key of a local secondary index: same partition key as the table, another sort key. The
 * table must have a {@link SortKey}. The index is queried from the table's query:
 * {@code orders.queryByCustomerId(id).byCreatedAt().createdAtAfter(t)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Repeatable(LsiSortKey.List.class)
public @interface LsiSortKey {
    /** The index name: 3-255 characters of {@code [a-zA-Z0-9_.-]}. */
    String index();

    /** Which attributes the index holds; {@link IndexProjection#ALL} by default. */
    IndexProjection projection() default IndexProjection.ALL;

    /** With {@link IndexProjection#INCLUDE}: the non-key attributes (DynamoDB names) the index holds. */
    String[] include() default {};

    /**
     * The method on the table query that switches to this index is {@code by<queryName>()};
     * defaults to the property name.
     */
    String queryName() default "";

    /** Container of repeated {@link LsiSortKey}s. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @interface List {
        /** The repeated annotations. */
        LsiSortKey[] value();
    }
}
