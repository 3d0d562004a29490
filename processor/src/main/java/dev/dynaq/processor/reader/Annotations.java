package dev.dynaq.processor.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads Dynaq's annotations through {@link AnnotationMirror}s only (class values are never loaded), with
 * defaults applied, and expands the containers of repeatable annotations.
 */
final class Annotations {
    static final String PACKAGE = "dev.dynaq.annotation.";
    static final String DYNAMO_TABLE = PACKAGE + "DynamoTable";
    static final String DYNAMO_DOCUMENT = PACKAGE + "DynamoDocument";
    static final String PARTITION_KEY = PACKAGE + "PartitionKey";
    static final String SORT_KEY = PACKAGE + "SortKey";
    static final String GSI_PARTITION_KEY = PACKAGE + "GsiPartitionKey";
    static final String GSI_PARTITION_KEYS = PACKAGE + "GsiPartitionKey.List";
    static final String GSI_SORT_KEY = PACKAGE + "GsiSortKey";
    static final String GSI_SORT_KEYS = PACKAGE + "GsiSortKey.List";
    static final String LSI_SORT_KEY = PACKAGE + "LsiSortKey";
    static final String LSI_SORT_KEYS = PACKAGE + "LsiSortKey.List";
    static final String ATTRIBUTE = PACKAGE + "Attribute";
    static final String IGNORE = PACKAGE + "Ignore";
    static final String VERSION = PACKAGE + "Version";
    static final String CONVERT = PACKAGE + "Convert";
    static final String SINGLE_TABLE = PACKAGE + "SingleTable";
    static final String DYNAMO_ENTITY = PACKAGE + "DynamoEntity";
    static final String KEY_TEMPLATE = PACKAGE + "KeyTemplate";
    static final String INDEX_TEMPLATE = PACKAGE + "IndexTemplate";
    static final String INDEX_TEMPLATES = PACKAGE + "IndexTemplate.List";
    static final String FORMAT = PACKAGE + "Format";
    static final String TIME_TO_LIVE = PACKAGE + "TimeToLive";
    static final String CREATED_DATE = PACKAGE + "CreatedDate";
    static final String LAST_MODIFIED_DATE = PACKAGE + "LastModifiedDate";
    static final String ATOMIC_COUNTER = PACKAGE + "AtomicCounter";

    /** The annotations that only a table entity may carry: keys, indexes, the version and the lifecycle attributes. */
    static final List<String> TABLE_ONLY = List.of(PARTITION_KEY, SORT_KEY, GSI_PARTITION_KEY, GSI_PARTITION_KEYS,
            GSI_SORT_KEY, GSI_SORT_KEYS, LSI_SORT_KEY, LSI_SORT_KEYS, VERSION, TIME_TO_LIVE, CREATED_DATE,
            LAST_MODIFIED_DATE, ATOMIC_COUNTER);

    private final Elements elements;

    Annotations(Elements elements) {
        this.elements = elements;
    }

    /** @return the annotation's qualified name, such as {@code dev.dynaq.annotation.SortKey} */
    static String name(AnnotationMirror mirror) {
        Element type = mirror.getAnnotationType().asElement();
        return type instanceof TypeElement typeElement ? typeElement.getQualifiedName().toString() : "";
    }

    /** @return the annotation's name as written by users: {@code SortKey}, {@code GsiPartitionKey} */
    static String simpleName(AnnotationMirror mirror) {
        String name = name(mirror);
        if (name.startsWith(PACKAGE)) {
            name = name.substring(PACKAGE.length());
        }
        return name.endsWith(".List") ? name.substring(0, name.length() - ".List".length()) : name;
    }

    /** @return the annotation of that qualified name on the element */
    Optional<AnnotationMirror> find(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (name(mirror).equals(qualifiedName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** @return whether the element carries the annotation */
    boolean has(Element element, String qualifiedName) {
        return find(element, qualifiedName).isPresent();
    }

    /**
     * @return every Dynaq annotation on the element, in source order, with repeatable containers
     *     expanded into the annotations they hold
     */
    List<AnnotationMirror> dynaq(Element element) {
        List<AnnotationMirror> found = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String name = name(mirror);
            if (!name.startsWith(PACKAGE)) {
                continue;
            }
            if (name.equals(GSI_PARTITION_KEYS) || name.equals(GSI_SORT_KEYS) || name.equals(LSI_SORT_KEYS)) {
                for (AnnotationValue value : list(mirror, "value")) {
                    if (value.getValue() instanceof AnnotationMirror nested) {
                        found.add(nested);
                    }
                }
            } else {
                found.add(mirror);
            }
        }
        return found;
    }

    /** @return the {@code @IndexTemplate}s on the type, in source order, the repeatable container expanded */
    List<AnnotationMirror> indexTemplates(Element element) {
        List<AnnotationMirror> found = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String name = name(mirror);
            if (name.equals(INDEX_TEMPLATE)) {
                found.add(mirror);
            } else if (name.equals(INDEX_TEMPLATES)) {
                for (AnnotationValue value : list(mirror, "value")) {
                    if (value.getValue() instanceof AnnotationMirror nested) {
                        found.add(nested);
                    }
                }
            }
        }
        return found;
    }

    /**
     * Where to report a problem with a member of an annotation that may be one of several repeated ones:
     * javac positions messages only on annotations written directly on the element, so a repeated
     * annotation is reported through its container and its entry in the container.
     *
     * @param annotation the annotation to report on
     * @param value the value to report on, or {@code null}
     */
    record Position(AnnotationMirror annotation, AnnotationValue value) {
    }

    /**
     * @param element the annotated element
     * @param annotation an annotation on it, directly or inside a repeatable container
     * @param member the offending member, or {@code null} for the whole annotation
     * @return where to report on it
     */
    Position position(Element element, AnnotationMirror annotation, String member) {
        for (AnnotationMirror direct : element.getAnnotationMirrors()) {
            if (direct == annotation) {
                return new Position(annotation, member == null ? null : value(annotation, member));
            }
        }
        for (AnnotationMirror direct : element.getAnnotationMirrors()) {
            for (AnnotationValue entry : name(direct).endsWith(".List") ? list(direct, "value") : List.<AnnotationValue>of()) {
                if (entry.getValue() == annotation) {
                    return new Position(annotation, member == null ? null : value(annotation, member));
                }
            }
        }
        return new Position(annotation, member == null ? null : value(annotation, member));
    }

    /** @return the member's value, or its default */
    AnnotationValue value(AnnotationMirror mirror, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return entry.getValue();
            }
        }
        throw new IllegalArgumentException("@" + simpleName(mirror) + " has no member " + member);
    }

    /** @return the member's value, only when written explicitly in the source */
    Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    /** @return a {@code String} member */
    String string(AnnotationMirror mirror, String member) {
        return String.valueOf(value(mirror, member).getValue());
    }

    /** @return the constant name of an enum member, such as {@code INCLUDE} */
    String enumConstant(AnnotationMirror mirror, String member) {
        Object value = value(mirror, member).getValue();
        return value instanceof VariableElement constant ? constant.getSimpleName().toString() : String.valueOf(value);
    }

    /** @return a {@code long} member */
    long longValue(AnnotationMirror mirror, String member) {
        return value(mirror, member).getValue() instanceof Number number ? number.longValue() : 0L;
    }

    /** @return the values of an array member */
    List<AnnotationValue> list(AnnotationMirror mirror, String member) {
        List<AnnotationValue> values = new ArrayList<>();
        if (value(mirror, member).getValue() instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof AnnotationValue value) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    /** @return a {@code Class} member as a type, without loading the class */
    Optional<TypeMirror> type(AnnotationMirror mirror, String member) {
        return value(mirror, member).getValue() instanceof TypeMirror type ? Optional.of(type) : Optional.empty();
    }
}
