package dev.dynaq.internal;

import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The sort-key part of a key condition, built by generated query methods such as
 * {@code createdAtBetween(a, b)} from values already converted and checked as keys.
 *
 * @param operator {@code =}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code BETWEEN} or {@code begins_with}
 * @param value the value (the low end for BETWEEN)
 * @param high the high end for BETWEEN, else {@code null}
 */
public record SortKeyCondition(String operator, AttributeValue value, AttributeValue high) {
    /** Validates the components. */
    public SortKeyCondition {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
        if (operator.equals("BETWEEN") != (high != null)) {
            throw new IllegalArgumentException("only BETWEEN has a high end");
        }
    }

    /** @return {@code sk = value} */
    public static SortKeyCondition eq(AttributeValue value) {
        return new SortKeyCondition("=", value, null);
    }

    /** @return {@code sk < value} */
    public static SortKeyCondition lt(AttributeValue value) {
        return new SortKeyCondition("<", value, null);
    }

    /** @return {@code sk <= value} */
    public static SortKeyCondition le(AttributeValue value) {
        return new SortKeyCondition("<=", value, null);
    }

    /** @return {@code sk > value} */
    public static SortKeyCondition gt(AttributeValue value) {
        return new SortKeyCondition(">", value, null);
    }

    /** @return {@code sk >= value} */
    public static SortKeyCondition ge(AttributeValue value) {
        return new SortKeyCondition(">=", value, null);
    }

    /** @return {@code sk BETWEEN low AND high}, both ends included */
    public static SortKeyCondition between(AttributeValue low, AttributeValue high) {
        return new SortKeyCondition("BETWEEN", low, Objects.requireNonNull(high, "high"));
    }

    /** @return {@code begins_with(sk, prefix)} */
    public static SortKeyCondition beginsWith(AttributeValue prefix) {
        return new SortKeyCondition("begins_with", prefix, null);
    }

    /**
     * @param sortKey the placeholder of the sort key's name
     * @param writer collects the values
     * @return the condition's expression text
     */
    public String render(String sortKey, ExpressionWriter writer) {
        return switch (operator) {
            case "BETWEEN" -> sortKey + " BETWEEN " + writer.value(value) + " AND " + writer.value(high);
            case "begins_with" -> "begins_with(" + sortKey + ", " + writer.value(value) + ")";
            default -> sortKey + " " + operator + " " + writer.value(value);
        };
    }
}
