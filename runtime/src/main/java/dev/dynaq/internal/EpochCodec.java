package dev.dynaq.internal;

import dev.dynaq.DynaqException;
import dev.dynaq.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

/**
 * The numeric time forms: an {@code Instant} as epoch seconds or epoch milliseconds, a {@code Duration}
 * as decimal seconds. Writing rounds toward the past to the form's unit; reading is exact (a fraction
 * finer than a nanosecond, or a value beyond the Java type, is an error, never silently cut).
 */
final class EpochCodec {
    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

    private EpochCodec() {
    }

    static String formatEpochSeconds(Instant value) {
        return Long.toString(value.getEpochSecond());
    }

    static String formatEpochMillis(Instant value) {
        try {
            return Long.toString(value.toEpochMilli());
        } catch (ArithmeticException e) {
            throw new InvalidValueException("The instant " + value + " cannot be stored as epoch milliseconds: it is"
                    + " beyond the range of a long number of milliseconds");
        }
    }

    /**
     * @return the seconds as the Enhanced Client writes them: whole seconds without a fraction ({@code 90}),
     *     otherwise nine fraction digits ({@code 90.500000000}, {@code -89.500000000})
     */
    static String formatSeconds(Duration value) {
        if (value.getNano() == 0) {
            return Long.toString(value.getSeconds());
        }
        return BigDecimal.valueOf(value.getSeconds()).add(BigDecimal.valueOf(value.getNano(), 9)).toPlainString();
    }

    static Instant parseEpochSeconds(String stored) {
        if (isInteger(stored)) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(stored));
            } catch (NumberFormatException | DateTimeException e) {
                throw unreadable(stored, "Instant (epoch seconds)", e);
            }
        }
        BigDecimal[] parts = wholeAndNanos(decimal(stored, "Instant (epoch seconds)"), stored, "Instant (epoch seconds)");
        try {
            return Instant.ofEpochSecond(parts[0].longValueExact(), parts[1].longValueExact());
        } catch (ArithmeticException | DateTimeException e) {
            throw unreadable(stored, "Instant (epoch seconds)", e);
        }
    }

    static Instant parseEpochMillis(String stored) {
        if (isInteger(stored)) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(stored));
            } catch (NumberFormatException | DateTimeException e) {
                throw unreadable(stored, "Instant (epoch milliseconds)", e);
            }
        }
        BigDecimal[] parts = wholeAndNanos(decimal(stored, "Instant (epoch milliseconds)").movePointLeft(3), stored,
                "Instant (epoch milliseconds)");
        try {
            return Instant.ofEpochSecond(parts[0].longValueExact(), parts[1].longValueExact());
        } catch (ArithmeticException | DateTimeException e) {
            throw unreadable(stored, "Instant (epoch milliseconds)", e);
        }
    }

    static Duration parseSeconds(String stored) {
        if (isInteger(stored)) {
            try {
                return Duration.ofSeconds(Long.parseLong(stored));
            } catch (NumberFormatException e) {
                throw unreadable(stored, "Duration (seconds)", e);
            }
        }
        BigDecimal[] parts = wholeAndNanos(decimal(stored, "Duration (seconds)"), stored, "Duration (seconds)");
        try {
            return Duration.ofSeconds(parts[0].longValueExact(), parts[1].longValueExact());
        } catch (ArithmeticException e) {
            throw unreadable(stored, "Duration (seconds)", e);
        }
    }

    private static BigDecimal decimal(String stored, String type) {
        try {
            return new BigDecimal(stored);
        } catch (NumberFormatException e) {
            throw unreadable(stored, type, e);
        }
    }

    /** @return the whole seconds (rounded toward the past) and the nanoseconds (0 to 999,999,999) of {@code value} */
    private static BigDecimal[] wholeAndNanos(BigDecimal value, String stored, String type) {
        BigDecimal whole = value.setScale(0, RoundingMode.FLOOR);
        BigDecimal nanos = value.subtract(whole).multiply(NANOS_PER_SECOND);
        if (nanos.stripTrailingZeros().scale() > 0) {
            throw new DynaqException("The stored value " + NumberCodec.abbreviate(stored) + " cannot be read as " + type
                    + ": it has digits below a nanosecond");
        }
        return new BigDecimal[] {whole, nanos};
    }

    private static boolean isInteger(String stored) {
        int length = stored.length();
        if (length == 0 || length > 19) {
            return false;
        }
        for (int i = stored.charAt(0) == '-' ? 1 : 0; i < length; i++) {
            char c = stored.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return length > (stored.charAt(0) == '-' ? 1 : 0);
    }

    private static DynaqException unreadable(String stored, String type, RuntimeException cause) {
        return new DynaqException("The stored value " + NumberCodec.abbreviate(stored) + " cannot be read as " + type
                + ": it is not a number of that unit within the Java type's range", cause);
    }
}
