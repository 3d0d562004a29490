package dev.dynaq.internal;

import dev.dynaq.Attribute;
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
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Straight-line scalar conversions called by generated item schemas. Writers take a non-null value;
 * readers take the stored value or {@code null} (missing attribute, or DynamoDB NULL) and return
 * {@code null} — or zero/false for the primitive variants. Dates and times are written fixed-width
 * so that DynamoDB's string order is time order.
 *
 * <h2>Writing</h2>
 * Writers check what DynamoDB would reject before any request is sent and throw
 * {@link InvalidValueException}: NaN and infinities, numbers with more than 38 significant digits,
 * numbers whose magnitude is outside 1E-130 .. 9.9999999999999999999999999999999999999E+125 (zero is
 * fine), and dates or times whose (UTC) year is outside 0000-9999. {@code -0.0} is stored as {@code 0}
 * (DynamoDB has no negative zero) and reads back as {@code 0.0}.
 *
 * <h2>Number text and {@code BigDecimal} scale</h2>
 * A {@code BigDecimal} is written so that {@code new BigDecimal(text).equals(value)}: plain notation
 * for scales 0 to 64 ({@code 1.50}), otherwise {@code <unscaled>E<exponent>} ({@code 12E3} for scale
 * -3, {@code 1E-130}). Digits beyond the 38th that are trailing zeros are dropped, which lowers the
 * scale. DynamoDB itself normalizes stored numbers (it trims trailing zeros), so after a round trip
 * through DynamoDB the value is equal by {@code compareTo}, but the scale may differ ({@code 1.50}
 * reads back as {@code 1.5}).
 *
 * <h2>Time formats</h2>
 * <ul>
 * <li>{@code Instant}: {@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ}, always nine fraction digits, UTC;</li>
 * <li>{@code LocalDate}: {@code yyyy-MM-dd}; {@code LocalDateTime}: {@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnn};
 * {@code LocalTime}: {@code HH:mm:ss.nnnnnnnnn};</li>
 * <li>{@code OffsetDateTime}: the UTC instant as above, then the offset ({@code +02:00}, UTC is
 * {@code +00:00}), e.g. {@code 2024-01-01T06:00:00.000000000Z+02:00}: text order is instant order, and
 * the value reads back {@code equals} to the original;</li>
 * <li>{@code ZonedDateTime}: UTC instant, offset and {@code [zone-id]}; reading rebuilds the value
 * from the instant and the zone (equal to the original as long as the zone's rules are unchanged);</li>
 * <li>{@code Duration}: {@code PT}, the seconds as 19 zero-padded digits, {@code .}, nine fraction
 * digits, {@code S} (e.g. {@code PT0000000000000000090.500000000S}), which {@link Duration#parse}
 * understands. Text order is duration order for non-negative durations only: negative durations
 * ({@code PT-...}) sort before all non-negative ones, but among themselves by magnitude, i.e. in
 * reverse order.</li>
 * </ul>
 * Readers are lenient: any ISO-8601 text {@code java.time} parses, such as {@code Instant.toString()}
 * output written by other tools, is read as well.
 *
 * <h2>Reading errors</h2>
 * A stored value of the wrong DynamoDB type (N where S is expected), text that is not a valid value
 * of the Java type, or a number that does not fit the Java type (e.g. 3000000000 for an {@code int},
 * 1.5 for a {@code long}) raises a {@link DynaqException} naming the expected and the actual value;
 * nothing is silently truncated. Floating-point readers round to the nearest {@code float}/{@code
 * double}, as Java's parsers do.
 */
public final class Values {
    private static final AttributeValue TRUE = AttributeValue.createBool(Boolean.TRUE);
    private static final AttributeValue FALSE = AttributeValue.createBool(Boolean.FALSE);

    private Values() {
    }

    /**
     * Checks a converted key value against what DynamoDB accepts in keys.
     *
     * @param value the converted key value
     * @param description names the attribute in the message, e.g. {@code "Order.customerId"}
     * @throws InvalidValueException if the value is null, an empty S or B, or not of type S, N or B
     */
    public static void requireValidKey(AttributeValue value, String description) {
        if (value == null) {
            throw new InvalidValueException(description + " is a key attribute and must not be null");
        }
        String s = value.s();
        if (s != null) {
            if (s.isEmpty()) {
                throw new InvalidValueException(description + " is a key attribute and must not be empty");
            }
            return;
        }
        if (value.n() != null) {
            return;
        }
        SdkBytes b = value.b();
        if (b != null) {
            if (b.asByteArrayUnsafe().length == 0) {
                throw new InvalidValueException(description + " is a key attribute and must not be empty");
            }
            return;
        }
        throw new InvalidValueException(description + " is a key attribute and must be stored as S, N or B, but its value"
                + " converts to " + value.type() + "; use a String, number or binary type or fix its converter");
    }

    /**
     * Called by generated schemas when converting an attribute's value failed, so that the message
     * names the entity and the attribute (the converters only see the value).
     *
     * @param attribute the attribute whose value was rejected
     * @param cause the converter's exception
     * @return the exception to throw: {@code Order.total: The number 1E+200 cannot be stored ...}
     */
    public static InvalidValueException invalidAttribute(Attribute<?, ?> attribute, InvalidValueException cause) {
        String name = attribute.entityType().getSimpleName() + "." + attribute.propertyName()
                + (attribute.propertyName().equals(attribute.name()) ? "" : " (attribute '" + attribute.name() + "')");
        return new InvalidValueException(name + ": " + cause.getMessage(), cause);
    }

    // ------------------------------------------------------------------ writers

    /**
     * @param value the value
     * @return N
     */
    public static AttributeValue fromInt(int value) {
        return AttributeValue.createN(Integer.toString(value));
    }

    /**
     * @param value the value
     * @return N
     */
    public static AttributeValue fromLong(long value) {
        return AttributeValue.createN(Long.toString(value));
    }

    /**
     * @param value the value
     * @return N
     */
    public static AttributeValue fromShort(short value) {
        return AttributeValue.createN(Integer.toString(value));
    }

    /**
     * @param value the value
     * @return N
     */
    public static AttributeValue fromByte(byte value) {
        return AttributeValue.createN(Integer.toString(value));
    }

    /**
     * @param value the value
     * @return N, in the shortest text that reads back as the same {@code float}
     * @throws InvalidValueException for NaN and infinities
     */
    public static AttributeValue fromFloat(float value) {
        return AttributeValue.createN(NumberCodec.formatFloat(value));
    }

    /**
     * @param value the value
     * @return N, in the shortest text that reads back as the same {@code double} ({@code -0.0} as {@code 0})
     * @throws InvalidValueException for NaN, infinities and magnitudes outside DynamoDB's range
     */
    public static AttributeValue fromDouble(double value) {
        return AttributeValue.createN(NumberCodec.formatDouble(value));
    }

    /**
     * @param value the value
     * @return N that parses back {@code equals} to the value (see the class comment on scale)
     * @throws InvalidValueException for more than 38 significant digits or a magnitude outside DynamoDB's range
     */
    public static AttributeValue fromBigDecimal(BigDecimal value) {
        return AttributeValue.createN(NumberCodec.formatBigDecimal(value));
    }

    /**
     * @param value the value
     * @return N
     * @throws InvalidValueException for more than 38 significant digits or a magnitude above DynamoDB's range
     */
    public static AttributeValue fromBigInteger(BigInteger value) {
        return AttributeValue.createN(NumberCodec.formatBigInteger(value));
    }

    /**
     * @param value the value
     * @return BOOL
     */
    public static AttributeValue fromBoolean(boolean value) {
        return value ? TRUE : FALSE;
    }

    /**
     * @param value the value, copied (later changes to the array do not affect the result)
     * @return B
     */
    public static AttributeValue fromBytes(byte[] value) {
        return AttributeValue.createB(SdkBytes.fromByteArray(value));
    }

    /**
     * @param value the value (immutable)
     * @return B
     */
    public static AttributeValue fromSdkBytes(SdkBytes value) {
        return AttributeValue.createB(value);
    }

    /**
     * @param value the value; its remaining bytes (position to limit) are copied, and its position,
     *     limit and mark are left unchanged
     * @return B
     */
    public static AttributeValue fromByteBuffer(ByteBuffer value) {
        ByteBuffer view = value.duplicate();
        byte[] bytes = new byte[view.remaining()];
        view.get(bytes);
        return AttributeValue.createB(SdkBytes.fromByteArrayUnsafe(bytes));
    }

    /**
     * @param value the value
     * @return S {@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ}
     * @throws InvalidValueException if the year is outside 0000-9999
     */
    public static AttributeValue fromInstant(Instant value) {
        return AttributeValue.createS(TimeCodec.formatInstant(value));
    }

    /**
     * @param value the value
     * @return S {@code yyyy-MM-dd}
     * @throws InvalidValueException if the year is outside 0000-9999
     */
    public static AttributeValue fromLocalDate(LocalDate value) {
        return AttributeValue.createS(TimeCodec.formatLocalDate(value));
    }

    /**
     * @param value the value
     * @return S {@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnn}
     * @throws InvalidValueException if the year is outside 0000-9999
     */
    public static AttributeValue fromLocalDateTime(LocalDateTime value) {
        return AttributeValue.createS(TimeCodec.formatLocalDateTime(value));
    }

    /**
     * @param value the value
     * @return S {@code HH:mm:ss.nnnnnnnnn}
     */
    public static AttributeValue fromLocalTime(LocalTime value) {
        return AttributeValue.createS(TimeCodec.formatLocalTime(value));
    }

    /**
     * @param value the value
     * @return S: the UTC instant, then the offset ({@code 2024-01-01T06:00:00.000000000Z+02:00})
     * @throws InvalidValueException if the UTC year is outside 0000-9999
     */
    public static AttributeValue fromOffsetDateTime(OffsetDateTime value) {
        return AttributeValue.createS(TimeCodec.formatOffsetDateTime(value));
    }

    /**
     * @param value the value
     * @return S: the UTC instant, the offset and the zone
     *     ({@code 2024-01-01T07:00:00.000000000Z+01:00[Europe/Paris]})
     * @throws InvalidValueException if the UTC year is outside 0000-9999
     */
    public static AttributeValue fromZonedDateTime(ZonedDateTime value) {
        return AttributeValue.createS(TimeCodec.formatZonedDateTime(value));
    }

    /**
     * @param value the value
     * @return S {@code PT<19 digits>.<9 digits>S}; ordered for non-negative durations only (see the class comment)
     */
    public static AttributeValue fromDuration(Duration value) {
        return AttributeValue.createS(TimeCodec.formatDuration(value));
    }

    /**
     * @param value the value
     * @return S in the canonical 36-character form
     */
    public static AttributeValue fromUuid(UUID value) {
        return AttributeValue.createS(value.toString());
    }

    /**
     * @param value the value
     * @return S, the constant's {@link Enum#name()}
     */
    public static AttributeValue fromEnum(Enum<?> value) {
        return AttributeValue.createS(value.name());
    }

    // ------------------------------------------------------------------ readers

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the number, 0 if missing
     * @throws DynaqException if the value is not an N or does not fit an {@code int}
     */
    public static int toInt(AttributeValue value) {
        String n = number(value, "int");
        return n == null ? 0 : NumberCodec.parseInt(n, "int");
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the number, {@code null} if missing
     * @throws DynaqException if the value is not an N or does not fit an {@code int}
     */
    public static Integer toInteger(AttributeValue value) {
        String n = number(value, "Integer");
        return n == null ? null : NumberCodec.parseInt(n, "Integer");
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the number, 0 if missing
     * @throws DynaqException if the value is not an N or does not fit a {@code long}
     */
    public static long toLong(AttributeValue value) {
        String n = number(value, "long");
        return n == null ? 0L : NumberCodec.parseLong(n, "long");
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the number, {@code null} if missing
     * @throws DynaqException if the value is not an N or does not fit a {@code long}
     */
    public static Long toLongObject(AttributeValue value) {
        String n = number(value, "Long");
        return n == null ? null : NumberCodec.parseLong(n, "Long");
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the number, 0 if missing
     * @throws DynaqException if the value is not an N or does not fit a {@code short}
     */
    public static short toShort(AttributeValue value) {
        String n = number(value, "short");
        return n == null ? 0 : (short) NumberCodec.parseIntInRange(n, "short", Short.MIN_VALUE, Short.MAX_VALUE);
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the number, {@code null} if missing
     * @throws DynaqException if the value is not an N or does not fit a {@code short}
     */
    public static Short toShortObject(AttributeValue value) {
        String n = number(value, "Short");
        return n == null ? null : (short) NumberCodec.parseIntInRange(n, "Short", Short.MIN_VALUE, Short.MAX_VALUE);
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the number, 0 if missing
     * @throws DynaqException if the value is not an N or does not fit a {@code byte}
     */
    public static byte toByte(AttributeValue value) {
        String n = number(value, "byte");
        return n == null ? 0 : (byte) NumberCodec.parseIntInRange(n, "byte", Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the number, {@code null} if missing
     * @throws DynaqException if the value is not an N or does not fit a {@code byte}
     */
    public static Byte toByteObject(AttributeValue value) {
        String n = number(value, "Byte");
        return n == null ? null : (byte) NumberCodec.parseIntInRange(n, "Byte", Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the nearest {@code float}, 0 if missing
     * @throws DynaqException if the value is not an N or beyond the {@code float} range
     */
    public static float toFloat(AttributeValue value) {
        String n = number(value, "float");
        return n == null ? 0.0f : NumberCodec.parseFloat(n, "float");
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the nearest {@code float}, {@code null} if missing
     * @throws DynaqException if the value is not an N or beyond the {@code float} range
     */
    public static Float toFloatObject(AttributeValue value) {
        String n = number(value, "Float");
        return n == null ? null : NumberCodec.parseFloat(n, "Float");
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the nearest {@code double}, 0 if missing
     * @throws DynaqException if the value is not an N
     */
    public static double toDouble(AttributeValue value) {
        String n = number(value, "double");
        return n == null ? 0.0d : NumberCodec.parseDouble(n, "double");
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the nearest {@code double}, {@code null} if missing
     * @throws DynaqException if the value is not an N
     */
    public static Double toDoubleObject(AttributeValue value) {
        String n = number(value, "Double");
        return n == null ? null : NumberCodec.parseDouble(n, "Double");
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the boolean, false if missing
     * @throws DynaqException if the value is not a BOOL
     */
    public static boolean toBoolean(AttributeValue value) {
        Boolean b = toBooleanObject(value);
        return b != null && b;
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the boolean, {@code null} if missing; N {@code 1}/{@code 0} (the v1 mapper's form) reads as true/false
     * @throws DynaqException if the value is not a BOOL
     */
    public static Boolean toBooleanObject(AttributeValue value) {
        if (value == null) {
            return null;
        }
        Boolean b = value.bool();
        if (b == null && !isNull(value) && (b = Formats.booleanFromNumber(value)) == null) {
            throw wrongType(value, "BOOL", "Boolean");
        }
        return b;
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the exact number, {@code null} if missing
     * @throws DynaqException if the value is not an N
     */
    public static BigDecimal toBigDecimal(AttributeValue value) {
        String n = number(value, "BigDecimal");
        return n == null ? null : NumberCodec.parseBigDecimal(n, "BigDecimal");
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the exact number, {@code null} if missing
     * @throws DynaqException if the value is not an N or has a fractional part
     */
    public static BigInteger toBigInteger(AttributeValue value) {
        String n = number(value, "BigInteger");
        return n == null ? null : NumberCodec.parseBigInteger(n, "BigInteger");
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the string, {@code null} if missing
     * @throws DynaqException if the value is not an S
     */
    public static String toStringValue(AttributeValue value) {
        return string(value, "String");
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return a new array the caller may change, {@code null} if missing
     * @throws DynaqException if the value is not a B
     */
    public static byte[] toBytes(AttributeValue value) {
        SdkBytes b = binary(value, "byte[]");
        return b == null ? null : b.asByteArray();
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the bytes, {@code null} if missing
     * @throws DynaqException if the value is not a B
     */
    public static SdkBytes toSdkBytes(AttributeValue value) {
        return binary(value, "SdkBytes");
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return a new writable buffer over a copy of the bytes, position 0, {@code null} if missing
     * @throws DynaqException if the value is not a B
     */
    public static ByteBuffer toByteBuffer(AttributeValue value) {
        SdkBytes b = binary(value, "ByteBuffer");
        return b == null ? null : ByteBuffer.wrap(b.asByteArray());
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the instant, {@code null} if missing
     * @throws DynaqException if the value is not an S holding an ISO-8601 instant
     */
    public static Instant toInstant(AttributeValue value) {
        String s = string(value, "Instant");
        return s == null ? null : TimeCodec.parseInstant(s);
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the date, {@code null} if missing
     * @throws DynaqException if the value is not an S holding an ISO-8601 date
     */
    public static LocalDate toLocalDate(AttributeValue value) {
        String s = string(value, "LocalDate");
        return s == null ? null : TimeCodec.parseLocalDate(s);
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the date-time, {@code null} if missing
     * @throws DynaqException if the value is not an S holding an ISO-8601 local date-time
     */
    public static LocalDateTime toLocalDateTime(AttributeValue value) {
        String s = string(value, "LocalDateTime");
        return s == null ? null : TimeCodec.parseLocalDateTime(s);
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the time, {@code null} if missing
     * @throws DynaqException if the value is not an S holding an ISO-8601 local time
     */
    public static LocalTime toLocalTime(AttributeValue value) {
        String s = string(value, "LocalTime");
        return s == null ? null : TimeCodec.parseLocalTime(s);
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the date-time with its original offset, {@code null} if missing
     * @throws DynaqException if the value is not an S holding a date-time with offset
     */
    public static OffsetDateTime toOffsetDateTime(AttributeValue value) {
        String s = string(value, "OffsetDateTime");
        return s == null ? null : TimeCodec.parseOffsetDateTime(s);
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the date-time in its original zone, {@code null} if missing
     * @throws DynaqException if the value is not an S holding a zoned date-time
     */
    public static ZonedDateTime toZonedDateTime(AttributeValue value) {
        String s = string(value, "ZonedDateTime");
        return s == null ? null : TimeCodec.parseZonedDateTime(s);
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the duration, {@code null} if missing; an N is read as seconds (the Enhanced Client's form)
     * @throws DynaqException if the value is not an S holding an ISO-8601 duration, nor an N
     */
    public static Duration toDuration(AttributeValue value) {
        if (value != null && value.n() != null) {
            return Formats.durationFromSeconds(value.n()); // the Enhanced Client's form
        }
        String s = string(value, "Duration");
        return s == null ? null : TimeCodec.parseDuration(s);
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the UUID, {@code null} if missing
     * @throws DynaqException if the value is not an S holding a UUID
     */
    public static UUID toUuid(AttributeValue value) {
        String s = string(value, "UUID");
        if (s == null) {
            return null;
        }
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw new DynaqException("The stored value \"" + NumberCodec.abbreviate(s) + "\" cannot be read as a UUID: "
                    + "expected the form 123e4567-e89b-12d3-a456-426614174000", e);
        }
    }

    /**
     * @param type the enum class
     * @param value the stored value, {@code null} or NULL
     * @param <E> the enum type
     * @return the constant whose {@link Enum#name()} is stored, {@code null} if missing
     * @throws DynaqException if the value is not an S or names no constant of {@code type}
     */
    public static <E extends Enum<E>> E toEnum(Class<E> type, AttributeValue value) {
        String s = string(value, type.getName());
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw new DynaqException("The stored value \"" + NumberCodec.abbreviate(s) + "\" is not a constant of enum "
                    + type.getName() + "; was the constant renamed or removed? Enums are stored by name()", e);
        }
    }

    // ------------------------------------------------------------------ helpers

    /**
     * @param value a stored value
     * @return whether it is present but DynamoDB NULL
     */
    static boolean isNull(AttributeValue value) {
        return Boolean.TRUE.equals(value.nul());
    }

    /**
     * @param value a stored value, {@code null} or NULL
     * @return whether the value counts as missing
     */
    static boolean isMissing(AttributeValue value) {
        return value == null || isNull(value);
    }

    private static String number(AttributeValue value, String javaType) {
        if (value == null) {
            return null;
        }
        String n = value.n();
        if (n != null) {
            return n;
        }
        if (isNull(value)) {
            return null;
        }
        throw wrongType(value, "N", javaType);
    }

    private static String string(AttributeValue value, String javaType) {
        if (value == null) {
            return null;
        }
        String s = value.s();
        if (s != null) {
            return s;
        }
        if (isNull(value)) {
            return null;
        }
        throw wrongType(value, "S", javaType);
    }

    private static SdkBytes binary(AttributeValue value, String javaType) {
        if (value == null) {
            return null;
        }
        SdkBytes b = value.b();
        if (b != null) {
            return b;
        }
        if (isNull(value)) {
            return null;
        }
        throw wrongType(value, "B", javaType);
    }

    /**
     * @param value the stored value of the wrong type
     * @param expected the DynamoDB type expected, e.g. {@code "N"}
     * @param javaType the Java type being read
     * @return an exception naming both types and the stored value
     */
    static DynaqException wrongType(AttributeValue value, String expected, String javaType) {
        return new DynaqException("Cannot read " + javaType + " from the stored value "
                + NumberCodec.abbreviate(value.toString()) + ": expected DynamoDB type " + expected + " but found "
                + value.type() + ". Was the attribute written by other code or with another Java type?");
    }
}
