package dev.dynaq.internal;

import dev.dynaq.AttributeConverter;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The built-in {@link AttributeConverter}s, one per supported Java type, and the combinators for
 * lists, maps and sets. Used by metamodel attributes (to build conditions and keys) and by generated
 * schemas for nested collections. Every converter is stateless.
 */
public final class Converters {
    private Converters() {
    }

    // TODO(runtime-conversion helper): real implementations delegating to Values.

    public static final AttributeConverter<String> STRING = new AttributeConverter<>() {
        @Override
        public AttributeValue toAttributeValue(String value) {
            return AttributeValue.fromS(value);
        }

        @Override
        public String fromAttributeValue(AttributeValue value) {
            return value.s();
        }
    };
    public static final AttributeConverter<Integer> INTEGER = null;
    public static final AttributeConverter<Long> LONG = null;
    public static final AttributeConverter<Short> SHORT = null;
    public static final AttributeConverter<Byte> BYTE = null;
    public static final AttributeConverter<Float> FLOAT = null;
    public static final AttributeConverter<Double> DOUBLE = null;
    public static final AttributeConverter<BigDecimal> BIG_DECIMAL = null;
    public static final AttributeConverter<BigInteger> BIG_INTEGER = null;
    public static final AttributeConverter<Boolean> BOOLEAN = null;
    public static final AttributeConverter<byte[]> BYTES = null;
    public static final AttributeConverter<SdkBytes> SDK_BYTES = null;
    public static final AttributeConverter<ByteBuffer> BYTE_BUFFER = null;
    public static final AttributeConverter<Instant> INSTANT = null;
    public static final AttributeConverter<LocalDate> LOCAL_DATE = null;
    public static final AttributeConverter<LocalDateTime> LOCAL_DATE_TIME = null;
    public static final AttributeConverter<LocalTime> LOCAL_TIME = null;
    public static final AttributeConverter<OffsetDateTime> OFFSET_DATE_TIME = null;
    public static final AttributeConverter<ZonedDateTime> ZONED_DATE_TIME = null;
    public static final AttributeConverter<Duration> DURATION = null;
    public static final AttributeConverter<UUID> UUID_CONVERTER = null;

    public static <E extends Enum<E>> AttributeConverter<E> enumOf(Class<E> type) { throw new UnsupportedOperationException(); }
    /** L; null elements are stored as DynamoDB NULL. */
    public static <E> AttributeConverter<List<E>> listOf(AttributeConverter<E> element) { throw new UnsupportedOperationException(); }
    /** M; null values are stored as DynamoDB NULL. */
    public static <V> AttributeConverter<Map<String, V>> mapOf(AttributeConverter<V> value) { throw new UnsupportedOperationException(); }
    /** SS from elements whose converter yields S; an empty set converts to null (attribute omitted), reads back as an empty set. */
    public static <E> AttributeConverter<Set<E>> stringSetOf(AttributeConverter<E> element) { throw new UnsupportedOperationException(); }
    /** NS from elements whose converter yields N. */
    public static <E> AttributeConverter<Set<E>> numberSetOf(AttributeConverter<E> element) { throw new UnsupportedOperationException(); }
    /** BS from elements whose converter yields B. */
    public static <E> AttributeConverter<Set<E>> binarySetOf(AttributeConverter<E> element) { throw new UnsupportedOperationException(); }
}
