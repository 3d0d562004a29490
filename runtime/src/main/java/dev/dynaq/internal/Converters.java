package dev.dynaq.internal;

import dev.dynaq.AttributeConverter;
import dev.dynaq.DynaqException;
import dev.dynaq.InvalidValueException;
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
    private static final AttributeValue NULL = AttributeValue.fromNul(Boolean.TRUE);

    private Converters() {
    }

    /** String as S; the empty string is allowed except in keys. */
    public static final AttributeConverter<String> STRING = new Named<>("Converters.STRING") {
        @Override
        public AttributeValue toAttributeValue(String value) {
            return AttributeValue.fromS(value);
        }

        @Override
        public String fromAttributeValue(AttributeValue value) {
            return Values.toStringValue(value);
        }
    };

    /** Integer as N. */
    public static final AttributeConverter<Integer> INTEGER = new Named<>("Converters.INTEGER") {
        @Override
        public AttributeValue toAttributeValue(Integer value) {
            return Values.fromInt(value);
        }

        @Override
        public Integer fromAttributeValue(AttributeValue value) {
            return Values.toInteger(value);
        }
    };

    /** Long as N. */
    public static final AttributeConverter<Long> LONG = new Named<>("Converters.LONG") {
        @Override
        public AttributeValue toAttributeValue(Long value) {
            return Values.fromLong(value);
        }

        @Override
        public Long fromAttributeValue(AttributeValue value) {
            return Values.toLongObject(value);
        }
    };

    /** Short as N. */
    public static final AttributeConverter<Short> SHORT = new Named<>("Converters.SHORT") {
        @Override
        public AttributeValue toAttributeValue(Short value) {
            return Values.fromShort(value);
        }

        @Override
        public Short fromAttributeValue(AttributeValue value) {
            return Values.toShortObject(value);
        }
    };

    /** Byte as N. */
    public static final AttributeConverter<Byte> BYTE = new Named<>("Converters.BYTE") {
        @Override
        public AttributeValue toAttributeValue(Byte value) {
            return Values.fromByte(value);
        }

        @Override
        public Byte fromAttributeValue(AttributeValue value) {
            return Values.toByteObject(value);
        }
    };

    /** Float as N; NaN and infinities are rejected. */
    public static final AttributeConverter<Float> FLOAT = new Named<>("Converters.FLOAT") {
        @Override
        public AttributeValue toAttributeValue(Float value) {
            return Values.fromFloat(value);
        }

        @Override
        public Float fromAttributeValue(AttributeValue value) {
            return Values.toFloatObject(value);
        }
    };

    /** Double as N; NaN, infinities and magnitudes outside DynamoDB's range are rejected. */
    public static final AttributeConverter<Double> DOUBLE = new Named<>("Converters.DOUBLE") {
        @Override
        public AttributeValue toAttributeValue(Double value) {
            return Values.fromDouble(value);
        }

        @Override
        public Double fromAttributeValue(AttributeValue value) {
            return Values.toDoubleObject(value);
        }
    };

    /** BigDecimal as N, every digit kept (at most 38). */
    public static final AttributeConverter<BigDecimal> BIG_DECIMAL = new Named<>("Converters.BIG_DECIMAL") {
        @Override
        public AttributeValue toAttributeValue(BigDecimal value) {
            return Values.fromBigDecimal(value);
        }

        @Override
        public BigDecimal fromAttributeValue(AttributeValue value) {
            return Values.toBigDecimal(value);
        }
    };

    /** BigInteger as N (at most 38 significant digits). */
    public static final AttributeConverter<BigInteger> BIG_INTEGER = new Named<>("Converters.BIG_INTEGER") {
        @Override
        public AttributeValue toAttributeValue(BigInteger value) {
            return Values.fromBigInteger(value);
        }

        @Override
        public BigInteger fromAttributeValue(AttributeValue value) {
            return Values.toBigInteger(value);
        }
    };

    /** Boolean as BOOL. */
    public static final AttributeConverter<Boolean> BOOLEAN = new Named<>("Converters.BOOLEAN") {
        @Override
        public AttributeValue toAttributeValue(Boolean value) {
            return Values.fromBoolean(value);
        }

        @Override
        public Boolean fromAttributeValue(AttributeValue value) {
            return Values.toBooleanObject(value);
        }
    };

    /** byte[] as B; arrays are copied both ways. */
    public static final AttributeConverter<byte[]> BYTES = new Named<>("Converters.BYTES") {
        @Override
        public AttributeValue toAttributeValue(byte[] value) {
            return Values.fromBytes(value);
        }

        @Override
        public byte[] fromAttributeValue(AttributeValue value) {
            return Values.toBytes(value);
        }
    };

    /** SdkBytes as B. */
    public static final AttributeConverter<SdkBytes> SDK_BYTES = new Named<>("Converters.SDK_BYTES") {
        @Override
        public AttributeValue toAttributeValue(SdkBytes value) {
            return Values.fromSdkBytes(value);
        }

        @Override
        public SdkBytes fromAttributeValue(AttributeValue value) {
            return Values.toSdkBytes(value);
        }
    };

    /** ByteBuffer as B; the buffer's remaining bytes, its position untouched. */
    public static final AttributeConverter<ByteBuffer> BYTE_BUFFER = new Named<>("Converters.BYTE_BUFFER") {
        @Override
        public AttributeValue toAttributeValue(ByteBuffer value) {
            return Values.fromByteBuffer(value);
        }

        @Override
        public ByteBuffer fromAttributeValue(AttributeValue value) {
            return Values.toByteBuffer(value);
        }
    };

    /** Instant as S, fixed-width UTC ISO-8601, so that text order is time order. */
    public static final AttributeConverter<Instant> INSTANT = new Named<>("Converters.INSTANT") {
        @Override
        public AttributeValue toAttributeValue(Instant value) {
            return Values.fromInstant(value);
        }

        @Override
        public Instant fromAttributeValue(AttributeValue value) {
            return Values.toInstant(value);
        }
    };

    /** LocalDate as S {@code yyyy-MM-dd}. */
    public static final AttributeConverter<LocalDate> LOCAL_DATE = new Named<>("Converters.LOCAL_DATE") {
        @Override
        public AttributeValue toAttributeValue(LocalDate value) {
            return Values.fromLocalDate(value);
        }

        @Override
        public LocalDate fromAttributeValue(AttributeValue value) {
            return Values.toLocalDate(value);
        }
    };

    /** LocalDateTime as S, fixed-width ISO-8601. */
    public static final AttributeConverter<LocalDateTime> LOCAL_DATE_TIME = new Named<>("Converters.LOCAL_DATE_TIME") {
        @Override
        public AttributeValue toAttributeValue(LocalDateTime value) {
            return Values.fromLocalDateTime(value);
        }

        @Override
        public LocalDateTime fromAttributeValue(AttributeValue value) {
            return Values.toLocalDateTime(value);
        }
    };

    /** LocalTime as S, fixed-width ISO-8601. */
    public static final AttributeConverter<LocalTime> LOCAL_TIME = new Named<>("Converters.LOCAL_TIME") {
        @Override
        public AttributeValue toAttributeValue(LocalTime value) {
            return Values.fromLocalTime(value);
        }

        @Override
        public LocalTime fromAttributeValue(AttributeValue value) {
            return Values.toLocalTime(value);
        }
    };

    /** OffsetDateTime as S: UTC instant then offset; text order is instant order. */
    public static final AttributeConverter<OffsetDateTime> OFFSET_DATE_TIME = new Named<>("Converters.OFFSET_DATE_TIME") {
        @Override
        public AttributeValue toAttributeValue(OffsetDateTime value) {
            return Values.fromOffsetDateTime(value);
        }

        @Override
        public OffsetDateTime fromAttributeValue(AttributeValue value) {
            return Values.toOffsetDateTime(value);
        }
    };

    /** ZonedDateTime as S: UTC instant, offset and zone; text order is instant order. */
    public static final AttributeConverter<ZonedDateTime> ZONED_DATE_TIME = new Named<>("Converters.ZONED_DATE_TIME") {
        @Override
        public AttributeValue toAttributeValue(ZonedDateTime value) {
            return Values.fromZonedDateTime(value);
        }

        @Override
        public ZonedDateTime fromAttributeValue(AttributeValue value) {
            return Values.toZonedDateTime(value);
        }
    };

    /** Duration as S, fixed-width ISO-8601; text order is duration order for non-negative durations. */
    public static final AttributeConverter<Duration> DURATION = new Named<>("Converters.DURATION") {
        @Override
        public AttributeValue toAttributeValue(Duration value) {
            return Values.fromDuration(value);
        }

        @Override
        public Duration fromAttributeValue(AttributeValue value) {
            return Values.toDuration(value);
        }
    };

    /** UUID as S. */
    public static final AttributeConverter<UUID> UUID_CONVERTER = new Named<>("Converters.UUID_CONVERTER") {
        @Override
        public AttributeValue toAttributeValue(UUID value) {
            return Values.fromUuid(value);
        }

        @Override
        public UUID fromAttributeValue(AttributeValue value) {
            return Values.toUuid(value);
        }
    };

    /**
     * @param type the enum class
     * @param <E> the enum type
     * @return a converter storing constants as S by {@link Enum#name()}; an unknown stored name raises a
     *     {@link DynaqException} naming the enum and the value
     */
    public static <E extends Enum<E>> AttributeConverter<E> enumOf(Class<E> type) {
        Objects.requireNonNull(type, "type");
        return new Named<>("Converters.enumOf(" + type.getName() + ".class)") {
            @Override
            public AttributeValue toAttributeValue(E value) {
                return Values.fromEnum(value);
            }

            @Override
            public E fromAttributeValue(AttributeValue value) {
                return Values.toEnum(type, value);
            }
        };
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
        return new SetConverter<>(SetKind.SS, Objects.requireNonNull(element, "element"));
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
        return new SetConverter<>(SetKind.NS, Objects.requireNonNull(element, "element"));
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
        return new SetConverter<>(SetKind.BS, Objects.requireNonNull(element, "element"));
    }

    private static int capacity(int size) {
        return size < 3 ? size + 1 : (int) (size / 0.75f) + 1;
    }

    /** A converter with a readable {@link #toString()} for messages and debugging. */
    private abstract static class Named<V> implements AttributeConverter<V> {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public final String toString() {
            return name;
        }
    }

    private static final class ListConverter<E> extends Named<List<E>> {
        private final AttributeConverter<E> element;

        ListConverter(AttributeConverter<E> element) {
            super("Converters.listOf(" + element + ")");
            this.element = element;
        }

        @Override
        public AttributeValue toAttributeValue(List<E> value) {
            List<AttributeValue> converted = new ArrayList<>(value.size());
            for (E e : value) {
                AttributeValue av = e == null ? null : element.toAttributeValue(e);
                converted.add(av == null ? NULL : av);
            }
            return AttributeValue.fromL(converted);
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
    }

    private static final class MapConverter<V> extends Named<Map<String, V>> {
        private final AttributeConverter<V> value;

        MapConverter(AttributeConverter<V> value) {
            super("Converters.mapOf(" + value + ")");
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
                V v = entry.getValue();
                AttributeValue av = v == null ? null : value.toAttributeValue(v);
                converted.put(key, av == null ? NULL : av);
            }
            return AttributeValue.fromM(converted);
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
    }

    private enum SetKind {
        SS("S", "stringSetOf"), NS("N", "numberSetOf"), BS("B", "binarySetOf");

        final String elementType;
        final String factory;

        SetKind(String elementType, String factory) {
            this.elementType = elementType;
            this.factory = factory;
        }
    }

    private static final class SetConverter<E> extends Named<Set<E>> {
        private final SetKind kind;
        private final AttributeConverter<E> element;

        SetConverter(SetKind kind, AttributeConverter<E> element) {
            super("Converters." + kind.factory + "(" + element + ")");
            this.kind = kind;
            this.element = element;
        }

        /** @return the set, or {@code null} (attribute omitted) for an empty set */
        @Override
        public AttributeValue toAttributeValue(Set<E> value) {
            if (value.isEmpty()) {
                return null;
            }
            if (kind == SetKind.BS) {
                List<SdkBytes> converted = new ArrayList<>(value.size());
                for (E e : value) {
                    SdkBytes b = convert(e).b();
                    if (b == null) {
                        throw wrongElementType(e);
                    }
                    converted.add(b);
                }
                return AttributeValue.fromBs(converted);
            }
            List<String> converted = new ArrayList<>(value.size());
            for (E e : value) {
                AttributeValue av = convert(e);
                String text = kind == SetKind.SS ? av.s() : av.n();
                if (text == null) {
                    throw wrongElementType(e);
                }
                converted.add(text);
            }
            return kind == SetKind.SS ? AttributeValue.fromSs(converted) : AttributeValue.fromNs(converted);
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
                    + kind + " set to " + kind.elementType + ", but converted " + e + " otherwise");
        }

        /** @return the elements, or an empty set for DynamoDB NULL */
        @Override
        public Set<E> fromAttributeValue(AttributeValue value) {
            switch (kind) {
                case SS:
                    if (value.hasSs()) {
                        List<String> stored = value.ss();
                        Set<E> result = new LinkedHashSet<>(capacity(stored.size()));
                        for (String s : stored) {
                            result.add(element.fromAttributeValue(AttributeValue.fromS(s)));
                        }
                        return result;
                    }
                    break;
                case NS:
                    if (value.hasNs()) {
                        List<String> stored = value.ns();
                        Set<E> result = new LinkedHashSet<>(capacity(stored.size()));
                        for (String n : stored) {
                            result.add(element.fromAttributeValue(AttributeValue.fromN(n)));
                        }
                        return result;
                    }
                    break;
                default:
                    if (value.hasBs()) {
                        List<SdkBytes> stored = value.bs();
                        Set<E> result = new LinkedHashSet<>(capacity(stored.size()));
                        for (SdkBytes b : stored) {
                            result.add(element.fromAttributeValue(AttributeValue.fromB(b)));
                        }
                        return result;
                    }
                    break;
            }
            if (Values.isNull(value)) {
                return new LinkedHashSet<>();
            }
            throw Values.wrongType(value, kind.name(), "Set");
        }
    }
}
