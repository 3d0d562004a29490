package dev.dynaq.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a table shared by several entity types ("single-table design"): its name, its generic key
 * attributes and its global indexes. Put it on an empty interface (or class); entities join it with
 * {@link DynamoEntity @DynamoEntity(table = Shop.class)}, and the processor generates {@code ShopTable}:
 * {@code createTable()} with the union of keys and indexes, and a typed query per item collection.
 *
 * <pre>{@code
 * @SingleTable(name = "shop", globalIndexes = @GlobalIndex(name = "gsi1"))
 * public interface Shop {}
 * }</pre>
 *
 * Every key attribute is a string (S) composed from an entity's properties by its
 * {@link KeyTemplate} and {@link IndexTemplate}s.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SingleTable {
    /** The table name: 3-255 characters of {@code [a-zA-Z0-9_.-]}; defaults to the type's simple name. */
    String name() default "";

    /** The partition key attribute of the table. */
    String partitionKey() default "pk";

    /** The sort key attribute of the table. */
    String sortKey() default "sk";

    /** The global secondary indexes, each with its own generic key attributes (at most 20). */
    GlobalIndex[] globalIndexes() default {};

    /**
     * The attribute that holds each item's entity type ({@link DynamoEntity#type()}), written on every
     * item and read to decode the items of a mixed result.
     */
    String typeAttribute() default "_type";
}
