package dev.dynaq.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.Format;
import dev.dynaq.processor.model.Names;
import dev.dynaq.processor.model.TypeMapping;
import java.util.EnumMap;
import java.util.Map;

/**
 * The type table of generated code, in one place: for each {@link TypeMapping.Kind}, the metamodel
 * attribute class, the runtime converter, and the straight-line {@code Values} calls the item schema
 * uses for scalars.
 */
final class Conversions {
    /**
     * How one scalar kind is converted by straight-line code.
     *
     * @param owner the class of {@code writer}, {@code reader}, {@code boxedReader} and {@code converter}
     * @param writer the method (or {@code AttributeValue.createS} when {@code null}) writing a value
     * @param reader the method reading a primitive (or the only reader)
     * @param boxedReader the method reading the boxed type, where it differs
     * @param converter the converter constant
     * @param readerOwner the class of the readers, where it is not {@code owner}
     */
    private record Scalar(ClassName owner, String writer, String reader, String boxedReader, String converter,
            ClassName readerOwner) {
        ClassName readers() {
            return readerOwner == null ? owner : readerOwner;
        }
    }

    private static final Map<TypeMapping.Kind, Scalar> SCALARS = new EnumMap<>(TypeMapping.Kind.class);

    /** The scalars in a format other than their kind's default: {@code Formats} writers and converters. */
    private static final Map<TypeMapping.Kind, Map<Format, Scalar>> FORMATTED = new EnumMap<>(TypeMapping.Kind.class);

    static {
        scalar(TypeMapping.Kind.STRING, null, "toStringValue", null, "STRING");
        scalar(TypeMapping.Kind.INT, "fromInt", "toInt", "toInteger", "INTEGER");
        scalar(TypeMapping.Kind.LONG, "fromLong", "toLong", "toLongObject", "LONG");
        scalar(TypeMapping.Kind.SHORT, "fromShort", "toShort", "toShortObject", "SHORT");
        scalar(TypeMapping.Kind.BYTE, "fromByte", "toByte", "toByteObject", "BYTE");
        scalar(TypeMapping.Kind.FLOAT, "fromFloat", "toFloat", "toFloatObject", "FLOAT");
        scalar(TypeMapping.Kind.DOUBLE, "fromDouble", "toDouble", "toDoubleObject", "DOUBLE");
        scalar(TypeMapping.Kind.BIG_DECIMAL, "fromBigDecimal", "toBigDecimal", null, "BIG_DECIMAL");
        scalar(TypeMapping.Kind.BIG_INTEGER, "fromBigInteger", "toBigInteger", null, "BIG_INTEGER");
        scalar(TypeMapping.Kind.BOOLEAN, "fromBoolean", "toBoolean", "toBooleanObject", "BOOLEAN");
        scalar(TypeMapping.Kind.BYTES, "fromBytes", "toBytes", null, "BYTES");
        scalar(TypeMapping.Kind.SDK_BYTES, "fromSdkBytes", "toSdkBytes", null, "SDK_BYTES");
        scalar(TypeMapping.Kind.BYTE_BUFFER, "fromByteBuffer", "toByteBuffer", null, "BYTE_BUFFER");
        scalar(TypeMapping.Kind.INSTANT, "fromInstant", "toInstant", null, "INSTANT");
        scalar(TypeMapping.Kind.LOCAL_DATE, "fromLocalDate", "toLocalDate", null, "LOCAL_DATE");
        scalar(TypeMapping.Kind.LOCAL_DATE_TIME, "fromLocalDateTime", "toLocalDateTime", null, "LOCAL_DATE_TIME");
        scalar(TypeMapping.Kind.LOCAL_TIME, "fromLocalTime", "toLocalTime", null, "LOCAL_TIME");
        scalar(TypeMapping.Kind.OFFSET_DATE_TIME, "fromOffsetDateTime", "toOffsetDateTime", null, "OFFSET_DATE_TIME");
        scalar(TypeMapping.Kind.ZONED_DATE_TIME, "fromZonedDateTime", "toZonedDateTime", null, "ZONED_DATE_TIME");
        scalar(TypeMapping.Kind.DURATION, "fromDuration", "toDuration", null, "DURATION");
        scalar(TypeMapping.Kind.UUID, "fromUuid", "toUuid", null, "UUID_CONVERTER");
        scalar(TypeMapping.Kind.ENUM, "fromEnum", "toEnum", null, null);

        // Text formats share the default's lenient reader; only the epoch formats have their own.
        formatted(TypeMapping.Kind.INSTANT, Format.ISO, "fromInstantIso", null, "INSTANT_ISO");
        formatted(TypeMapping.Kind.INSTANT, Format.ISO_MILLIS, "fromInstantIsoMillis", null, "INSTANT_ISO_MILLIS");
        formatted(TypeMapping.Kind.INSTANT, Format.EPOCH_SECONDS, "fromInstantEpochSeconds", "toInstantEpochSeconds",
                "INSTANT_EPOCH_SECONDS");
        formatted(TypeMapping.Kind.INSTANT, Format.EPOCH_MILLIS, "fromInstantEpochMillis", "toInstantEpochMillis",
                "INSTANT_EPOCH_MILLIS");
        formatted(TypeMapping.Kind.LOCAL_DATE, Format.ISO, "fromLocalDateIso", null, "LOCAL_DATE_ISO");
        formatted(TypeMapping.Kind.LOCAL_DATE_TIME, Format.ISO, "fromLocalDateTimeIso", null, "LOCAL_DATE_TIME_ISO");
        formatted(TypeMapping.Kind.LOCAL_TIME, Format.ISO, "fromLocalTimeIso", null, "LOCAL_TIME_ISO");
        formatted(TypeMapping.Kind.OFFSET_DATE_TIME, Format.ISO, "fromOffsetDateTimeIso", null, "OFFSET_DATE_TIME_ISO");
        formatted(TypeMapping.Kind.ZONED_DATE_TIME, Format.ISO, "fromZonedDateTimeIso", null, "ZONED_DATE_TIME_ISO");
        formatted(TypeMapping.Kind.DURATION, Format.ISO, "fromDurationIso", null, "DURATION_ISO");
        formatted(TypeMapping.Kind.DURATION, Format.SECONDS, "fromDurationSeconds", null, "DURATION_SECONDS");
        formatted(TypeMapping.Kind.BOOLEAN, Format.NUMBER, "fromBooleanNumber", null, "BOOLEAN_NUMBER");
    }

    private Conversions() {
    }

    private static void scalar(TypeMapping.Kind kind, String writer, String reader, String boxedReader, String converter) {
        SCALARS.put(kind, new Scalar(RuntimeTypes.VALUES, writer, reader, boxedReader, converter, null));
    }

    /** A format's writer and converter in {@code Formats}; its readers are {@code Formats}' when given, else the default's. */
    private static void formatted(TypeMapping.Kind kind, Format format, String writer, String reader, String converter) {
        Scalar standard = SCALARS.get(kind);
        Scalar scalar = reader == null
                ? new Scalar(RuntimeTypes.FORMATS, writer, standard.reader(), standard.boxedReader(), converter,
                        RuntimeTypes.VALUES)
                : new Scalar(RuntimeTypes.FORMATS, writer, reader, null, converter, null);
        FORMATTED.computeIfAbsent(kind, k -> new EnumMap<>(Format.class)).put(format, scalar);
    }

    /** @return how the scalar mapping is converted in its format, or {@code null} for a non-scalar */
    private static Scalar scalarOf(TypeMapping type) {
        Format format = type.format();
        if (format != null && format != Format.defaultFor(type.kind())) {
            Scalar scalar = FORMATTED.getOrDefault(type.kind(), Map.of()).get(format);
            if (scalar == null) {
                throw new IllegalArgumentException("no conversion of " + type.kind() + " in format " + format);
            }
            return scalar;
        }
        return SCALARS.get(type.kind());
    }

    /** @return whether values of the mapping are written and read by {@code Values} calls */
    static boolean isScalar(TypeMapping type) {
        return SCALARS.containsKey(type.kind());
    }

    /** @return the class of the metamodel constant: {@code StringAttribute}, {@code NumberAttribute}, ... */
    static ClassName attributeClass(TypeMapping type) {
        if (!type.valueMapping().ordered()) {
            return RuntimeTypes.ATTRIBUTE; // no lt/gt/between: the stored text is not in value order
        }
        return switch (type.valueMapping().kind()) {
            case STRING -> RuntimeTypes.STRING_ATTRIBUTE;
            case INT, LONG, SHORT, BYTE, FLOAT, DOUBLE, BIG_DECIMAL, BIG_INTEGER -> RuntimeTypes.NUMBER_ATTRIBUTE;
            case BYTES, SDK_BYTES, BYTE_BUFFER -> RuntimeTypes.BINARY_ATTRIBUTE;
            case INSTANT, LOCAL_DATE, LOCAL_DATE_TIME, LOCAL_TIME, OFFSET_DATE_TIME, ZONED_DATE_TIME, DURATION, UUID,
                    ENUM -> RuntimeTypes.COMPARABLE_ATTRIBUTE;
            case LIST -> RuntimeTypes.LIST_ATTRIBUTE;
            case SET -> RuntimeTypes.SET_ATTRIBUTE;
            case MAP -> RuntimeTypes.MAP_ATTRIBUTE;
            case BOOLEAN, DOCUMENT, CONVERTED -> RuntimeTypes.ATTRIBUTE;
            case OPTIONAL -> throw new AssertionError("valueMapping() never returns OPTIONAL");
        };
    }

    /** @return the Java type of the attribute's values: boxed, and for {@code Optional<X>} {@code X} */
    static TypeName valueType(TypeMapping type) {
        return type.valueMapping().javaType().box();
    }

    /**
     * @param type a primitive mapping
     * @param value an expression of its boxed type, {@code null} when the attribute is missing
     * @return the primitive value, zero or {@code false} when missing
     */
    static CodeBlock orZero(TypeMapping type, CodeBlock value) {
        String zero = switch (type.kind()) {
            case BOOLEAN -> null;
            case LONG -> "0L";
            case FLOAT -> "0.0f";
            case DOUBLE -> "0.0";
            case INT, SHORT, BYTE -> "0";
            default -> throw new IllegalArgumentException("not a primitive: " + type.kind());
        };
        return zero == null ? CodeBlock.of("$L != null && $L", value, value)
                : CodeBlock.of("$L == null ? $L : $L", value, zero, value);
    }

    /** @return the type of the metamodel constant: {@code NumberAttribute<Order, BigDecimal>} */
    static TypeName attributeType(ClassName entity, TypeMapping type) {
        TypeMapping value = type.valueMapping();
        ClassName attributeClass = attributeClass(value);
        return switch (value.kind()) {
            case STRING -> ParameterizedTypeName.get(attributeClass, entity);
            case LIST, SET, MAP -> ParameterizedTypeName.get(attributeClass, entity, value.element().javaType().box());
            default -> ParameterizedTypeName.get(attributeClass, entity, valueType(value));
        };
    }

    /** @return the initializer of the metamodel constant of {@code attribute} of {@code entity} */
    static CodeBlock attributeInitializer(ClassName entity, AttributeModel attribute) {
        TypeMapping value = attribute.type().valueMapping();
        CodeBlock.Builder code = CodeBlock.builder()
                .add("new $T<>($T.class,$W$S,$W$S", attributeClass(value), entity, attribute.propertyName(),
                        attribute.attributeName());
        switch (value.kind()) {
            case STRING -> {
            }
            case LIST, SET -> code.add(",$W$L,$W$L", converter(value), converter(value.element()));
            default -> code.add(",$W$L", converter(value));
        }
        return code.add(")").build();
    }

    /** @return an expression of type {@code AttributeConverter<X>} converting values of the mapping */
    static CodeBlock converter(TypeMapping type) {
        TypeMapping value = type.valueMapping();
        Scalar scalar = scalarOf(value);
        if (scalar != null) {
            return value.kind() == TypeMapping.Kind.ENUM
                    ? CodeBlock.of("$T.enumOf($T.class)", RuntimeTypes.CONVERTERS, value.support())
                    : CodeBlock.of("$T.$N", scalar.owner() == RuntimeTypes.VALUES ? RuntimeTypes.CONVERTERS
                            : scalar.owner(), scalar.converter());
        }
        return switch (value.kind()) {
            case LIST -> CodeBlock.of("$T.listOf($L)", RuntimeTypes.CONVERTERS, converter(value.element()));
            case MAP -> CodeBlock.of("$T.mapOf($L)", RuntimeTypes.CONVERTERS, converter(value.element()));
            case SET -> CodeBlock.of("$T.$N($L)", RuntimeTypes.CONVERTERS, setConverter(value.stored()),
                    converter(value.element()));
            case DOCUMENT -> CodeBlock.of("$T.CONVERTER", Names.metamodel(value.support()));
            case CONVERTED -> CodeBlock.of("new $T()", value.support());
            default -> throw new IllegalArgumentException("no converter for " + value.kind());
        };
    }

    private static String setConverter(TypeMapping.Stored stored) {
        return switch (stored) {
            case NS -> "numberSetOf";
            case BS -> "binarySetOf";
            default -> "stringSetOf";
        };
    }

    /**
     * @param type the mapping (not OPTIONAL)
     * @param value a non-null value of the mapping's Java type
     * @param attribute the metamodel constant, whose converter converts non-scalars
     * @return an {@code AttributeValue} expression; {@code null} for what {@link #mayConvertToNull} says
     */
    static CodeBlock write(TypeMapping type, CodeBlock value, CodeBlock attribute) {
        Scalar scalar = scalarOf(type);
        if (scalar == null) {
            return CodeBlock.of("$L.converter().toAttributeValue($L)", attribute, value);
        }
        if (scalar.writer() == null) {
            return CodeBlock.of("$T.createS($L)", RuntimeTypes.ATTRIBUTE_VALUE, value);
        }
        return CodeBlock.of("$T.$N($L)", scalar.owner(), scalar.writer(), value);
    }

    /**
     * @param type the mapping (not OPTIONAL)
     * @return whether writing a value can throw {@code InvalidValueException}: numbers out of
     *     DynamoDB's range, NaN, years outside 0000-9999, and anything inside collections, documents
     *     and custom converters; strings, integers, booleans, binaries, UUIDs and enums never do
     */
    static boolean mayReject(TypeMapping type) {
        return switch (type.kind()) {
            case STRING, INT, LONG, SHORT, BYTE, BOOLEAN, BYTES, SDK_BYTES, BYTE_BUFFER, LOCAL_TIME, DURATION, UUID, ENUM -> false;
            default -> true;
        };
    }

    /** @return whether the converter may return {@code null} (omit the attribute): sets and custom converters */
    static boolean mayConvertToNull(TypeMapping type) {
        TypeMapping.Kind kind = type.valueMapping().kind();
        return kind == TypeMapping.Kind.SET || kind == TypeMapping.Kind.CONVERTED;
    }

    /**
     * @param type the mapping (not OPTIONAL)
     * @param value an {@code AttributeValue} expression that may be {@code null} or DynamoDB NULL
     * @param attribute the metamodel constant, whose converter converts non-scalars
     * @return an expression of the mapping's Java type; {@code null} (zero for primitives, an empty
     *     set for sets) when the value is missing
     */
    static CodeBlock read(TypeMapping type, CodeBlock value, CodeBlock attribute) {
        Scalar scalar = scalarOf(type);
        if (scalar == null) {
            String helper = type.kind() == TypeMapping.Kind.SET ? SchemaWriter.READ_SET : SchemaWriter.READ;
            return CodeBlock.of("$N($L.converter(), $L)", helper, attribute, value);
        }
        if (type.kind() == TypeMapping.Kind.ENUM) {
            return CodeBlock.of("$T.$N($T.class, $L)", scalar.readers(), scalar.reader(), type.support(), value);
        }
        String reader = type.isPrimitive() || scalar.boxedReader() == null ? scalar.reader() : scalar.boxedReader();
        return CodeBlock.of("$T.$N($L)", scalar.readers(), reader, value);
    }
}
