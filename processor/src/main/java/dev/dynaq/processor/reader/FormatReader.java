package dev.dynaq.processor.reader;

import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.Format;
import dev.dynaq.processor.model.IndexModel;
import dev.dynaq.processor.model.TypeMapping;
import dev.dynaq.processor.model.TypeMapping.Kind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads storage formats: the entity's defaults ({@code @DynamoTable(formats = …)},
 * {@code @DynamoDocument(formats = …)}) and each property's {@code @Format}, resolves the format of
 * every scalar (inside collections and {@code Optional} too), and checks that sort keys sort in value
 * order unless acknowledged.
 */
final class FormatReader {
    private static final String DEFAULT = "DEFAULT";

    private final Annotations annotations;

    FormatReader(Annotations annotations) {
        this.annotations = annotations;
    }

    /** The entity's default format per kind; kinds without an entry keep their own default. */
    record Defaults(Map<Kind, Format> byKind) {
        Format of(Kind kind) {
            Format format = byKind.get(kind);
            return format != null ? format : Format.defaultFor(kind);
        }
    }

    /**
     * @param type the entity or document
     * @param marker its {@code @DynamoTable} or {@code @DynamoDocument}
     * @param report where errors go
     * @return the defaults; on errors, the types' own defaults
     */
    Defaults defaults(TypeElement type, AnnotationMirror marker, Report report) {
        Map<Kind, Format> byKind = new EnumMap<>(Kind.class);
        if (!hasFormats(marker)) {
            return new Defaults(byKind); // an annotation without entity defaults (a shared-table entity)
        }
        Map<Kind, AnnotationValue> declared = new EnumMap<>(Kind.class);
        for (AnnotationValue value : annotations.list(marker, "formats")) {
            String name = constant(value);
            if (name.equals(DEFAULT)) {
                report.error(Diagnostics.FORMAT_DEFAULT, type, marker, value, Annotations.simpleName(marker));
                continue;
            }
            Format format = Format.valueOf(name);
            for (Kind kind : Kind.values()) {
                if (!format.fits(kind)) {
                    continue;
                }
                Format previous = byKind.get(kind);
                if (previous == null || format.specific() && !previous.specific()) {
                    byKind.put(kind, format);
                    declared.put(kind, value);
                } else if (previous.specific() == format.specific()) {
                    report.error(Diagnostics.FORMAT_DEFAULT_CONFLICT, type, marker, value, Annotations.simpleName(marker),
                            previous, format, typeName(kind));
                    break;
                }
            }
        }
        return new Defaults(byKind);
    }

    /**
     * @param mapping the property's mapping in the default formats
     * @param property the property
     * @param defaults the entity's defaults
     * @param report where errors go
     * @return the mapping in the chosen formats, or empty after an error
     */
    Optional<TypeMapping> apply(TypeMapping mapping, Property property, Defaults defaults, Report report) {
        Optional<AnnotationMirror> annotation = annotations.find(property.element(), Annotations.FORMAT);
        TypeMapping scalar = scalar(mapping);
        if (annotation.isEmpty()) {
            return Optional.of(scalar.format() == null ? mapping : replace(mapping, defaults.of(scalar.kind())));
        }
        AnnotationMirror format = annotation.get();
        AnnotationValue value = annotations.value(format, "value");
        String name = constant(value);
        if (mapping.kind() == Kind.CONVERTED) {
            report.error(Diagnostics.FORMAT_CONVERT, property.element(), format, null, property.name());
            return Optional.empty();
        }
        if (scalar.format() == null) {
            report.error(Diagnostics.FORMAT_NONE, property.element(), format, null, property.name(), property.type());
            return Optional.empty();
        }
        Format chosen;
        if (name.equals(DEFAULT)) {
            chosen = defaults.of(scalar.kind());
        } else {
            chosen = Format.valueOf(name);
            if (!chosen.fits(scalar.kind())) {
                report.error(Diagnostics.FORMAT_TYPE, property.element(), format, value, chosen, property.name(),
                        property.type(), formatsOf(scalar.kind()));
                return Optional.empty();
            }
        }
        if (unordered(format) && chosen.ordered(scalar.kind())) {
            report.error(Diagnostics.FORMAT_ORDERED, property.element(), format, annotations.value(format, "unordered"),
                    property.name(), chosen, scalar.javaType());
            return Optional.empty();
        }
        return Optional.of(replace(mapping, chosen));
    }

    /**
     * Reports every sort key (of the table, a global or a local index) whose format does not sort in
     * value order and is not acknowledged with {@code @Format(unordered = true)}.
     */
    void checkSortKeys(IndexModel primaryKey, List<IndexModel> secondaryIndexes, Report report) {
        List<IndexModel> indexes = new ArrayList<>(secondaryIndexes.size() + 1);
        indexes.add(primaryKey);
        indexes.addAll(secondaryIndexes);
        List<AttributeModel> reported = new ArrayList<>();
        for (IndexModel index : indexes) {
            AttributeModel key = index.sortKey();
            if (key == null || key.type().ordered() || reported.contains(key)) {
                continue;
            }
            Optional<AnnotationMirror> format = annotations.find(key.element(), Annotations.FORMAT);
            if (format.isPresent() && unordered(format.get())) {
                continue;
            }
            reported.add(key);
            String role = switch (index.kind()) {
                case PRIMARY -> "Sort key";
                case GLOBAL -> "Sort key of global index '" + index.name() + "'";
                case LOCAL -> "Sort key of local index '" + index.name() + "'";
            };
            Format stored = key.type().valueMapping().format();
            report.error(Diagnostics.FORMAT_UNORDERED_KEY, key.element(), format.orElse(null), null, role,
                    key.propertyName(), key.type().javaType(), stored, why(key.type().valueMapping().kind()), stored);
        }
    }

    private static boolean hasFormats(AnnotationMirror marker) {
        for (ExecutableElement member : ElementFilter.methodsIn(marker.getAnnotationType().asElement().getEnclosedElements())) {
            if (member.getSimpleName().contentEquals("formats")) {
                return true;
            }
        }
        return false;
    }

    private boolean unordered(AnnotationMirror format) {
        return Boolean.TRUE.equals(annotations.value(format, "unordered").getValue());
    }

    /** @return an example of the wrong order */
    private static String why(Kind kind) {
        return switch (kind) {
            case DURATION -> "\"PT10S\" sorts before \"PT9S\"";
            case OFFSET_DATE_TIME, ZONED_DATE_TIME -> "the local time is stored first, and \"…T00:00Z\" sorts after"
                    + " \"…T00:00:30Z\"";
            default -> "\"2025-01-01T00:00:00Z\" sorts after \"2025-01-01T00:00:00.500Z\"";
        };
    }

    /** @return the scalar a format applies to: the mapping itself, or the element of a collection or Optional */
    private static TypeMapping scalar(TypeMapping mapping) {
        return mapping.element() == null ? mapping : scalar(mapping.element());
    }

    private static TypeMapping replace(TypeMapping mapping, Format format) {
        if (mapping.element() == null) {
            return mapping.format() == format ? mapping : mapping.withFormat(format);
        }
        TypeMapping element = replace(mapping.element(), format);
        return element == mapping.element() ? mapping : mapping.withElement(element);
    }

    private static String formatsOf(Kind kind) {
        return java.util.Arrays.stream(Format.values()).filter(format -> format.fits(kind)).map(Format::name)
                .collect(Collectors.joining(", "));
    }

    private static String typeName(Kind kind) {
        return switch (kind) {
            case INSTANT -> "Instant";
            case LOCAL_DATE -> "LocalDate";
            case LOCAL_DATE_TIME -> "LocalDateTime";
            case LOCAL_TIME -> "LocalTime";
            case OFFSET_DATE_TIME -> "OffsetDateTime";
            case ZONED_DATE_TIME -> "ZonedDateTime";
            case DURATION -> "Duration";
            case BOOLEAN -> "booleans";
            default -> "enums";
        };
    }

    private static String constant(AnnotationValue value) {
        Object constant = value.getValue();
        return constant instanceof VariableElement element ? element.getSimpleName().toString() : String.valueOf(constant);
    }
}
