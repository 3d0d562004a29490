package dev.dynaq.single;

import dev.dynaq.InvalidValueException;
import dev.dynaq.internal.SortKeyCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A composed key of a single-table entity, such as {@code ORDER#{createdAt}#{orderId}}: literal text and
 * variables, each variable followed by {@code #} or ending the template. Generated in the metamodel
 * ({@code Order_.KEYS}); immutable and thread-safe.
 *
 * <p>Values are written so that the string order of composed keys (DynamoDB's order: by UTF-8 bytes) is
 * the order of the variables, first to last:
 * <ul>
 *   <li>strings and enums are escaped: every character up to {@code $} (U+0024), {@code #} included,
 *       becomes {@code $} followed by one character from {@code 0} to {@code T} (U+0030 + the code),
 *       and U+10FFFF becomes {@code $U}. Escaped values never contain {@code #}, so a value cannot make
 *       a key ambiguous, and every character of an escaped value sorts after {@code #}, so that
 *       {@code "bob"} sorts before {@code "bob!"} in a key as it does alone;</li>
 *   <li>integral numbers are fixed-width and sign-correct: non-negative values zero-padded to the
 *       type's width (3 digits for byte, 5 short, 10 int, 19 long), negative ones {@code -} followed
 *       by the value plus 2<sup>bits-1</sup>, zero-padded ({@code -1} as an int is
 *       {@code -2147483647}), so negative values sort before positive ones and each in numeric order;</li>
 *   <li>times ({@code Instant}, {@code LocalDate}, {@code LocalDateTime}, {@code LocalTime}) and UUIDs
 *       as stored: fixed-width ISO-8601 text, always with nine fraction digits.</li>
 * </ul>
 *
 * <p>Sort-key conditions on the leading variables ({@link #between}, {@link #ge}, ...) are ranges of the
 * composed string with exact bounds: an item whose variable equals a bound is included (or excluded, for
 * {@code lt}/{@code gt}), and no key outside the template's literal prefix is ever in a range, so items of
 * other entity types in the same partition never leak in.
 */
public final class KeyTemplate {
    /** U+10FFFF, the greatest code point: no composed key contains it, so it bounds ranges from above. */
    static final String MAX = new String(Character.toChars(Character.MAX_CODE_POINT));
    private static final char SEPARATOR = '#';
    private static final char ESCAPE = '$';

    /** How a variable is written. */
    enum Kind { ESCAPED, NUMBER, STORED }

    /** A literal ({@code variable == null}) or a variable. */
    private record Part(String literal, String variable, Kind kind, int width) {
    }

    private final String text;
    private final List<Part> parts;
    private final List<String> variables;

    private KeyTemplate(String text, List<Part> parts) {
        this.text = text;
        this.parts = List.copyOf(parts);
        List<String> names = new ArrayList<>();
        for (Part part : parts) {
            if (part.variable() != null) {
                names.add(part.variable());
            }
        }
        this.variables = List.copyOf(names);
    }

    /**
     * @param text the template as written, for messages
     * @return a builder of the template's parts, in order
     */
    public static Builder builder(String text) {
        return new Builder(text);
    }

    /** Builds a {@link KeyTemplate} part by part, as the processor parsed it. */
    public static final class Builder {
        private final String text;
        private final List<Part> parts = new ArrayList<>();

        private Builder(String text) {
            this.text = Objects.requireNonNull(text, "text");
        }

        /**
         * @param literal literal text
         * @return this builder
         */
        public Builder literal(String literal) {
            parts.add(new Part(Objects.requireNonNull(literal, "literal"), null, null, 0));
            return this;
        }

        /**
         * @param attribute the attribute name of a string or enum variable
         * @return this builder
         */
        public Builder escaped(String attribute) {
            parts.add(new Part(null, Objects.requireNonNull(attribute, "attribute"), Kind.ESCAPED, 0));
            return this;
        }

        /**
         * @param attribute the attribute name of an integral number variable
         * @param bits the number type's size: 8, 16, 32 or 64
         * @return this builder
         */
        public Builder number(String attribute, int bits) {
            int width = switch (bits) {
                case 8 -> 3;
                case 16 -> 5;
                case 32 -> 10;
                case 64 -> 19;
                default -> throw new IllegalArgumentException("bits must be 8, 16, 32 or 64: " + bits);
            };
            parts.add(new Part(null, Objects.requireNonNull(attribute, "attribute"), Kind.NUMBER, width));
            return this;
        }

        /**
         * @param attribute the attribute name of a variable stored as fixed-width text (times, UUIDs)
         * @return this builder
         */
        public Builder stored(String attribute) {
            parts.add(new Part(null, Objects.requireNonNull(attribute, "attribute"), Kind.STORED, 0));
            return this;
        }

        /** @return the template */
        public KeyTemplate build() {
            return new KeyTemplate(text, parts);
        }
    }

    /** @return the template as written */
    public String text() {
        return text;
    }

    /** @return the attribute names of the variables, in template order */
    public List<String> variables() {
        return variables;
    }

    /** @return the literal text before the first variable (all of it for a constant template) */
    public String literalPrefix() {
        return parts.isEmpty() || parts.get(0).variable() != null ? "" : parts.get(0).literal();
    }

    @Override
    public String toString() {
        return text;
    }

    // ---------------------------------------------------------------- composing

    /**
     * @param attributes attribute values by name (an item, or key values)
     * @return the composed key; empty when a variable is missing, null or an empty string
     * @throws InvalidValueException if a value does not have its variable's type
     */
    public Optional<String> compose(Map<String, AttributeValue> attributes) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (Part part : parts) {
            if (part.variable() == null) {
                out.append(part.literal());
                continue;
            }
            AttributeValue value = attributes.get(part.variable());
            if (!present(value)) {
                return Optional.empty();
            }
            append(out, part, value);
        }
        return Optional.of(out.toString());
    }

    /**
     * @param values the values of the distinct variables, in template order, converted as keys
     * @return the composed key, as a string attribute value
     * @throws InvalidValueException if a value is null or empty
     */
    public AttributeValue key(List<AttributeValue> values) {
        List<String> distinct = variables.stream().distinct().toList();
        if (values.size() != distinct.size()) {
            throw new IllegalArgumentException("template '" + text + "' has " + distinct.size() + " variables");
        }
        Map<String, AttributeValue> byName = new java.util.HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            Part part = variablePart(variables.indexOf(distinct.get(i)));
            byName.put(distinct.get(i), checked(part, values.get(i)));
        }
        return AttributeValue.fromS(compose(byName).orElseThrow());
    }

    /** @return whether a value is set and not an empty string */
    static boolean present(AttributeValue value) {
        if (value == null || Boolean.TRUE.equals(value.nul())) {
            return false;
        }
        return value.s() == null || !value.s().isEmpty();
    }

    private void append(StringBuilder out, Part part, AttributeValue value) {
        switch (part.kind()) {
            case ESCAPED -> escape(out, text(part, value));
            case STORED -> out.append(text(part, value));
            case NUMBER -> number(out, part, value);
            default -> throw new IllegalStateException(part.kind().toString());
        }
    }

    private String text(Part part, AttributeValue value) {
        if (value.s() == null) {
            throw new InvalidValueException("{" + part.variable() + "} of key template '" + text + "' needs a string,"
                    + " not " + value.type());
        }
        return value.s();
    }

    /** Appends the order-keeping escape of a string value: see the class comment. */
    static void escape(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ESCAPE) {
                out.append(ESCAPE).append((char) ('0' + c));
            } else if (c == '\uDBFF' && i + 1 < value.length() && value.charAt(i + 1) == '\uDFFF') {
                out.append(ESCAPE).append('U');
                i++;
            } else {
                out.append(c);
            }
        }
    }

    private void number(StringBuilder out, Part part, AttributeValue value) {
        if (value.n() == null) {
            throw new InvalidValueException("{" + part.variable() + "} of key template '" + text + "' needs a number,"
                    + " not " + value.type());
        }
        long number;
        try {
            number = Long.parseLong(value.n());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("{" + part.variable() + "} of key template '" + text + "' needs an"
                    + " integral number, not " + value.n());
        }
        String digits;
        if (number >= 0) {
            digits = Long.toString(number);
        } else {
            long offset = part.width() == 19 ? Long.MIN_VALUE : -(1L << bits(part.width()) - 1);
            digits = Long.toString(number - offset); // in [0, 2^(bits-1))
            out.append('-');
        }
        for (int i = digits.length(); i < part.width(); i++) {
            out.append('0');
        }
        out.append(digits);
    }

    private static int bits(int width) {
        return switch (width) {
            case 3 -> 8;
            case 5 -> 16;
            case 10 -> 32;
            default -> 64;
        };
    }

    // ---------------------------------------------------------------- reading back

    /**
     * @param composed a key this template composed
     * @return the variables' values as stored in their own attributes (strings unescaped, numbers as N)
     * @throws IllegalArgumentException if the key does not match the template
     */
    public Map<String, AttributeValue> decompose(String composed) {
        Map<String, AttributeValue> values = new java.util.LinkedHashMap<>();
        int position = 0;
        for (Part part : parts) {
            if (part.variable() == null) {
                if (!composed.startsWith(part.literal(), position)) {
                    throw new IllegalArgumentException("key '" + composed + "' does not match template '" + text + "'");
                }
                position += part.literal().length();
                continue;
            }
            int end = composed.indexOf(SEPARATOR, position);
            if (end < 0) {
                end = composed.length();
            }
            String field = composed.substring(position, end);
            values.put(part.variable(), switch (part.kind()) {
                case ESCAPED -> AttributeValue.fromS(unescape(field));
                case STORED -> AttributeValue.fromS(field);
                case NUMBER -> AttributeValue.fromN(unnumber(field, part));
            });
            position = end;
        }
        if (position != composed.length()) {
            throw new IllegalArgumentException("key '" + composed + "' does not match template '" + text + "'");
        }
        return values;
    }

    private static String unescape(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ESCAPE && i + 1 < field.length()) {
                char code = field.charAt(++i);
                if (code == 'U') {
                    out.append(MAX);
                } else {
                    out.append((char) (code - '0'));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String unnumber(String field, Part part) {
        if (field.startsWith("-")) {
            long offset = part.width() == 19 ? Long.MIN_VALUE : -(1L << bits(part.width()) - 1);
            return Long.toString(Long.parseLong(field.substring(1)) + offset);
        }
        return Long.toString(Long.parseLong(field));
    }

    // ---------------------------------------------------------------- sort-key conditions

    /**
     * @return the condition that selects this template's keys: {@code = key} for a constant template,
     *     {@code begins_with} its literal prefix, or {@code null} when it starts with a variable
     */
    public SortKeyCondition all() {
        if (variables.isEmpty()) {
            return SortKeyCondition.eq(AttributeValue.fromS(text));
        }
        String prefix = literalPrefix();
        return prefix.isEmpty() ? null : SortKeyCondition.beginsWith(AttributeValue.fromS(prefix));
    }

    /**
     * The keys whose leading variables equal the values: {@code =} the whole key when they are all the
     * variables, else {@code begins_with} up to the separator after the last.
     *
     * @param leading the values of the first variables, in order, at least one
     * @return the condition
     */
    public SortKeyCondition eq(List<AttributeValue> leading) {
        if (leading.isEmpty() || leading.size() > variables.size()) {
            throw new IllegalArgumentException("eq takes 1 to " + variables.size() + " values of " + text);
        }
        StringBuilder out = new StringBuilder(prefixBefore(leading.size() - 1, leading));
        Part part = variablePart(leading.size() - 1);
        append(out, part, checked(part, leading.get(leading.size() - 1)));
        int index = parts.indexOf(part);
        if (leading.size() == variables.size()) {
            for (int i = index + 1; i < parts.size(); i++) {
                out.append(parts.get(i).literal());
            }
            return SortKeyCondition.eq(AttributeValue.fromS(out.toString()));
        }
        out.append(parts.get(index + 1).literal());
        return SortKeyCondition.beginsWith(AttributeValue.fromS(out.toString()));
    }

    /**
     * @param fixed the values of the variables before the compared one
     * @param value the compared variable's bound
     * @return the keys whose variable (after {@code fixed}) is less than the value
     */
    public SortKeyCondition lt(List<AttributeValue> fixed, AttributeValue value) {
        String prefix = prefixBefore(fixed.size(), fixed);
        return between(prefix, predecessor(prefix + encoded(fixed.size(), value)));
    }

    /**
     * @param fixed the values of the variables before the compared one
     * @param value the compared variable's bound
     * @return the keys whose variable (after {@code fixed}) is less than or equal to the value
     */
    public SortKeyCondition le(List<AttributeValue> fixed, AttributeValue value) {
        String prefix = prefixBefore(fixed.size(), fixed);
        return between(prefix, after(prefix + encoded(fixed.size(), value)));
    }

    /**
     * @param fixed the values of the variables before the compared one
     * @param value the compared variable's bound
     * @return the keys whose variable (after {@code fixed}) is greater than the value
     */
    public SortKeyCondition gt(List<AttributeValue> fixed, AttributeValue value) {
        String prefix = prefixBefore(fixed.size(), fixed);
        return between(after(prefix + encoded(fixed.size(), value)), prefix + MAX);
    }

    /**
     * @param fixed the values of the variables before the compared one
     * @param value the compared variable's bound
     * @return the keys whose variable (after {@code fixed}) is greater than or equal to the value
     */
    public SortKeyCondition ge(List<AttributeValue> fixed, AttributeValue value) {
        String prefix = prefixBefore(fixed.size(), fixed);
        return between(prefix + encoded(fixed.size(), value), prefix + MAX);
    }

    /**
     * @param fixed the values of the variables before the compared one
     * @param low the lowest value, included
     * @param high the highest value, included
     * @return the keys whose variable (after {@code fixed}) is between the values
     * @throws InvalidValueException if {@code low} is after {@code high}
     */
    public SortKeyCondition between(List<AttributeValue> fixed, AttributeValue low, AttributeValue high) {
        String prefix = prefixBefore(fixed.size(), fixed);
        String from = prefix + encoded(fixed.size(), low);
        String to = prefix + encoded(fixed.size(), high);
        if (compareUtf8(from, to) > 0) {
            throw new InvalidValueException("between on {" + variables.get(fixed.size()) + "} of key template '" + text
                    + "': the low value is after the high value");
        }
        return between(from, after(to));
    }

    /**
     * @param fixed the values of the variables before the compared one, a string variable
     * @param prefix what the variable's value begins with
     * @return the keys whose variable (after {@code fixed}) begins with the prefix
     */
    public SortKeyCondition beginsWith(List<AttributeValue> fixed, AttributeValue prefix) {
        return SortKeyCondition.beginsWith(AttributeValue.fromS(prefixBefore(fixed.size(), fixed)
                + encoded(fixed.size(), prefix)));
    }

    private static SortKeyCondition between(String low, String high) {
        return SortKeyCondition.between(AttributeValue.fromS(low), AttributeValue.fromS(high));
    }

    /** @return a string after every key whose text up to here is {@code value} and whose variable ends here */
    private static String after(String value) {
        // every key continues with '#' or ends; every escaped or encoded character is greater than '$'
        // unless it is the escape '$' itself, followed by another character: value + '$' is no key
        return value + ESCAPE;
    }

    /**
     * @return the greatest string below {@code value} among keys: its last code point decremented, then
     *     U+10FFFF
     */
    private static String predecessor(String value) {
        int last = value.codePointBefore(value.length());
        String head = value.substring(0, value.length() - Character.charCount(last));
        int previous = last - 1;
        if (previous >= Character.MIN_SURROGATE && previous <= Character.MAX_SURROGATE) {
            previous = Character.MIN_SURROGATE - 1;
        }
        return head + new String(Character.toChars(previous)) + MAX;
    }

    private String prefixBefore(int variable, List<AttributeValue> values) {
        StringBuilder out = new StringBuilder();
        int seen = 0;
        for (Part part : parts) {
            if (part.variable() == null) {
                out.append(part.literal());
                continue;
            }
            if (seen == variable) {
                return out.toString();
            }
            append(out, part, checked(part, values.get(seen)));
            seen++;
        }
        throw new IllegalArgumentException("template '" + text + "' has " + variables.size() + " variables");
    }

    private String encoded(int variable, AttributeValue value) {
        StringBuilder out = new StringBuilder();
        Part part = variablePart(variable);
        append(out, part, checked(part, value));
        return out.toString();
    }

    private AttributeValue checked(Part part, AttributeValue value) {
        if (!present(value)) {
            throw new InvalidValueException("{" + part.variable() + "} of key template '" + text
                    + "' is null or empty; key values must be set");
        }
        return value;
    }

    private Part variablePart(int variable) {
        int seen = 0;
        for (Part part : parts) {
            if (part.variable() != null && seen++ == variable) {
                return part;
            }
        }
        throw new IllegalArgumentException("template '" + text + "' has " + variables.size() + " variables");
    }

    /** @return the order DynamoDB compares strings in: by UTF-8 bytes, which is code point order */
    static int compareUtf8(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
