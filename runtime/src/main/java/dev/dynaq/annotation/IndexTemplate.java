package dev.dynaq.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The key of a {@link DynamoEntity} in one global index of its {@link SingleTable}, composed like a
 * {@link KeyTemplate}. An item whose index variables are null (or empty strings) is not in the index.
 * Repeatable: one per index.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(IndexTemplate.List.class)
public @interface IndexTemplate {
    /** The index, one of the table's {@link SingleTable#globalIndexes()}. */
    String index();

    /** The partition key template. */
    String partition();

    /** The sort key template. */
    String sort();

    /** The name of the item collection in this index; see {@link KeyTemplate#collection()}. */
    String collection() default "";

    /** The generated query method is {@code queryBy<queryName>}; defaults to the partition template's variables. */
    String queryName() default "";

    /** Container of repeated {@link IndexTemplate}s. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        /** The repeated annotations. */
        IndexTemplate[] value();
    }
}
