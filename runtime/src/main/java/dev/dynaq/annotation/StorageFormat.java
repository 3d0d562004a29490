package dev.dynaq.annotation;

/**
 * How a value is stored in DynamoDB, chosen per property with {@link Format @Format} or for a whole
 * entity with {@link DynamoTable#formats()} / {@link DynamoDocument#formats()}. Each constant applies
 * to one family of Java types; the defaults are {@link #FIXED_WIDTH} for times, {@link #BOOL} for
 * booleans and {@link #NAME} for enums.
 *
 * <p>Reading is lenient wherever that is unambiguous: every text format of a time type reads every
 * other ISO-8601 text of that type ({@code FIXED_WIDTH} reads {@code ISO} and the reverse), the epoch
 * formats also read ISO-8601 text, {@code Duration} reads a number of seconds as well as text, and
 * booleans read both {@code BOOL} and the numbers {@code 1}/{@code 0}. Writing, conditions and keys
 * always use the chosen format.
 *
 * <table>
 * <caption>Formats by type</caption>
 * <tr><th>format</th><th>types</th><th>stored</th><th>sorts in value order</th></tr>
 * <tr><td>{@link #FIXED_WIDTH}</td><td>every time type</td><td>S, {@code 2025-01-01T00:00:00.500000000Z}</td><td>yes</td></tr>
 * <tr><td>{@link #ISO}</td><td>every time type</td><td>S, {@code toString()}: {@code 2025-01-01T00:00:00.500Z}</td><td>only {@code LocalDate}, {@code LocalDateTime}, {@code LocalTime}</td></tr>
 * <tr><td>{@link #ISO_MILLIS}</td><td>{@code Instant}</td><td>S, {@code 2025-01-01T00:00:00.500Z}, always 3 digits</td><td>yes</td></tr>
 * <tr><td>{@link #EPOCH_SECONDS}</td><td>{@code Instant}</td><td>N, {@code 1735689600}</td><td>yes</td></tr>
 * <tr><td>{@link #EPOCH_MILLIS}</td><td>{@code Instant}</td><td>N, {@code 1735689600500}</td><td>yes</td></tr>
 * <tr><td>{@link #SECONDS}</td><td>{@code Duration}</td><td>N, {@code 90}, {@code 90.500000000}</td><td>yes</td></tr>
 * <tr><td>{@link #BOOL}</td><td>{@code boolean}, {@code Boolean}</td><td>BOOL</td><td>-</td></tr>
 * <tr><td>{@link #NUMBER}</td><td>{@code boolean}, {@code Boolean}</td><td>N, {@code 1} or {@code 0}</td><td>-</td></tr>
 * <tr><td>{@link #NAME}</td><td>enums</td><td>S, {@code name()}</td><td>by name</td></tr>
 * </table>
 *
 * <p>A sort key (of the table or of an index) must sort in value order: DynamoDB compares sort keys
 * as stored, so range conditions over {@code ISO} text with mixed precision miss items
 * ({@code "…00Z"} sorts after {@code "…00.500Z"}). Such a sort key is a compile error unless
 * acknowledged with {@code @Format(value = ISO, unordered = true)}, and then only {@code eq}
 * conditions are generated on it. Attributes whose format does not sort in value order have no
 * {@code lt}/{@code between}/… filter conditions either.
 */
public enum StorageFormat {
    /**
     * On {@link Format @Format}: the entity's default for the property's type
     * ({@link DynamoTable#formats()}), else the type's default. Not allowed among the entity's defaults.
     */
    DEFAULT,
    /**
     * Time types: fixed-width ISO-8601 text (nine fraction digits, UTC instant first), so that text
     * order is time order. The default; see the README for each type's form.
     */
    FIXED_WIDTH,
    /**
     * Time types: the type's {@code toString()} form, exactly as the AWS SDK v2 Enhanced Client writes
     * it ({@code 2025-01-01T00:00:00Z}, {@code 2025-01-01T00:00:00.500Z}, {@code 2025-01-01T00:00},
     * {@code 2025-01-01T00:00+02:00}, {@code 2025-01-01T00:00+01:00[Europe/Paris]}, {@code PT1M30.5S}).
     * Its length varies with the precision, so text order is not time order for {@code Instant},
     * {@code OffsetDateTime}, {@code ZonedDateTime} ({@code "…00Z"} sorts after {@code "…00.500Z"}) and
     * {@code Duration}; it is for {@code LocalDate}, {@code LocalDateTime} and {@code LocalTime}, whose
     * shorter forms are prefixes of the longer ones. Years 0000-9999 only.
     */
    ISO,
    /**
     * {@code Instant}: {@code yyyy-MM-ddTHH:mm:ss.SSSZ}, always three fraction digits, UTC: the form the
     * AWS SDK v1 {@code DynamoDBMapper} writes for {@code java.util.Date} and {@code Calendar}. Fixed
     * width, so text order is time order; sub-millisecond digits are dropped (rounded toward the past)
     * when writing; years 0000-9999.
     */
    ISO_MILLIS,
    /**
     * {@code Instant}: N, whole seconds since 1970-01-01T00:00:00Z, as DynamoDB's time to live expects;
     * the fraction of a second is dropped (rounded toward the past) when writing. Reads also accept a
     * fraction ({@code 1735689600.5}) and ISO-8601 text.
     */
    EPOCH_SECONDS,
    /**
     * {@code Instant}: N, milliseconds since 1970-01-01T00:00:00Z, as the AWS SDK v1
     * {@code @DynamoDBTypeConvertedEpochDate} writes them; sub-millisecond digits are dropped (rounded
     * toward the past) when writing. Reads also accept ISO-8601 text.
     */
    EPOCH_MILLIS,
    /**
     * {@code Duration}: N, the seconds, with nine fraction digits when there is a fraction ({@code 90},
     * {@code 90.500000000}): the Enhanced Client's form for {@code Duration}. Numbers sort in value order,
     * negative durations included.
     */
    SECONDS,
    /** Booleans: BOOL, the default. */
    BOOL,
    /** Booleans: N {@code 1} for true and {@code 0} for false, as the AWS SDK v1 {@code DynamoDBMapper} writes them. */
    NUMBER,
    /** Enums: S, the constant's {@code name()}, the default (for another mapping use {@link Convert @Convert}). */
    NAME
}
