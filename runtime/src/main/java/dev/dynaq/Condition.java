package dev.dynaq;

import dev.dynaq.internal.ExpressionWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A DynamoDB condition or filter expression, built from the metamodel
 * ({@code Order_.total.ge(new BigDecimal("100")).and(Order_.status.ne(OrderStatus.CANCELLED))}).
 * Attribute names and values always become {@code #name} and {@code :value} placeholders, so reserved
 * words work and values are never spliced into the expression text.
 *
 * <p>Conditions are immutable and can be shared and reused.
 */
public abstract class Condition {
    Condition() {
    }

    /** @return a condition that holds when this one and {@code other} both hold */
    public final Condition and(Condition other) {
        return new Logical("AND", List.of(this, Objects.requireNonNull(other, "other")));
    }

    /** @return a condition that holds when this one or {@code other} holds */
    public final Condition or(Condition other) {
        return new Logical("OR", List.of(this, Objects.requireNonNull(other, "other")));
    }

    /** @return a condition that holds when this one does not */
    public final Condition not() {
        return new Not(this);
    }

    /**
     * @param conditions one or more conditions
     * @return a condition that holds when all of them hold
     */
    public static Condition allOf(Condition... conditions) {
        return combine("AND", conditions);
    }

    /**
     * @param conditions one or more conditions
     * @return a condition that holds when any of them holds
     */
    public static Condition anyOf(Condition... conditions) {
        return combine("OR", conditions);
    }

    /**
     * Renders the expression, registering its names and values with the writer.
     *
     * @param writer collects the placeholders of one request
     * @return the expression text
     */
    public final String toExpression(ExpressionWriter writer) {
        StringBuilder out = new StringBuilder();
        render(writer, out);
        return out.toString();
    }

    /** @return the top-level DynamoDB attribute names this condition reads, in order of appearance */
    public final Set<String> attributeNames() {
        Set<String> names = new LinkedHashSet<>();
        collectNames(names);
        return Collections.unmodifiableSet(names);
    }

    abstract void render(ExpressionWriter writer, StringBuilder out);

    abstract void collectNames(Set<String> names);

    /** Renders with placeholders named after their order, e.g. {@code #n0 >= :v0}. */
    @Override
    public String toString() {
        ExpressionWriter writer = new ExpressionWriter();
        String expression = toExpression(writer);
        return expression + " " + writer.names() + " " + writer.values();
    }

    static Condition compare(Attribute<?, ?> attribute, String operator, AttributeValue value) {
        return new Comparison(attribute.name(), null, false, operator, value);
    }

    static Condition compareSize(Attribute<?, ?> attribute, String operator, AttributeValue value) {
        return new Comparison(attribute.name(), null, true, operator, value);
    }

    static Condition between(Attribute<?, ?> attribute, AttributeValue low, AttributeValue high) {
        return new Between(attribute.name(), low, high);
    }

    static Condition in(Attribute<?, ?> attribute, List<AttributeValue> values) {
        return new In(attribute.name(), List.copyOf(values));
    }

    static Condition function(String function, Attribute<?, ?> attribute, AttributeValue argument) {
        return new Function(function, attribute.name(), null, argument);
    }

    static Condition keyExists(Attribute<?, ?> attribute, String key) {
        return new Function("attribute_exists", attribute.name(), Objects.requireNonNull(key, "key"), null);
    }

    private static Condition combine(String operator, Condition[] conditions) {
        if (conditions.length == 0) {
            throw new IllegalArgumentException("at least one condition is needed");
        }
        if (conditions.length == 1) {
            return Objects.requireNonNull(conditions[0]);
        }
        List<Condition> parts = new ArrayList<>(conditions.length);
        for (Condition condition : conditions) {
            parts.add(Objects.requireNonNull(condition, "condition"));
        }
        return new Logical(operator, List.copyOf(parts));
    }

    private static void path(ExpressionWriter writer, String name, String mapKey, StringBuilder out) {
        out.append(writer.name(name));
        if (mapKey != null) {
            out.append('.').append(writer.name(mapKey));
        }
    }

    private static final class Comparison extends Condition {
        private final String name;
        private final String mapKey;
        private final boolean size;
        private final String operator;
        private final AttributeValue value;

        Comparison(String name, String mapKey, boolean size, String operator, AttributeValue value) {
            this.name = name;
            this.mapKey = mapKey;
            this.size = size;
            this.operator = operator;
            this.value = value;
        }

        @Override
        void render(ExpressionWriter writer, StringBuilder out) {
            if (size) {
                out.append("size(");
                path(writer, name, mapKey, out);
                out.append(')');
            } else {
                path(writer, name, mapKey, out);
            }
            out.append(' ').append(operator).append(' ').append(writer.value(value));
        }

        @Override
        void collectNames(Set<String> names) {
            names.add(name);
        }
    }

    private static final class Between extends Condition {
        private final String name;
        private final AttributeValue low;
        private final AttributeValue high;

        Between(String name, AttributeValue low, AttributeValue high) {
            this.name = name;
            this.low = low;
            this.high = high;
        }

        @Override
        void render(ExpressionWriter writer, StringBuilder out) {
            out.append(writer.name(name)).append(" BETWEEN ").append(writer.value(low))
                    .append(" AND ").append(writer.value(high));
        }

        @Override
        void collectNames(Set<String> names) {
            names.add(name);
        }
    }

    private static final class In extends Condition {
        private final String name;
        private final List<AttributeValue> values;

        In(String name, List<AttributeValue> values) {
            this.name = name;
            this.values = values;
        }

        @Override
        void render(ExpressionWriter writer, StringBuilder out) {
            out.append(writer.name(name)).append(" IN (");
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                out.append(writer.value(values.get(i)));
            }
            out.append(')');
        }

        @Override
        void collectNames(Set<String> names) {
            names.add(name);
        }
    }

    private static final class Function extends Condition {
        private final String function;
        private final String name;
        private final String mapKey;
        private final AttributeValue argument;

        Function(String function, String name, String mapKey, AttributeValue argument) {
            this.function = function;
            this.name = name;
            this.mapKey = mapKey;
            this.argument = argument;
        }

        @Override
        void render(ExpressionWriter writer, StringBuilder out) {
            out.append(function).append('(');
            path(writer, name, mapKey, out);
            if (argument != null) {
                out.append(", ").append(writer.value(argument));
            }
            out.append(')');
        }

        @Override
        void collectNames(Set<String> names) {
            names.add(name);
        }
    }

    private static final class Logical extends Condition {
        private final String operator;
        private final List<Condition> parts;

        Logical(String operator, List<Condition> parts) {
            this.operator = operator;
            this.parts = parts;
        }

        @Override
        void render(ExpressionWriter writer, StringBuilder out) {
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    out.append(' ').append(operator).append(' ');
                }
                out.append('(');
                parts.get(i).render(writer, out);
                out.append(')');
            }
        }

        @Override
        void collectNames(Set<String> names) {
            for (Condition part : parts) {
                part.collectNames(names);
            }
        }
    }

    private static final class Not extends Condition {
        private final Condition inner;

        Not(Condition inner) {
            this.inner = inner;
        }

        @Override
        void render(ExpressionWriter writer, StringBuilder out) {
            out.append("NOT (");
            inner.render(writer, out);
            out.append(')');
        }

        @Override
        void collectNames(Set<String> names) {
            inner.collectNames(names);
        }
    }
}
