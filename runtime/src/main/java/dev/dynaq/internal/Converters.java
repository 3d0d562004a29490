package dev.dynaq.internal;

import dev.dynaq.AttributeConverter;
import dev.dynaq.DynaqException;
import dev.dynaq.InvalidValueException;
import dev.dynaq.internal.direct.JsonItem;
import dev.dynaq.internal.direct.ValueDecoder;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The built-in {@link AttributeConverter}s, one per supported Java type, and the combinators for
 * lists, maps and sets. Used by metamodel attributes (to build conditions and keys) and by generated
 * schemas for nested collections. Every converter is stateless and thread-safe; scalar converters
 * delegate to {@link Values}, whose class comment describes the stored forms and the checks.
 *
 * <p>Reading: DynamoDB NULL reads as {@code null} (sets: as an empty set); a stored value of another
 * DynamoDB type raises a {@link DynaqException} naming both types. Collections are read into new
 * mutable {@link ArrayList}, {@link LinkedHashMap} and {@link LinkedHashSet} instances.
 *
 * <p><b>Empty sets.</b> DynamoDB cannot store an empty set, so the set converters turn an empty set
 * into {@code null}, which means "omit the attribute". The reverse, a missing attribute read as an
 * empty set, is the job of the caller, because converters are never called for a missing attribute:
 * generated schemas read a missing set attribute as {@code new LinkedHashSet<>()}.
 */
public final class Converters {
    private static final AttributeValue NULL = AttributeValue.createNul(Boolean.TRUE);
    private static final String SS = "SS";
    private static final String NS = "NS";
    private static final String BS = "BS";

    private Converters() {
    }

    /** String as S; the empty string is allowed except in keys. */
    public static final AttributeConverter<String> STRING = new Scalar<>("Converters.STRING", Scalar.STRING);

    /** Integer as N. */
    public static final AttributeConverter<Integer> INTEGER = new Scalar<>("Converters.INTEGER", Scalar.INTEGER);

    /** Long as N. */
    public static final AttributeConverter<Long> LONG = new Scalar<>("Converters.LONG", Scalar.LONG);

    /** Short as N. */
    public static final AttributeConverter<Short> SHORT = new Scalar<>("Converters.SHORT", Scalar.SHORT);

    /** Byte as N. */
    public static final AttributeConverter<Byte> BYTE = new Scalar<>("Converters.BYTE", Scalar.BYTE);

    /** Float as N; NaN and infinities are rejected. */
    public static final AttributeConverter<Float> FLOAT = new Scalar<>("Converters.FLOAT", Scalar.FLOAT);

    /** Double as N; NaN, infinities and magnitudes outside DynamoDB's range are rejected. */
    public static final AttributeConverter<Double> DOUBLE = new Scalar<>("Converters.DOUBLE", Scalar.DOUBLE);

    /** BigDecimal as N, every digit kept (at most 38). */
    public static final AttributeConverter<BigDecimal> BIG_DECIMAL = new Scalar<>("Converters.BIG_DECIMAL", Scalar.BIG_DECIMAL);

    /** BigInteger as N (at most 38 significant digits). */
    public static final AttributeConverter<BigInteger> BIG_INTEGER = new Scalar<>("Converters.BIG_INTEGER", Scalar.BIG_INTEGER);

    /** Boolean as BOOL. */
    public static final AttributeConverter<Boolean> BOOLEAN = new Scalar<>("Converters.BOOLEAN", Scalar.BOOLEAN);

    /** byte[] as B; arrays are copied both ways. */
    public static final AttributeConverter<byte[]> BYTES = new Scalar<>("Converters.BYTES", Scalar.BYTES);

    /** SdkBytes as B. */
    public static final AttributeConverter<SdkBytes> SDK_BYTES = new Scalar<>("Converters.SDK_BYTES", Scalar.SDK_BYTES);

    /** ByteBuffer as B; the buffer's remaining bytes, its position untouched. */
    public static final AttributeConverter<ByteBuffer> BYTE_BUFFER = new Scalar<>("Converters.BYTE_BUFFER", Scalar.BYTE_BUFFER);

    /** Instant as S, fixed-width UTC ISO-8601, so that text order is time order. */
    public static final AttributeConverter<Instant> INSTANT = new Scalar<>("Converters.INSTANT", Scalar.INSTANT);

    /** LocalDate as S {@code yyyy-MM-dd}. */
    public static final AttributeConverter<LocalDate> LOCAL_DATE = new Scalar<>("Converters.LOCAL_DATE", Scalar.LOCAL_DATE);

    /** LocalDateTime as S, fixed-width ISO-8601. */
    public static final AttributeConverter<LocalDateTime> LOCAL_DATE_TIME = new Scalar<>("Converters.LOCAL_DATE_TIME", Scalar.LOCAL_DATE_TIME);

    /** LocalTime as S, fixed-width ISO-8601. */
    public static final AttributeConverter<LocalTime> LOCAL_TIME = new Scalar<>("Converters.LOCAL_TIME", Scalar.LOCAL_TIME);

    /** OffsetDateTime as S: UTC instant then offset; text order is instant order. */
    public static final AttributeConverter<OffsetDateTime> OFFSET_DATE_TIME = new Scalar<>("Converters.OFFSET_DATE_TIME", Scalar.OFFSET_DATE_TIME);

    /** ZonedDateTime as S: UTC instant, offset and zone; text order is instant order. */
    public static final AttributeConverter<ZonedDateTime> ZONED_DATE_TIME = new Scalar<>("Converters.ZONED_DATE_TIME", Scalar.ZONED_DATE_TIME);

    /** Duration as S, fixed-width ISO-8601; text order is duration order for non-negative durations. */
    public static final AttributeConverter<Duration> DURATION = new Scalar<>("Converters.DURATION", Scalar.DURATION);

    /** UUID as S. */
    public static final AttributeConverter<UUID> UUID_CONVERTER = new Scalar<>("Converters.UUID_CONVERTER", Scalar.UUID_CONVERTER);

    /**
     * @param type the enum class
     * @param <E> the enum type
     * @return a converter storing constants as S by {@link Enum#name()}; an unknown stored name raises a
     *     {@link DynaqException} naming the enum and the value
     */
    public static <E extends Enum<E>> AttributeConverter<E> enumOf(Class<E> type) {
        Objects.requireNonNull(type, "type");
        return new EnumConverter<>(type);
    }

    /** Also a {@link ValueDecoder}: the direct read path reads the constant's name with no {@code AttributeValue}. */
    private static final class EnumConverter<E extends Enum<E>> extends Named<E> implements ValueDecoder<E> {
        private final Class<E> type;

        EnumConverter(Class<E> type) {
            super("Converters.enumOf", type);
            this.type = type;
        }

        @Override
        public AttributeValue toAttributeValue(E value) {
            return Values.fromEnum(value);
        }

        @Override
        public E fromAttributeValue(AttributeValue value) {
            return Values.toEnum(type, value);
        }

        @Override
        public E decode(String stored, JsonItem in) throws IOException {
            // An unknown name throws here, and the ordinary path then reports it as fromAttributeValue does.
            return stored.equals("S") ? Enum.valueOf(type, in.text()) : fromAttributeValue(in.content(stored));
        }
    }

    /**
     * L; null elements (and elements whose converter yields {@code null}) are stored as DynamoDB NULL
     * and read back as {@code null}. An empty list is stored as an empty L.
     *
     * @param element converts one element
     * @param <E> the element type
     * @return the list converter; reading returns a new {@link ArrayList}
     */
    public static <E> AttributeConverter<List<E>> listOf(AttributeConverter<E> element) {
        return new ListConverter<>(Objects.requireNonNull(element, "element"));
    }

    /**
     * M; null values (and values whose converter yields {@code null}) are stored as DynamoDB NULL and
     * read back as {@code null}; keys are kept as they are. A null key is rejected.
     *
     * @param value converts one value
     * @param <V> the value type
     * @return the map converter; reading returns a new {@link LinkedHashMap} in stored order
     */
    public static <V> AttributeConverter<Map<String, V>> mapOf(AttributeConverter<V> value) {
        return new MapConverter<>(Objects.requireNonNull(value, "value"));
    }

    /**
     * SS from elements whose converter yields S; an empty set converts to null (attribute omitted),
     * and a missing attribute is read as an empty set by the generated schema (see the class comment).
     * Null elements are rejected. Distinct elements must convert to distinct strings.
     *
     * @param element converts one element to S
     * @param <E> the element type
     * @return the set converter; reading returns a new {@link LinkedHashSet}
     */
    public static <E> AttributeConverter<Set<E>> stringSetOf(AttributeConverter<E> element) {
        return new SetConverter<>("Converters.stringSetOf", SS, Objects.requireNonNull(element, "element"));
    }

    /**
     * NS from elements whose converter yields N; empty sets as for {@link #stringSetOf}. Distinct
     * elements must be numerically distinct: DynamoDB rejects {@code 1.0} and {@code 1.00} in one set.
     *
     * @param element converts one element to N
     * @param <E> the element type
     * @return the set converter; reading returns a new {@link LinkedHashSet}
     */
    public static <E> AttributeConverter<Set<E>> numberSetOf(AttributeConverter<E> element) {
        return new SetConverter<>("Converters.numberSetOf", NS, Objects.requireNonNull(element, "element"));
    }

    /**
     * BS from elements whose converter yields B; empty sets as for {@link #stringSetOf}. Note that a
     * {@code Set<byte[]>} compares arrays by identity, so it may hold equal contents twice, which
     * DynamoDB rejects; prefer {@code Set<SdkBytes>}.
     *
     * @param element converts one element to B
     * @param <E> the element type
     * @return the set converter; reading returns a new {@link LinkedHashSet}
     */
    public static <E> AttributeConverter<Set<E>> binarySetOf(AttributeConverter<E> element) {
        return new SetConverter<>("Converters.binarySetOf", BS, Objects.requireNonNull(element, "element"));
    }

    private static int capacity(int size) {
        return size < 3 ? size + 1 : (int) (size / 0.75f) + 1;
    }

    /**
     * A converter with a readable {@link #toString()} for messages and debugging: {@code name}, or
     * {@code name(argument)} for a combinator.
     */
    private abstract static class Named<V> implements AttributeConverter<V> {
        private final String name;
        private final Object argument;

        Named(String name) {
            this(name, null);
        }

        Named(String name, Object argument) {
            this.name = name;
            this.argument = argument;
        }

        /*
         * Built on demand, not in the constructor: the first string concatenation of a JVM bootstraps
         * invokedynamic, which cost every cold start about 15 ms when generated metamodels created
         * combinators (listOf, enumOf, ...) in their static initializers.
         */
        @Override
        public final String toString() {
            if (argument == null) {
                return name;
            }
            String shown = argument instanceof Class<?> type ? type.getName() + ".class" : String.valueOf(argument);
            return name + "(" + shown + ")";
        }
    }

    /**
     * The scalar converters, one class for all of them: loading one class instead of one per type
     * saves a cold start (a Lambda function's first request) several milliseconds, for a switch on
     * a final field per conversion.
     */
    private static final class Scalar<V> extends Named<V> implements ValueDecoder<V> {
        static final int STRING = 0;
        static final int INTEGER = 1;
        static final int LONG = 2;
        static final int SHORT = 3;
        static final int BYTE = 4;
        static final int FLOAT = 5;
        static final int DOUBLE = 6;
        static final int BIG_DECIMAL = 7;
        static final int BIG_INTEGER = 8;
        static final int BOOLEAN = 9;
        static final int BYTES = 10;
        static final int SDK_BYTES = 11;
        static final int BYTE_BUFFER = 12;
        static final int INSTANT = 13;
        static final int LOCAL_DATE = 14;
        static final int LOCAL_DATE_TIME = 15;
        static final int LOCAL_TIME = 16;
        static final int OFFSET_DATE_TIME = 17;
        static final int ZONED_DATE_TIME = 18;
        static final int DURATION = 19;
        static final int UUID_CONVERTER = 20;

        private final int kind;

        /*
         * No Class<V> to cast with: its literal would load OffsetDateTime, ZonedDateTime and UUID at
         * every cold start, classes the JDK's archive does not hold. The kind fixes the type.
         */
        Scalar(String name, int kind) {
            super(name);
            this.kind = kind;
        }

        @SuppressWarnings("unchecked")
        private V cast(Object read) {
            return (V) read;
        }

        @Override
        public AttributeValue toAttributeValue(V value) {
            return switch (kind) {
                case STRING -> AttributeValue.createS((String) value);
                case INTEGER -> Values.fromInt((Integer) value);
                case LONG -> Values.fromLong((Long) value);
                case SHORT -> Values.fromShort((Short) value);
                case BYTE -> Values.fromByte((Byte) value);
                case FLOAT -> Values.fromFloat((Float) value);
                case DOUBLE -> Values.fromDouble((Double) value);
                case BIG_DECIMAL -> Values.fromBigDecimal((BigDecimal) value);
                case BIG_INTEGER -> Values.fromBigInteger((BigInteger) value);
                case BOOLEAN -> Values.fromBoolean((Boolean) value);
                case BYTES -> Values.fromBytes((byte[]) value);
                case SDK_BYTES -> Values.fromSdkBytes((SdkBytes) value);
                case BYTE_BUFFER -> Values.fromByteBuffer((ByteBuffer) value);
                case INSTANT -> Values.fromInstant((Instant) value);
                case LOCAL_DATE -> Values.fromLocalDate((LocalDate) value);
                case LOCAL_DATE_TIME -> Values.fromLocalDateTime((LocalDateTime) value);
                case LOCAL_TIME -> Values.fromLocalTime((LocalTime) value);
                case OFFSET_DATE_TIME -> Values.fromOffsetDateTime((OffsetDateTime) value);
                case ZONED_DATE_TIME -> Values.fromZonedDateTime((ZonedDateTime) value);
                case DURATION -> Values.fromDuration((Duration) value);
                case UUID_CONVERTER -> Values.fromUuid((UUID) value);
                default -> throw new IllegalStateException("no scalar kind " + kind);
            };
        }

        @Override
        public V fromAttributeValue(AttributeValue value) {
            Object read = switch (kind) {
                case STRING -> Values.toStringValue(value);
                case INTEGER -> Values.toInteger(value);
                case LONG -> Values.toLongObject(value);
                case SHORT -> Values.toShortObject(value);
                case BYTE -> Values.toByteObject(value);
                case FLOAT -> Values.toFloatObject(value);
                case DOUBLE -> Values.toDoubleObject(value);
                case BIG_DECIMAL -> Values.toBigDecimal(value);
                case BIG_INTEGER -> Values.toBigInteger(value);
                case BOOLEAN -> Values.toBooleanObject(value);
                case BYTES -> Values.toBytes(value);
                case SDK_BYTES -> Values.toSdkBytes(value);
                case BYTE_BUFFER -> Values.toByteBuffer(value);
                case INSTANT -> Values.toInstant(value);
                case LOCAL_DATE -> Values.toLocalDate(value);
                case LOCAL_DATE_TIME -> Values.toLocalDateTime(value);
                case LOCAL_TIME -> Values.toLocalTime(value);
                case OFFSET_DATE_TIME -> Values.toOffsetDateTime(value);
                case ZONED_DATE_TIME -> Values.toZonedDateTime(value);
                case DURATION -> Values.toDuration(value);
                case UUID_CONVERTER -> Values.toUuid(value);
                default -> throw new IllegalStateException("no scalar kind " + kind);
            };
            return cast(read);
        }

        /**
         * Strings, the common numbers, booleans and times are read from their text, with no {@code AttributeValue};
         * other kinds and stored types as {@link #fromAttributeValue} reads them.
         */
        @Override
        public V decode(String stored, JsonItem in) throws IOException {
            Object read = switch (kind) {
                case STRING -> stored.equals("S") ? in.text() : null;
                case INTEGER -> stored.equals("N") ? NumberCodec.parseInt(in.text(), "Integer") : null;
                case LONG -> stored.equals("N") ? NumberCodec.parseLong(in.text(), "Long") : null;
                case DOUBLE -> stored.equals("N") ? NumberCodec.parseDouble(in.text(), "Double") : null;
                case BIG_DECIMAL -> stored.equals("N") ? NumberCodec.parseBigDecimal(in.text(), "BigDecimal") : null;
                case BOOLEAN -> stored.equals("BOOL") ? in.bool() : null;
                case INSTANT -> stored.equals("S") ? TimeCodec.parseInstant(in.text()) : null;
                case LOCAL_DATE -> stored.equals("S") ? TimeCodec.parseLocalDate(in.text()) : null;
                case LOCAL_DATE_TIME -> stored.equals("S") ? TimeCodec.parseLocalDateTime(in.text()) : null;
                default -> null;
            };
            // None of the shortcuts reads null: it means none applied (DynamoDB NULL never reaches a decoder).
            return read != null ? cast(read) : fromAttributeValue(in.content(stored));
        }
    }

    /** Also a {@link ValueDecoder}, so that the direct read path builds the list once. */
    private static final class ListConverter<E> extends Named<List<E>> implements ValueDecoder<List<E>> {
        private final AttributeConverter<E> element;

        ListConverter(AttributeConverter<E> element) {
            super("Converters.listOf", element);
            this.element = element;
        }

        @Override
        public AttributeValue toAttributeValue(List<E> value) {
            List<AttributeValue> converted = new ArrayList<>(value.size());
            for (E e : value) {
                AttributeValue av = e == null ? null : element.toAttributeValue(e);
                converted.add(av == null ? NULL : av);
            }
            return AttributeValue.createL(converted);
        }

        @Override
        public List<E> fromAttributeValue(AttributeValue value) {
            if (!value.hasL()) {
                if (Values.isNull(value)) {
                    return null;
                }
                throw Values.wrongType(value, "L", "List");
            }
            List<AttributeValue> stored = value.l();
            List<E> result = new ArrayList<>(stored.size());
            for (AttributeValue av : stored) {
                result.add(Values.isMissing(av) ? null : element.fromAttributeValue(av));
            }
            return result;
        }

        @Override
        public List<E> decode(String type, JsonItem in) throws IOException {
            return in.list(type, element);
        }
    }

    /** Also a {@link ValueDecoder}, so that the direct read path builds the map once. */
    private static final class MapConverter<V> extends Named<Map<String, V>> implements ValueDecoder<Map<String, V>> {
        private final AttributeConverter<V> value;

        MapConverter(AttributeConverter<V> value) {
            super("Converters.mapOf", value);
            this.value = value;
        }

        @Override
        public AttributeValue toAttributeValue(Map<String, V> map) {
            Map<String, AttributeValue> converted = new LinkedHashMap<>(capacity(map.size()));
            for (Map.Entry<String, V> entry : map.entrySet()) {
                String key = entry.getKey();
                if (key == null) {
                    throw new InvalidValueException("A map stored as DynamoDB M cannot have a null key; remove the entry"
                            + " or use a non-null key");
                }
                if (key.isEmpty()) {
                    // DynamoDB refuses the whole request ("Empty attribute name"); say so before sending it.
                    throw new InvalidValueException("A map stored as DynamoDB M cannot have an empty key: DynamoDB"
                            + " attribute names, map keys included, are 1 character or more; remove the entry or change its key");
                }
                V v = entry.getValue();
                AttributeValue av = v == null ? null : value.toAttributeValue(v);
                converted.put(key, av == null ? NULL : av);
            }
            return AttributeValue.createM(converted);
        }

        @Override
        public Map<String, V> fromAttributeValue(AttributeValue stored) {
            if (!stored.hasM()) {
                if (Values.isNull(stored)) {
                    return null;
                }
                throw Values.wrongType(stored, "M", "Map");
            }
            Map<String, AttributeValue> entries = stored.m();
            Map<String, V> result = new LinkedHashMap<>(capacity(entries.size()));
            for (Map.Entry<String, AttributeValue> entry : entries.entrySet()) {
                AttributeValue av = entry.getValue();
                result.put(entry.getKey(), Values.isMissing(av) ? null : value.fromAttributeValue(av));
            }
            return result;
        }

        @Override
        public Map<String, V> decode(String type, JsonItem in) throws IOException {
            return in.map(type, value);
        }
    }

    private static final class SetConverter<E> extends Named<Set<E>> {
        /*
         * The set's DynamoDB type as a string ("SS", "NS" or "BS"), not an enum: an enum (and a switch
         * on it) would be more classes to load at every cold start. Always one of the three constants,
         * so compared by identity.
         */
        private final String kind;
        private final AttributeConverter<E> element;

        SetConverter(String factory, String kind, AttributeConverter<E> element) {
            super(factory, element);
            this.kind = kind;
            this.element = element;
        }

        /** @return the set, or {@code null} (attribute omitted) for an empty set */
        @Override
        public AttributeValue toAttributeValue(Set<E> value) {
            if (value.isEmpty()) {
                return null;
            }
            if (kind == BS) {
                List<SdkBytes> converted = new ArrayList<>(value.size());
                for (E e : value) {
                    SdkBytes b = convert(e).b();
                    if (b == null) {
                        throw wrongElementType(e);
                    }
                    converted.add(b);
                }
                return AttributeValue.createBs(converted);
            }
            List<String> converted = new ArrayList<>(value.size());
            for (E e : value) {
                AttributeValue av = convert(e);
                String text = kind == SS ? av.s() : av.n();
                if (text == null) {
                    throw wrongElementType(e);
                }
                converted.add(text);
            }
            return kind == SS ? AttributeValue.createSs(converted) : AttributeValue.createNs(converted);
        }

        private AttributeValue convert(E e) {
            if (e == null) {
                throw new InvalidValueException("A set stored as DynamoDB " + kind + " cannot contain null; remove the"
                        + " null element");
            }
            AttributeValue av = element.toAttributeValue(e);
            if (av == null) {
                throw wrongElementType(e);
            }
            return av;
        }

        private DynaqException wrongElementType(E e) {
            return new DynaqException("The element converter " + element + " must convert every element of a "
                    + kind + " set to " + kind.charAt(0) + ", but converted " + e + " otherwise");
        }

        /** @return the elements, or an empty set for DynamoDB NULL */
        @Override
        public Set<E> fromAttributeValue(AttributeValue value) {
            if (kind == SS) {
                if (value.hasSs()) {
                    List<String> stored = value.ss();
                    Set<E> result = new LinkedHashSet<>(capacity(stored.size()));
                    for (String s : stored) {
                        result.add(element.fromAttributeValue(AttributeValue.createS(s)));
                    }
                    return result;
                }
            } else if (kind == NS) {
                if (value.hasNs()) {
                    List<String> stored = value.ns();
                    Set<E> result = new LinkedHashSet<>(capacity(stored.size()));
                    for (String n : stored) {
                        result.add(element.fromAttributeValue(AttributeValue.createN(n)));
                    }
                    return result;
                }
            } else {
                if (value.hasBs()) {
                    List<SdkBytes> stored = value.bs();
                    Set<E> result = new LinkedHashSet<>(capacity(stored.size()));
                    for (SdkBytes b : stored) {
                        result.add(element.fromAttributeValue(AttributeValue.createB(b)));
                    }
                    return result;
                }
            }
            if (Values.isNull(value)) {
                return new LinkedHashSet<>();
            }
            throw Values.wrongType(value, kind, "Set");
        }
    }
}
