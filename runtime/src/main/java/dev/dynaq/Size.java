package dev.dynaq;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code size(attribute)}: the length of a string or binary, the number of elements of a collection
 * or map. Obtained from {@code Order_.items.size()}; compare it to build a {@link Condition}.
 */
public final class Size {
    private final Attribute<?, ?> attribute;

    Size(Attribute<?, ?> attribute) {
        this.attribute = attribute;
    }

    /** @return {@code size(attribute) = n} */
    public Condition eq(long n) {
        return compare("=", n);
    }

    /** @return {@code size(attribute) <> n} */
    public Condition ne(long n) {
        return compare("<>", n);
    }

    /** @return {@code size(attribute) < n} */
    public Condition lt(long n) {
        return compare("<", n);
    }

    /** @return {@code size(attribute) <= n} */
    public Condition le(long n) {
        return compare("<=", n);
    }

    /** @return {@code size(attribute) > n} */
    public Condition gt(long n) {
        return compare(">", n);
    }

    /** @return {@code size(attribute) >= n} */
    public Condition ge(long n) {
        return compare(">=", n);
    }

    private Condition compare(String operator, long n) {
        return Condition.compareSize(attribute, operator, AttributeValue.fromN(Long.toString(n)));
    }
}
