package dev.dynaq.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.Objects;

/**
 * How one Java type maps to a DynamoDB type.
 *
 * @param kind the mapping
 * @param javaType the exact Java type, with type arguments ({@code int}, {@code List<String>})
 * @param element for LIST, SET and OPTIONAL: the element's mapping; for MAP: the value's; else {@code null}
 * @param support for DOCUMENT: the document class; for CONVERTED: the converter class; for ENUM: the
 *     enum class; else {@code null}
 * @param format for times, booleans and enums: how values are stored ({@code @Format}); {@code null} for
 *     the kinds that have no storage formats
 */
public record TypeMapping(Kind kind, TypeName javaType, TypeMapping element, ClassName support, Format format) {

    /** The supported mappings, with the DynamoDB type each is stored as. */
    public enum Kind {
        STRING(Stored.S), INT(Stored.N), LONG(Stored.N), SHORT(Stored.N), BYTE(Stored.N), FLOAT(Stored.N),
        DOUBLE(Stored.N), BIG_DECIMAL(Stored.N), BIG_INTEGER(Stored.N), BOOLEAN(Stored.BOOL),
        BYTES(Stored.B), SDK_BYTES(Stored.B), BYTE_BUFFER(Stored.B),
        INSTANT(Stored.S), LOCAL_DATE(Stored.S), LOCAL_DATE_TIME(Stored.S), LOCAL_TIME(Stored.S),
        OFFSET_DATE_TIME(Stored.S), ZONED_DATE_TIME(Stored.S), DURATION(Stored.S), UUID(Stored.S), ENUM(Stored.S),
        /** {@code List<T>}. */
        LIST(Stored.L),
        /** {@code Map<String, T>}. */
        MAP(Stored.M),
        /** {@code Set<T>}: SS, NS or BS after the element (see {@link TypeMapping#stored()}). */
        SET(Stored.SS),
        /** {@code Optional<T>}: stored as T. */
        OPTIONAL(null),
        /** A {@code @DynamoDocument} type. */
        DOCUMENT(Stored.M),
        /** A {@code @Convert} property: stored as the converter decides. */
        CONVERTED(null);

        private final Stored stored;

        Kind(Stored stored) {
            this.stored = stored;
        }
    }

    /** DynamoDB's attribute types. */
    public enum Stored {
        S, N, B, BOOL, L, M, SS, NS, BS;

        /** @return whether a key attribute may have this type */
        public boolean isKeyType() {
            return this == S || this == N || this == B;
        }
    }

    /** Validates. */
    public TypeMapping {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(javaType, "javaType");
        boolean needsElement = kind == Kind.LIST || kind == Kind.MAP || kind == Kind.SET || kind == Kind.OPTIONAL;
        if (needsElement != (element != null)) {
            throw new IllegalArgumentException(kind + (needsElement ? " needs" : " has no") + " element mapping");
        }
        if (format == null ? Format.defaultFor(kind) != null : !format.fits(kind)) {
            throw new IllegalArgumentException(kind + " cannot have the format " + format);
        }
    }

    /** A mapping in the kind's default format. */
    public TypeMapping(Kind kind, TypeName javaType, TypeMapping element, ClassName support) {
        this(kind, javaType, element, support, Format.defaultFor(kind));
    }

    /** @return this mapping with another format (of the kind) */
    public TypeMapping withFormat(Format newFormat) {
        return new TypeMapping(kind, javaType, element, support, newFormat);
    }

    /** @return this mapping with another element mapping (LIST, MAP, SET, OPTIONAL) */
    public TypeMapping withElement(TypeMapping newElement) {
        return new TypeMapping(kind, javaType, newElement, support, format);
    }

    /**
     * @return whether stored values sort, as DynamoDB compares them, in the order of the Java values:
     *     false for the ISO text of most time types (its length varies with the precision)
     */
    public boolean ordered() {
        if (kind == Kind.OPTIONAL) {
            return element.ordered();
        }
        return format == null || format.ordered(kind);
    }

    /**
     * @return the DynamoDB type this Java type is stored as; {@code null} for CONVERTED (unknown at
     *     compile time). Sets resolve to SS, NS or BS after their element; OPTIONAL to its element's.
     */
    public Stored stored() {
        return switch (kind) {
            case OPTIONAL -> element.stored();
            case SET -> switch (element.stored() == null ? Stored.S : element.stored()) {
                case N -> Stored.NS;
                case B -> Stored.BS;
                default -> Stored.SS;
            };
            default -> format != null && format.stored() != null ? format.stored() : kind.stored;
        };
    }

    /** @return whether the Java type is primitive ({@code int}, {@code boolean}, ...) */
    public boolean isPrimitive() {
        return javaType.isPrimitive();
    }

    /** @return the mapping values are compared as: the element's for OPTIONAL, else this */
    public TypeMapping valueMapping() {
        return kind == Kind.OPTIONAL ? element.valueMapping() : this;
    }
}
