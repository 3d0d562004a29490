package dev.dynaq.processor.model;

import dev.dynaq.processor.model.TypeMapping.Kind;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a scalar is stored, as chosen with {@code @Format} or {@code @DynamoTable(formats = …)}
 * ({@code dev.dynaq.annotation.StorageFormat}, whose constants these mirror, without {@code DEFAULT}).
 */
public enum Format {
    /** Fixed-width ISO-8601 text: the default of every time type. */
    FIXED_WIDTH(Kinds.TIMES, false),
    /**
     * The type's {@code toString()}: in value order for {@code LocalDate}, {@code LocalDateTime} and
     * {@code LocalTime} (a shorter form is a prefix of the longer ones), not for the types whose text
     * ends with an offset or {@code Z} ({@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime})
     * nor for {@code Duration}.
     */
    ISO(Kinds.TIMES, false),
    /** {@code Instant} as {@code yyyy-MM-ddTHH:mm:ss.SSSZ}. */
    ISO_MILLIS(EnumSet.of(Kind.INSTANT), true),
    /** {@code Instant} as N epoch seconds. */
    EPOCH_SECONDS(EnumSet.of(Kind.INSTANT), true),
    /** {@code Instant} as N epoch milliseconds. */
    EPOCH_MILLIS(EnumSet.of(Kind.INSTANT), true),
    /** {@code Duration} as N seconds. */
    SECONDS(EnumSet.of(Kind.DURATION), true),
    /** Booleans as BOOL: the default. */
    BOOL(EnumSet.of(Kind.BOOLEAN), false),
    /** Booleans as N 1/0. */
    NUMBER(EnumSet.of(Kind.BOOLEAN), false),
    /** Enums by {@code name()}: the default. */
    NAME(EnumSet.of(Kind.ENUM), false);

    private final Set<Kind> kinds;
    private final boolean specific;

    Format(Set<Kind> kinds, boolean specific) {
        this.kinds = kinds;
        this.specific = specific;
    }

    /** @return whether the format applies to values of the kind */
    public boolean fits(Kind kind) {
        return kinds.contains(kind);
    }

    /**
     * @return whether the format is made for one type, so that as an entity default it takes precedence
     *     over a format of every time type ({@code {ISO, EPOCH_MILLIS}}: instants in epoch millis, other times ISO)
     */
    public boolean specific() {
        return specific;
    }

    /** @return whether stored values of the kind in this format sort (as DynamoDB compares them) in value order */
    public boolean ordered(Kind kind) {
        return this != ISO || kind == Kind.LOCAL_DATE || kind == Kind.LOCAL_DATE_TIME || kind == Kind.LOCAL_TIME;
    }

    /** @return the DynamoDB type values are stored as, or {@code null} for the kind's own */
    TypeMapping.Stored stored() {
        return switch (this) {
            case EPOCH_SECONDS, EPOCH_MILLIS, SECONDS, NUMBER -> TypeMapping.Stored.N;
            default -> null;
        };
    }

    /** @return the default format of the kind, or {@code null} when the kind has no formats */
    public static Format defaultFor(Kind kind) {
        if (Kinds.TIMES.contains(kind)) {
            return FIXED_WIDTH;
        }
        return switch (kind) {
            case BOOLEAN -> BOOL;
            case ENUM -> NAME;
            default -> null;
        };
    }

    /** The kinds that have storage formats. */
    private static final class Kinds {
        static final Set<Kind> TIMES = EnumSet.of(Kind.INSTANT, Kind.LOCAL_DATE, Kind.LOCAL_DATE_TIME, Kind.LOCAL_TIME,
                Kind.OFFSET_DATE_TIME, Kind.ZONED_DATE_TIME, Kind.DURATION);
    }
}
