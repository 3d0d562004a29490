package dev.dynaq.processor.codegen.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The processor's own small JSON writer (it has no JSON library): ordered objects, arrays, strings,
 * integers and booleans, printed with two-space indentation and {@code \n} line ends, so that the same
 * model always gives the same bytes. Strings are escaped as RFC 8259 requires (quote, backslash and
 * every control character), plus U+2028 and U+2029, which JavaScript does not accept raw; an unpaired surrogate, which UTF-8
 * cannot encode and strict parsers refuse even escaped, becomes U+FFFD.
 */
public final class Json {
    private Json() {
    }

    /** A JSON object whose members keep the order they were put in. */
    public static final class Obj {
        private final Map<String, Object> members = new LinkedHashMap<>();

        private Obj() {
        }

        /**
         * @param name the member name, not already put
         * @param value a {@link String}, {@link Boolean}, {@link Integer}, {@link Long}, {@link Obj} or a
         *     {@link List} of those
         * @return this object
         */
        public Obj put(String name, Object value) {
            Objects.requireNonNull(name, "name");
            check(value);
            if (members.putIfAbsent(name, value) != null) {
                throw new IllegalArgumentException("member '" + name + "' put twice");
            }
            return this;
        }

        /** @return whether the object has no members */
        public boolean isEmpty() {
            return members.isEmpty();
        }
    }

    /** @return a new empty object */
    public static Obj object() {
        return new Obj();
    }

    /**
     * @param value an {@link Obj}, a {@link List} or a scalar
     * @return the value as indented JSON, ending with a line break
     */
    public static String write(Object value) {
        check(value);
        StringBuilder out = new StringBuilder(1024);
        write(value, out, 0);
        return out.append('\n').toString();
    }

    /**
     * @param text any string
     * @return the JSON string literal, quotes included
     */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        quote(text, out);
        return out.toString();
    }

    private static void check(Object value) {
        if (value instanceof List<?> list) {
            list.forEach(Json::check);
        } else if (!(value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Obj)) {
            throw new IllegalArgumentException("not a JSON value: " + (value == null ? "null" : value.getClass()));
        }
    }

    private static void write(Object value, StringBuilder out, int depth) {
        if (value instanceof Obj object) {
            if (object.members.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            String separator = "\n";
            for (Map.Entry<String, Object> member : object.members.entrySet()) {
                out.append(separator);
                indent(out, depth + 1);
                quote(member.getKey(), out);
                out.append(": ");
                write(member.getValue(), out, depth + 1);
                separator = ",\n";
            }
            out.append('\n');
            indent(out, depth);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            String separator = "\n";
            for (Object element : list) {
                out.append(separator);
                indent(out, depth + 1);
                write(element, out, depth + 1);
                separator = ",\n";
            }
            out.append('\n');
            indent(out, depth);
            out.append(']');
        } else if (value instanceof String text) {
            quote(text, out);
        } else {
            out.append(value);
        }
    }

    private static void indent(StringBuilder out, int depth) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    boolean lonelySurrogate = Character.isHighSurrogate(c)
                            ? i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
                    if (lonelySurrogate) {
                        out.append("\\ufffd");
                    } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
