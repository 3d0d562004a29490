package dev.dynaq.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A parsed key template such as {@code ORDER#{createdAt}#{orderId}}: literal text and variables, in
 * order. Every variable but a last one is followed by a literal that starts with {@link #SEPARATOR}.
 *
 * @param text the template as written
 * @param segments the literals and variables, in order; never two literals in a row
 */
public record KeyTemplateModel(String text, List<Segment> segments) {
    /** The character that ends every variable but the last; escaped inside string and enum values. */
    public static final char SEPARATOR = '#';

    /**
     * How a variable's value is written into the composed key, so that the key's string order is the
     * order of its variables.
     */
    public enum Encoding {
        /** Strings and enums: characters up to {@code $} (including {@code #}) escaped, order kept. */
        ESCAPED,
        /** Integral numbers: fixed width by type, sign-correct. */
        NUMBER,
        /** Fixed-width text as the attribute is stored (times, UUIDs). */
        STORED
    }

    /**
     * A literal or a variable.
     *
     * @param literal the literal text, or {@code null} for a variable
     * @param variable the property, or {@code null} for a literal
     * @param encoding how the variable is written; {@code null} for a literal
     */
    public record Segment(String literal, AttributeModel variable, Encoding encoding) {
        /** Validates. */
        public Segment {
            if ((literal == null) == (variable == null) || (variable == null) != (encoding == null)) {
                throw new IllegalArgumentException("a segment is a literal or a variable with its encoding");
            }
        }

        /** @return whether this is a variable */
        public boolean isVariable() {
            return variable != null;
        }
    }

    /** Validates and copies. */
    public KeyTemplateModel {
        Objects.requireNonNull(text, "text");
        segments = List.copyOf(segments);
    }

    /** @return the variables, in template order */
    public List<AttributeModel> variables() {
        List<AttributeModel> variables = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment.isVariable()) {
                variables.add(segment.variable());
            }
        }
        return List.copyOf(variables);
    }

    /** @return the variable segments, in template order */
    public List<Segment> variableSegments() {
        return segments.stream().filter(Segment::isVariable).toList();
    }

    /** @return whether the template has no variable (a constant key) */
    public boolean isConstant() {
        return segments.stream().noneMatch(Segment::isVariable);
    }

    /** @return the literal text before the first variable; the whole text of a constant template */
    public String literalPrefix() {
        return segments.isEmpty() || segments.get(0).isVariable() ? "" : segments.get(0).literal();
    }
}
