package dev.dynaq.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The table key of a {@link DynamoEntity}, composed from its properties: literal text and
 * {@code {property}} variables, such as {@code partition = "CUSTOMER#{customerId}"} and
 * {@code sort = "ORDER#{createdAt}#{orderId}"}. A variable is followed by {@code #} or ends the
 * template. Strings and enums are escaped so that they never contain {@code #} (and keep their
 * order), integral numbers are written fixed-width and sign-correct, times in their fixed-width
 * ISO-8601 form, so that string order of a key is the order of its variables.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface KeyTemplate {
    /** The partition key template. */
    String partition();

    /** The sort key template. */
    String sort();

    /**
     * The name of the item collection of this partition (the entities whose partition templates agree
     * share one, queried with {@code queryCustomerCollection(...)}); defaults to the partition
     * template's first word ({@code CUSTOMER} → {@code Customer}).
     */
    String collection() default "";

    /** The generated query method is {@code queryBy<queryName>}; defaults to the partition template's variables. */
    String queryName() default "";
}
