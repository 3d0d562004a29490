package dev.dynaq.processor.reader;

import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.Format;
import dev.dynaq.processor.model.KeyTemplateModel;
import dev.dynaq.processor.model.KeyTemplateModel.Encoding;
import dev.dynaq.processor.model.KeyTemplateModel.Segment;
import dev.dynaq.processor.model.TypeMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Parses a key template ({@code CUSTOMER#{customerId}}) against an entity's properties, reporting
 * malformed text, unknown variables, variables of types that cannot be composed into a key, and
 * variables not followed by the separator.
 */
final class KeyTemplateParser {
    /** U+10FFFF: the upper bound of composed key ranges; no key may contain it. */
    static final String MAX = new String(Character.toChars(Character.MAX_CODE_POINT));

    /**
     * Where a template is, for messages and error positions.
     *
     * @param type the entity
     * @param annotation the template annotation
     * @param member the annotation member ({@code partition}, {@code sort})
     * @param label how messages name the template ({@code @KeyTemplate partition})
     */
    record Place(TypeElement type, AnnotationMirror annotation, String member, String label) {
    }

    private final Annotations annotations;

    KeyTemplateParser(Annotations annotations) {
        this.annotations = annotations;
    }

    /**
     * @param text the template
     * @param place where it is
     * @param attributes the entity's mapped properties
     * @param report receives the problems
     * @return the template, when valid
     */
    Optional<KeyTemplateModel> parse(String text, Place place, List<AttributeModel> attributes, Report report) {
        Annotations.Position value = annotations.position(place.type(), place.annotation(), place.member());
        List<Segment> segments = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        boolean valid = true;
        if (text.isEmpty()) {
            return syntax(place, text, "it is empty", value, report);
        }
        if (text.contains(MAX)) {
            return syntax(place, text, "it contains U+10FFFF, which Dynaq reserves as the upper bound of key ranges",
                    value, report);
        }
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '}') {
                return syntax(place, text, "'}' at position " + i + " closes no variable", value, report);
            }
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            int end = text.indexOf('}', i + 1);
            if (end < 0) {
                return syntax(place, text, "'{' at position " + i + " is not closed", value, report);
            }
            String name = text.substring(i + 1, end);
            if (name.isEmpty() || name.indexOf('{') >= 0) {
                return syntax(place, text, "'{' at position " + i + " holds no property name", value, report);
            }
            if (literal.length() > 0) {
                segments.add(new Segment(literal.toString(), null, null));
                literal.setLength(0);
            }
            Optional<AttributeModel> attribute = attributes.stream()
                    .filter(candidate -> candidate.propertyName().equals(name))
                    .findFirst();
            if (attribute.isEmpty()) {
                String known = attributes.stream().map(AttributeModel::propertyName).collect(Collectors.joining(", "));
                report.error(Diagnostics.TEMPLATE_VARIABLE_UNKNOWN, place.type(), value,
                        place.label(), text, name, place.type().getSimpleName(), known);
                valid = false;
                segments.add(new Segment("{" + name + "}", null, null));
            } else {
                Optional<Encoding> encoding = encoding(attribute.get().type(), place, text, name, value, report);
                valid &= encoding.isPresent();
                segments.add(encoding.isPresent()
                        ? new Segment(null, attribute.get(), encoding.get())
                        : new Segment("{" + name + "}", null, null));
            }
            int next = end + 1;
            if (next < text.length() && text.charAt(next) != KeyTemplateModel.SEPARATOR) {
                String follows = text.charAt(next) == '{' ? "another variable" : "'" + text.charAt(next) + "'";
                report.error(Diagnostics.TEMPLATE_SEPARATOR, place.type(), value, place.label(),
                        text, name, follows);
                valid = false;
            }
            i = next;
        }
        if (literal.length() > 0) {
            segments.add(new Segment(literal.toString(), null, null));
        }
        return valid ? Optional.of(new KeyTemplateModel(text, segments)) : Optional.empty();
    }

    private static Optional<KeyTemplateModel> syntax(Place place, String text, String why, Annotations.Position value,
            Report report) {
        report.error(Diagnostics.TEMPLATE_SYNTAX, place.type(), value, place.label(), text, why);
        return Optional.empty();
    }

    /** @return how a property of this type is written into a key, or empty (reported) when it cannot be */
    private static Optional<Encoding> encoding(TypeMapping type, Place place, String text, String name,
            Annotations.Position value, Report report) {
        String why = switch (type.kind()) {
            case STRING, ENUM -> null;
            case INT, LONG, SHORT, BYTE -> null;
            case INSTANT, LOCAL_DATE, LOCAL_DATE_TIME, LOCAL_TIME, UUID -> null;
            case FLOAT, DOUBLE, BIG_DECIMAL, BIG_INTEGER ->
                "a key needs numbers of a fixed width so that string order is numeric order; store an integral"
                        + " amount (a long of cents, say) or a String you format yourself";
            case OFFSET_DATE_TIME, ZONED_DATE_TIME, DURATION ->
                "its stored text is not a fixed-width form that orders like the value; use an Instant"
                        + " (or LocalDateTime)";
            case OPTIONAL -> "an Optional may be empty; use the value type itself";
            case CONVERTED -> "a @Convert type may be stored as anything; use a supported type";
            default -> "it is not stored as a scalar string or number";
        };
        if (why != null) {
            report.error(Diagnostics.TEMPLATE_VARIABLE_TYPE, place.type(), value, place.label(),
                    text, name, type.javaType(), why);
            return Optional.empty();
        }
        if (type.format() != Format.defaultFor(type.kind())) {
            // A template writes the variable in the kind's own form; a @Format would change it to a
            // form that may not order (ISO) or is no string at all (epoch numbers).
            report.error(Diagnostics.TEMPLATE_VARIABLE_FORMAT, place.type(), value, place.label(),
                    text, name, type.format());
            return Optional.empty();
        }
        return Optional.of(switch (type.kind()) {
            case STRING, ENUM -> Encoding.ESCAPED;
            case INT, LONG, SHORT, BYTE -> Encoding.NUMBER;
            default -> Encoding.STORED;
        });
    }
}
