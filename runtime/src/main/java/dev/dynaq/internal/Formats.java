package dev.dynaq.internal;

import dev.dynaq.AttributeConverter;
import dev.dynaq.DynaqException;
import dev.dynaq.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The storage formats chosen with {@code @Format} or {@code @DynamoTable(formats = …)} other than the
 * defaults (which are {@link Values} and {@link Converters}): straight-line writers and readers called
 * by generated schemas, and one {@link AttributeConverter} per format for metamodel attributes
 * (conditions, keys, cursors). The forms are described by {@code dev.dynaq.annotation.StorageFormat}.
 *
 * <p>Text formats of a time type share the default's reader, which reads any ISO-8601 text; only their
 * writers differ. The numeric formats of {@code Instant} read N in their unit and, leniently, ISO-8601
 * text. Writers round toward the past to the format's unit and reject what the format cannot hold
 * ({@link InvalidValueException}).
 */
public final class Formats {
    private static final AttributeValue ONE = AttributeValue.createN("1");
    private static final AttributeValue ZERO = AttributeValue.createN("0");

    /** Instant as S, {@code Instant.toString()} (the Enhanced Client's form); not in time order. */
    public static final AttributeConverter<Instant> INSTANT_ISO = new Formatted<>("Formats.INSTANT_ISO", Instant.class, Formatted.INSTANT_ISO);
    /** Instant as S {@code yyyy-MM-ddTHH:mm:ss.SSSZ} (the v1 mapper's form of {@code Date}); in time order. */
    public static final AttributeConverter<Instant> INSTANT_ISO_MILLIS = new Formatted<>("Formats.INSTANT_ISO_MILLIS", Instant.class, Formatted.INSTANT_ISO_MILLIS);
    /** Instant as N, whole epoch seconds (DynamoDB's time to live form). */
    public static final AttributeConverter<Instant> INSTANT_EPOCH_SECONDS = new Formatted<>("Formats.INSTANT_EPOCH_SECONDS", Instant.class, Formatted.INSTANT_EPOCH_SECONDS);
    /** Instant as N, epoch milliseconds (the v1 {@code @DynamoDBTypeConvertedEpochDate} form). */
    public static final AttributeConverter<Instant> INSTANT_EPOCH_MILLIS = new Formatted<>("Formats.INSTANT_EPOCH_MILLIS", Instant.class, Formatted.INSTANT_EPOCH_MILLIS);
    /** LocalDate as S, {@code toString()}; fixed width (years 0000-9999), so in date order. */
    public static final AttributeConverter<LocalDate> LOCAL_DATE_ISO = new Formatted<>("Formats.LOCAL_DATE_ISO", LocalDate.class, Formatted.LOCAL_DATE_ISO);
    /**
     * LocalDateTime as S, {@code toString()}: its length varies, but a shorter form is a prefix of the
     * longer ones (omitted seconds and fraction digits are zero), so text order is time order.
     */
    public static final AttributeConverter<LocalDateTime> LOCAL_DATE_TIME_ISO = new Formatted<>("Formats.LOCAL_DATE_TIME_ISO", LocalDateTime.class, Formatted.LOCAL_DATE_TIME_ISO);
    /** LocalTime as S, {@code toString()}; in time order, as {@link #LOCAL_DATE_TIME_ISO}. */
    public static final AttributeConverter<LocalTime> LOCAL_TIME_ISO = new Formatted<>("Formats.LOCAL_TIME_ISO", LocalTime.class, Formatted.LOCAL_TIME_ISO);
    /** OffsetDateTime as S, {@code toString()}; not in time order (local time first, {@code Z} for UTC). */
    public static final AttributeConverter<OffsetDateTime> OFFSET_DATE_TIME_ISO = new Formatted<>("Formats.OFFSET_DATE_TIME_ISO", OffsetDateTime.class, Formatted.OFFSET_DATE_TIME_ISO);
    /** ZonedDateTime as S, {@code toString()}; not in time order. */
    public static final AttributeConverter<ZonedDateTime> ZONED_DATE_TIME_ISO = new Formatted<>("Formats.ZONED_DATE_TIME_ISO", ZonedDateTime.class, Formatted.ZONED_DATE_TIME_ISO);
    /** Duration as S, {@code toString()} ({@code PT1M30.5S}); not in duration order. */
    public static final AttributeConverter<Duration> DURATION_ISO = new Formatted<>("Formats.DURATION_ISO", Duration.class, Formatted.DURATION_ISO);
    /** Duration as N, seconds (nine fraction digits when there is a fraction: the Enhanced Client's form); in duration order. */
    public static final AttributeConverter<Duration> DURATION_SECONDS = new Formatted<>("Formats.DURATION_SECONDS", Duration.class, Formatted.DURATION_SECONDS);
    /** Boolean as N {@code 1}/{@code 0} (the v1 mapper's form); reads BOOL as well. */
    public static final AttributeConverter<Boolean> BOOLEAN_NUMBER = new Formatted<>("Formats.BOOLEAN_NUMBER", Boolean.class, Formatted.BOOLEAN_NUMBER);

    private Formats() {
    }

    // ------------------------------------------------------------------ writers

    /**
     * @param value the value
     * @return S, {@code value.toString()}: {@code 2025-01-01T00:00:00Z}, {@code 2025-01-01T00:00:00.500Z}
     */
    public static AttributeValue fromInstantIso(Instant value) {
        return AttributeValue.createS(value.toString());
    }

    /**
     * @param value the value
     * @return S {@code yyyy-MM-ddTHH:mm:ss.SSSZ}, sub-millisecond digits dropped
     * @throws InvalidValueException if the year is outside 0000-9999
     */
    public static AttributeValue fromInstantIsoMillis(Instant value) {
        String fixed = TimeCodec.formatInstant(value); // yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ
        return AttributeValue.createS(fixed.substring(0, 23) + 'Z');
    }

    /**
     * @param value the value
     * @return N, the whole seconds since the epoch (rounded toward the past)
     */
    public static AttributeValue fromInstantEpochSeconds(Instant value) {
        return AttributeValue.createN(EpochCodec.formatEpochSeconds(value));
    }

    /**
     * @param value the value
     * @return N, the milliseconds since the epoch (rounded toward the past)
     * @throws InvalidValueException if the instant is beyond a {@code long} of milliseconds
     */
    public static AttributeValue fromInstantEpochMillis(Instant value) {
        return AttributeValue.createN(EpochCodec.formatEpochMillis(value));
    }

    /**
     * @param value the value
     * @return S, {@code value.toString()}, the same text as the fixed-width form
     * @throws InvalidValueException if the year is outside 0000-9999 (where the text would not sort in date order)
     */
    public static AttributeValue fromLocalDateIso(LocalDate value) {
        TimeCodec.requireYear(value.getYear(), value);
        return AttributeValue.createS(value.toString());
    }

    /**
     * @param value the value
     * @return S, {@code value.toString()}: {@code 2025-01-01T00:00}, {@code 2025-01-01T00:00:05.000001}
     * @throws InvalidValueException if the year is outside 0000-9999 (where the text would not sort in time order)
     */
    public static AttributeValue fromLocalDateTimeIso(LocalDateTime value) {
        TimeCodec.requireYear(value.getYear(), value);
        return AttributeValue.createS(value.toString());
    }

    /**
     * @param value the value
     * @return S, {@code value.toString()}: {@code 09:30}
     */
    public static AttributeValue fromLocalTimeIso(LocalTime value) {
        return AttributeValue.createS(value.toString());
    }

    /**
     * @param value the value
     * @return S, {@code value.toString()}: {@code 2025-01-01T00:00+02:00}
     */
    public static AttributeValue fromOffsetDateTimeIso(OffsetDateTime value) {
        return AttributeValue.createS(value.toString());
    }

    /**
     * @param value the value
     * @return S, {@code value.toString()}: {@code 2025-01-01T00:00+01:00[Europe/Paris]}
     */
    public static AttributeValue fromZonedDateTimeIso(ZonedDateTime value) {
        return AttributeValue.createS(value.toString());
    }

    /**
     * @param value the value
     * @return S, {@code value.toString()}: {@code PT1M30.5S}
     */
    public static AttributeValue fromDurationIso(Duration value) {
        return AttributeValue.createS(value.toString());
    }

    /**
     * @param value the value
     * @return N, the seconds, with nine fraction digits when there is a fraction: {@code 90}, {@code 90.500000000}
     */
    public static AttributeValue fromDurationSeconds(Duration value) {
        return AttributeValue.createN(EpochCodec.formatSeconds(value));
    }

    /**
     * @param value the value
     * @return N {@code 1} or {@code 0}
     */
    public static AttributeValue fromBooleanNumber(boolean value) {
        return value ? ONE : ZERO;
    }

    // ------------------------------------------------------------------ readers

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the instant, {@code null} if missing
     * @throws DynaqException if the value is neither an N of whole (or decimal) epoch seconds nor an S of ISO-8601 text
     */
    public static Instant toInstantEpochSeconds(AttributeValue value) {
        String n = epochNumber(value);
        return n == null ? textInstant(value) : EpochCodec.parseEpochSeconds(n);
    }

    /**
     * @param value the stored value, {@code null} or NULL
     * @return the instant, {@code null} if missing
     * @throws DynaqException if the value is neither an N of epoch milliseconds nor an S of ISO-8601 text
     */
    public static Instant toInstantEpochMillis(AttributeValue value) {
        String n = epochNumber(value);
        return n == null ? textInstant(value) : EpochCodec.parseEpochMillis(n);
    }

    private static String epochNumber(AttributeValue value) {
        return value == null ? null : value.n();
    }

    private static Instant textInstant(AttributeValue value) {
        if (Values.isMissing(value)) {
            return null;
        }
        if (value.s() == null) {
            throw Values.wrongType(value, "N", "Instant");
        }
        return TimeCodec.parseInstant(value.s());
    }

    /**
     * The lenient part of the {@code Duration} readers: a number of seconds, as the Enhanced Client stores it.
     *
     * @param n the stored number
     * @return the duration
     */
    static Duration durationFromSeconds(String n) {
        return EpochCodec.parseSeconds(n);
    }

    /**
     * The lenient part of the boolean readers: N {@code 1} or {@code 0}, as the v1 mapper stores booleans.
     *
     * @param value a stored value that is not a BOOL
     * @return the boolean, or {@code null} when the value is not N 1 or 0
     */
    static Boolean booleanFromNumber(AttributeValue value) {
        String n = value.n();
        return "1".equals(n) ? Boolean.TRUE : "0".equals(n) ? Boolean.FALSE : null;
    }

    /** The converters of this class, one class for all as in {@link Converters}. */
    private static final class Formatted<V> implements AttributeConverter<V> {
        static final int INSTANT_ISO = 0;
        static final int INSTANT_ISO_MILLIS = 1;
        static final int INSTANT_EPOCH_SECONDS = 2;
        static final int INSTANT_EPOCH_MILLIS = 3;
        static final int LOCAL_DATE_ISO = 4;
        static final int LOCAL_DATE_TIME_ISO = 5;
        static final int LOCAL_TIME_ISO = 6;
        static final int OFFSET_DATE_TIME_ISO = 7;
        static final int ZONED_DATE_TIME_ISO = 8;
        static final int DURATION_ISO = 9;
        static final int DURATION_SECONDS = 10;
        static final int BOOLEAN_NUMBER = 11;

        private final String name;
        private final Class<V> type;
        private final int kind;

        Formatted(String name, Class<V> type, int kind) {
            this.name = name;
            this.type = type;
            this.kind = kind;
        }

        @Override
        public AttributeValue toAttributeValue(V value) {
            return switch (kind) {
                case INSTANT_ISO -> fromInstantIso((Instant) value);
                case INSTANT_ISO_MILLIS -> fromInstantIsoMillis((Instant) value);
                case INSTANT_EPOCH_SECONDS -> fromInstantEpochSeconds((Instant) value);
                case INSTANT_EPOCH_MILLIS -> fromInstantEpochMillis((Instant) value);
                case LOCAL_DATE_ISO -> fromLocalDateIso((LocalDate) value);
                case LOCAL_DATE_TIME_ISO -> fromLocalDateTimeIso((LocalDateTime) value);
                case LOCAL_TIME_ISO -> fromLocalTimeIso((LocalTime) value);
                case OFFSET_DATE_TIME_ISO -> fromOffsetDateTimeIso((OffsetDateTime) value);
                case ZONED_DATE_TIME_ISO -> fromZonedDateTimeIso((ZonedDateTime) value);
                case DURATION_ISO -> fromDurationIso((Duration) value);
                case DURATION_SECONDS -> fromDurationSeconds((Duration) value);
                case BOOLEAN_NUMBER -> fromBooleanNumber((Boolean) value);
                default -> throw new AssertionError(kind);
            };
        }

        @Override
        public V fromAttributeValue(AttributeValue value) {
            Object read = switch (kind) {
                case INSTANT_ISO, INSTANT_ISO_MILLIS -> Values.toInstant(value);
                case INSTANT_EPOCH_SECONDS -> toInstantEpochSeconds(value);
                case INSTANT_EPOCH_MILLIS -> toInstantEpochMillis(value);
                case LOCAL_DATE_ISO -> Values.toLocalDate(value);
                case LOCAL_DATE_TIME_ISO -> Values.toLocalDateTime(value);
                case LOCAL_TIME_ISO -> Values.toLocalTime(value);
                case OFFSET_DATE_TIME_ISO -> Values.toOffsetDateTime(value);
                case ZONED_DATE_TIME_ISO -> Values.toZonedDateTime(value);
                case DURATION_ISO, DURATION_SECONDS -> Values.toDuration(value);
                case BOOLEAN_NUMBER -> Values.toBooleanObject(value);
                default -> throw new AssertionError(kind);
            };
            return type.cast(read);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
