package dev.dynaq.internal;

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
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Straight-line scalar conversions called by generated item schemas. Writers take a non-null value;
 * readers take the stored value or {@code null} (missing attribute, or DynamoDB NULL) and return
 * {@code null} — or zero/false for the primitive variants. Dates and times are written fixed-width
 * so that DynamoDB's string order is time order.
 */
public final class Values {
    private Values() {
    }

    // TODO(runtime-conversion helper): implement every method below; see the class Javadoc.

    /** @throws dev.dynaq.InvalidValueException if the value is not usable in a key (empty S or B) */
    public static void requireValidKey(AttributeValue value, String description) {
        throw new UnsupportedOperationException();
    }

    public static AttributeValue fromInt(int value) { throw new UnsupportedOperationException(); }
    public static AttributeValue fromLong(long value) { throw new UnsupportedOperationException(); }
    public static AttributeValue fromShort(short value) { throw new UnsupportedOperationException(); }
    public static AttributeValue fromByte(byte value) { throw new UnsupportedOperationException(); }
    public static AttributeValue fromFloat(float value) { throw new UnsupportedOperationException(); }
    public static AttributeValue fromDouble(double value) { throw new UnsupportedOperationException(); }
    public static AttributeValue fromBigDecimal(BigDecimal value) { throw new UnsupportedOperationException(); }
    public static AttributeValue fromBigInteger(BigInteger value) { throw new UnsupportedOperationException(); }
    public static AttributeValue fromBoolean(boolean value) { throw new UnsupportedOperationException(); }
    public static AttributeValue fromBytes(byte[] value) { throw new UnsupportedOperationException(); }
    public static AttributeValue fromSdkBytes(SdkBytes value) { throw new UnsupportedOperationException(); }
    public static AttributeValue fromByteBuffer(ByteBuffer value) { throw new UnsupportedOperationException(); }
    public static AttributeValue fromInstant(Instant value) { throw new UnsupportedOperationException(); }
    public static AttributeValue fromLocalDate(LocalDate value) { throw new UnsupportedOperationException(); }
    public static AttributeValue fromLocalDateTime(LocalDateTime value) { throw new UnsupportedOperationException(); }
    public static AttributeValue fromLocalTime(LocalTime value) { throw new UnsupportedOperationException(); }
    public static AttributeValue fromOffsetDateTime(OffsetDateTime value) { throw new UnsupportedOperationException(); }
    public static AttributeValue fromZonedDateTime(ZonedDateTime value) { throw new UnsupportedOperationException(); }
    public static AttributeValue fromDuration(Duration value) { throw new UnsupportedOperationException(); }
    public static AttributeValue fromUuid(UUID value) { throw new UnsupportedOperationException(); }
    public static AttributeValue fromEnum(Enum<?> value) { throw new UnsupportedOperationException(); }

    public static int toInt(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static Integer toInteger(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static long toLong(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static Long toLongObject(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static short toShort(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static Short toShortObject(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static byte toByte(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static Byte toByteObject(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static float toFloat(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static Float toFloatObject(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static double toDouble(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static Double toDoubleObject(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static boolean toBoolean(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static Boolean toBooleanObject(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static BigDecimal toBigDecimal(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static BigInteger toBigInteger(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static String toStringValue(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static byte[] toBytes(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static SdkBytes toSdkBytes(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static ByteBuffer toByteBuffer(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static Instant toInstant(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static LocalDate toLocalDate(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static LocalDateTime toLocalDateTime(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static LocalTime toLocalTime(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static OffsetDateTime toOffsetDateTime(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static ZonedDateTime toZonedDateTime(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static Duration toDuration(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static UUID toUuid(AttributeValue value) { throw new UnsupportedOperationException(); }
    public static <E extends Enum<E>> E toEnum(Class<E> type, AttributeValue value) { throw new UnsupportedOperationException(); }
}
