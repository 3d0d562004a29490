package dev.dynaq.internal;

import dev.dynaq.DynaqException;
import dev.dynaq.InvalidValueException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Fixed-width ISO-8601 text for the {@code java.time} types, so that comparing the stored strings
 * (as DynamoDB does for sort keys and conditions) compares the times.
 *
 * <table>
 * <caption>Stored forms</caption>
 * <tr><th>type</th><th>form</th><th>example</th></tr>
 * <tr><td>Instant</td><td>{@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ}</td><td>{@code 2024-01-31T09:30:00.000000000Z}</td></tr>
 * <tr><td>LocalDate</td><td>{@code yyyy-MM-dd}</td><td>{@code 2024-01-31}</td></tr>
 * <tr><td>LocalDateTime</td><td>{@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnn}</td><td>{@code 2024-01-31T09:30:00.000000000}</td></tr>
 * <tr><td>LocalTime</td><td>{@code HH:mm:ss.nnnnnnnnn}</td><td>{@code 09:30:00.000000000}</td></tr>
 * <tr><td>OffsetDateTime</td><td>UTC instant, then the offset</td><td>{@code 2024-01-31T07:30:00.000000000Z+02:00}</td></tr>
 * <tr><td>ZonedDateTime</td><td>UTC instant, offset, {@code [zone]}</td><td>{@code 2024-01-31T08:30:00.000000000Z+01:00[Europe/Paris]}</td></tr>
 * <tr><td>Duration</td><td>{@code PT}, 19-digit seconds, 9-digit fraction, {@code S}</td><td>{@code PT0000000000000000090.500000000S}</td></tr>
 * </table>
 *
 * <p>Writing is strict: years outside 0000-9999 would break the fixed width and are rejected with an
 * {@link InvalidValueException}. Reading is lenient: any ISO-8601 text that {@code java.time} parses
 * (as written by other tools, e.g. {@code Instant.toString()}) is accepted; the fixed-width form takes
 * a fast path without {@code DateTimeFormatter}.
 */
final class TimeCodec {
    private static final long MIN_EPOCH_SECOND = -62_167_219_200L; // 0000-01-01T00:00:00Z
    private static final long MAX_EPOCH_SECOND_EXCLUSIVE = 253_402_300_800L; // 10000-01-01T00:00:00Z
    private static final int MAX_YEAR = 9999;

    private static final int DATE_LENGTH = 10;
    private static final int TIME_LENGTH = 18;
    private static final int DATE_TIME_LENGTH = DATE_LENGTH + 1 + TIME_LENGTH;
    private static final int INSTANT_LENGTH = DATE_TIME_LENGTH + 1;
    private static final int DURATION_LENGTH = 32;
    private static final int SECONDS_DIGITS = 19;

    private TimeCodec() {
    }

    // ---------------------------------------------------------------- writing

    static String formatInstant(Instant value) {
        char[] buffer = new char[INSTANT_LENGTH];
        putInstant(buffer, value, value);
        return new String(buffer);
    }

    static String formatLocalDate(LocalDate value) {
        requireYear(value.getYear(), value);
        char[] buffer = new char[DATE_LENGTH];
        putDate(buffer, 0, value.getYear(), value.getMonthValue(), value.getDayOfMonth());
        return new String(buffer);
    }

    static String formatLocalDateTime(LocalDateTime value) {
        requireYear(value.getYear(), value);
        char[] buffer = new char[DATE_TIME_LENGTH];
        putDateTime(buffer, value);
        return new String(buffer);
    }

    static String formatLocalTime(LocalTime value) {
        char[] buffer = new char[TIME_LENGTH];
        putTime(buffer, 0, value.getHour(), value.getMinute(), value.getSecond(), value.getNano());
        return new String(buffer);
    }

    static String formatOffsetDateTime(OffsetDateTime value) {
        ZoneOffset offset = value.getOffset();
        char[] buffer = new char[INSTANT_LENGTH + offsetLength(offset)];
        putInstant(buffer, value.toInstant(), value);
        putOffset(buffer, INSTANT_LENGTH, offset);
        return new String(buffer);
    }

    static String formatZonedDateTime(ZonedDateTime value) {
        ZoneOffset offset = value.getOffset();
        String zone = value.getZone().getId();
        int offsetEnd = INSTANT_LENGTH + offsetLength(offset);
        char[] buffer = new char[offsetEnd + zone.length() + 2];
        putInstant(buffer, value.toInstant(), value);
        putOffset(buffer, INSTANT_LENGTH, offset);
        buffer[offsetEnd] = '[';
        zone.getChars(0, zone.length(), buffer, offsetEnd + 1);
        buffer[buffer.length - 1] = ']';
        return new String(buffer);
    }

    static String formatDuration(Duration value) {
        long seconds = value.getSeconds();
        int nanos = value.getNano();
        boolean negative = seconds < 0;
        if (negative && nanos != 0) {
            seconds = -(seconds + 1); // |value| = (-seconds - 1) s + (1e9 - nanos) ns, never overflows
            nanos = 1_000_000_000 - nanos;
        } else if (negative) {
            seconds = -seconds; // Long.MIN_VALUE stays negative here: formatted as unsigned below
        }
        int start = negative ? 3 : 2;
        char[] buffer = new char[DURATION_LENGTH + (negative ? 1 : 0)];
        buffer[0] = 'P';
        buffer[1] = 'T';
        if (negative) {
            buffer[2] = '-';
        }
        putUnsignedLong(buffer, start, SECONDS_DIGITS, seconds);
        buffer[start + SECONDS_DIGITS] = '.';
        putDigits(buffer, start + SECONDS_DIGITS + 1, 9, nanos);
        buffer[buffer.length - 1] = 'S';
        return new String(buffer);
    }

    private static void putInstant(char[] buffer, Instant instant, Object original) {
        long epochSecond = instant.getEpochSecond();
        if (epochSecond < MIN_EPOCH_SECOND || epochSecond >= MAX_EPOCH_SECOND_EXCLUSIVE) {
            throw yearOutOfRange(original);
        }
        putDateTime(buffer, LocalDateTime.ofEpochSecond(epochSecond, instant.getNano(), ZoneOffset.UTC));
        buffer[DATE_TIME_LENGTH] = 'Z';
    }

    private static void putDateTime(char[] buffer, LocalDateTime value) {
        putDate(buffer, 0, value.getYear(), value.getMonthValue(), value.getDayOfMonth());
        buffer[DATE_LENGTH] = 'T';
        putTime(buffer, DATE_LENGTH + 1, value.getHour(), value.getMinute(), value.getSecond(), value.getNano());
    }

    private static void putDate(char[] buffer, int at, int year, int month, int day) {
        putDigits(buffer, at, 4, year);
        buffer[at + 4] = '-';
        putDigits(buffer, at + 5, 2, month);
        buffer[at + 7] = '-';
        putDigits(buffer, at + 8, 2, day);
    }

    private static void putTime(char[] buffer, int at, int hour, int minute, int second, int nano) {
        putDigits(buffer, at, 2, hour);
        buffer[at + 2] = ':';
        putDigits(buffer, at + 3, 2, minute);
        buffer[at + 5] = ':';
        putDigits(buffer, at + 6, 2, second);
        buffer[at + 8] = '.';
        putDigits(buffer, at + 9, 9, nano);
    }

    private static int offsetLength(ZoneOffset offset) {
        return offset.getTotalSeconds() % 60 == 0 ? 6 : 9;
    }

    /** Writes {@code +HH:MM} or {@code +HH:MM:SS}; UTC is {@code +00:00}. */
    private static void putOffset(char[] buffer, int at, ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int absolute = Math.abs(total);
        buffer[at] = total < 0 ? '-' : '+';
        putDigits(buffer, at + 1, 2, absolute / 3600);
        buffer[at + 3] = ':';
        putDigits(buffer, at + 4, 2, absolute / 60 % 60);
        if (absolute % 60 != 0) {
            buffer[at + 6] = ':';
            putDigits(buffer, at + 7, 2, absolute % 60);
        }
    }

    private static void putDigits(char[] buffer, int at, int width, int value) {
        int remaining = value;
        for (int i = at + width - 1; i >= at; i--) {
            buffer[i] = (char) ('0' + remaining % 10);
            remaining /= 10;
        }
    }

    private static void putUnsignedLong(char[] buffer, int at, int width, long value) {
        long remaining = value;
        for (int i = at + width - 1; i >= at; i--) {
            buffer[i] = (char) ('0' + Long.remainderUnsigned(remaining, 10));
            remaining = Long.divideUnsigned(remaining, 10);
        }
    }

    static void requireYear(int year, Object value) {
        if (year < 0 || year > MAX_YEAR) {
            throw yearOutOfRange(value);
        }
    }

    private static InvalidValueException yearOutOfRange(Object value) {
        return new InvalidValueException("The date-time " + value + " cannot be stored: Dynaq stores times as fixed-width"
                + " ISO-8601 text so that text order is time order, which only holds for years 0000 to 9999");
    }

    // ---------------------------------------------------------------- reading

    static Instant parseInstant(String stored) {
        if (stored.length() == INSTANT_LENGTH && stored.charAt(DATE_TIME_LENGTH) == 'Z') {
            LocalDateTime utc = parseFixedDateTime(stored, 0);
            if (utc != null) {
                return utc.toInstant(ZoneOffset.UTC);
            }
        }
        try {
            return Instant.parse(stored);
        } catch (DateTimeException e) {
            throw unreadable(stored, "Instant", "2024-01-31T09:30:00.000000000Z", e);
        }
    }

    static LocalDate parseLocalDate(String stored) {
        if (stored.length() == DATE_LENGTH) {
            LocalDate date = parseFixedDate(stored, 0);
            if (date != null) {
                return date;
            }
        }
        try {
            return LocalDate.parse(stored);
        } catch (DateTimeException e) {
            throw unreadable(stored, "LocalDate", "2024-01-31", e);
        }
    }

    static LocalDateTime parseLocalDateTime(String stored) {
        if (stored.length() == DATE_TIME_LENGTH) {
            LocalDateTime dateTime = parseFixedDateTime(stored, 0);
            if (dateTime != null) {
                return dateTime;
            }
        }
        try {
            return LocalDateTime.parse(stored);
        } catch (DateTimeException e) {
            throw unreadable(stored, "LocalDateTime", "2024-01-31T09:30:00.000000000", e);
        }
    }

    static LocalTime parseLocalTime(String stored) {
        if (stored.length() == TIME_LENGTH) {
            LocalTime time = parseFixedTime(stored, 0);
            if (time != null) {
                return time;
            }
        }
        try {
            return LocalTime.parse(stored);
        } catch (DateTimeException e) {
            throw unreadable(stored, "LocalTime", "09:30:00.000000000", e);
        }
    }

    static OffsetDateTime parseOffsetDateTime(String stored) {
        if (stored.length() > INSTANT_LENGTH && stored.charAt(DATE_TIME_LENGTH) == 'Z') {
            LocalDateTime utc = parseFixedDateTime(stored, 0);
            ZoneOffset offset = utc == null ? null : parseOffset(stored, INSTANT_LENGTH, stored.length());
            if (offset != null) {
                return OffsetDateTime.ofInstant(utc.toInstant(ZoneOffset.UTC), offset);
            }
        }
        try {
            return OffsetDateTime.parse(stored);
        } catch (DateTimeException e) {
            throw unreadable(stored, "OffsetDateTime", "2024-01-31T07:30:00.000000000Z+02:00", e);
        }
    }

    static ZonedDateTime parseZonedDateTime(String stored) {
        int open = stored.indexOf('[');
        if (open > INSTANT_LENGTH && stored.charAt(DATE_TIME_LENGTH) == 'Z' && stored.endsWith("]")) {
            LocalDateTime utc = parseFixedDateTime(stored, 0);
            if (utc != null && parseOffset(stored, INSTANT_LENGTH, open) != null) {
                try {
                    ZoneId zone = ZoneId.of(stored.substring(open + 1, stored.length() - 1));
                    // The instant and the zone determine the offset; the stored offset is for readers.
                    return ZonedDateTime.ofInstant(utc, ZoneOffset.UTC, zone);
                } catch (DateTimeException e) {
                    throw unreadable(stored, "ZonedDateTime", "2024-01-31T08:30:00.000000000Z+01:00[Europe/Paris]", e);
                }
            }
        }
        try {
            return ZonedDateTime.parse(stored);
        } catch (DateTimeException e) {
            throw unreadable(stored, "ZonedDateTime", "2024-01-31T08:30:00.000000000Z+01:00[Europe/Paris]", e);
        }
    }

    static Duration parseDuration(String stored) {
        Duration fast = parseFixedDuration(stored);
        if (fast != null) {
            return fast;
        }
        try {
            return Duration.parse(stored);
        } catch (DateTimeException | ArithmeticException e) {
            throw unreadable(stored, "Duration", "PT0000000000000000090.500000000S", e);
        }
    }

    private static Duration parseFixedDuration(String stored) {
        boolean negative = stored.length() == DURATION_LENGTH + 1;
        if (!negative && stored.length() != DURATION_LENGTH) {
            return null;
        }
        int start = negative ? 3 : 2;
        if (stored.charAt(0) != 'P' || stored.charAt(1) != 'T' || (negative && stored.charAt(2) != '-')
                || stored.charAt(start + SECONDS_DIGITS) != '.' || stored.charAt(stored.length() - 1) != 'S') {
            return null;
        }
        long seconds = 0;
        for (int i = start; i < start + SECONDS_DIGITS; i++) {
            int digit = digit(stored, i);
            if (digit < 0 || seconds > (Long.MAX_VALUE - digit) / 10) {
                return null; // not digits, or beyond a long: let Duration.parse report it
            }
            seconds = seconds * 10 + digit;
        }
        int nanos = parseDigits(stored, start + SECONDS_DIGITS + 1, 9);
        if (nanos < 0) {
            return null;
        }
        return negative ? Duration.ofSeconds(-seconds, -nanos) : Duration.ofSeconds(seconds, nanos);
    }

    /** Parses {@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnn} at {@code at}; null if the text has another shape. */
    private static LocalDateTime parseFixedDateTime(String text, int at) {
        if (text.charAt(at + DATE_LENGTH) != 'T') {
            return null;
        }
        LocalDate date = parseFixedDate(text, at);
        LocalTime time = date == null ? null : parseFixedTime(text, at + DATE_LENGTH + 1);
        return time == null ? null : LocalDateTime.of(date, time);
    }

    private static LocalDate parseFixedDate(String text, int at) {
        int year = parseDigits(text, at, 4);
        int month = parseDigits(text, at + 5, 2);
        int day = parseDigits(text, at + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31
                || text.charAt(at + 4) != '-' || text.charAt(at + 7) != '-') {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // e.g. February 30th: the lenient parser reports it
        }
    }

    private static LocalTime parseFixedTime(String text, int at) {
        int hour = parseDigits(text, at, 2);
        int minute = parseDigits(text, at + 3, 2);
        int second = parseDigits(text, at + 6, 2);
        int nano = parseDigits(text, at + 9, 9);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || nano < 0
                || text.charAt(at + 2) != ':' || text.charAt(at + 5) != ':' || text.charAt(at + 8) != '.') {
            return null;
        }
        return LocalTime.of(hour, minute, second, nano);
    }

    /** Parses {@code +HH:MM} or {@code +HH:MM:SS} (also {@code Z}) in {@code [from, to)}; null otherwise. */
    private static ZoneOffset parseOffset(String text, int from, int to) {
        int length = to - from;
        if (length == 1 && text.charAt(from) == 'Z') {
            return ZoneOffset.UTC;
        }
        if (length != 6 && length != 9) {
            return null;
        }
        char sign = text.charAt(from);
        int hours = parseDigits(text, from + 1, 2);
        int minutes = parseDigits(text, from + 4, 2);
        int seconds = length == 9 ? parseDigits(text, from + 7, 2) : 0;
        if ((sign != '+' && sign != '-') || text.charAt(from + 3) != ':' || (length == 9 && text.charAt(from + 6) != ':')
                || hours < 0 || minutes < 0 || seconds < 0) {
            return null;
        }
        try {
            return sign == '+'
                    ? ZoneOffset.ofHoursMinutesSeconds(hours, minutes, seconds)
                    : ZoneOffset.ofHoursMinutesSeconds(-hours, -minutes, -seconds);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The value of {@code count} decimal digits at {@code at}, or -1 if any of them is not a digit. */
    private static int parseDigits(String text, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            int digit = digit(text, i);
            if (digit < 0) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static int digit(String text, int index) {
        char c = text.charAt(index);
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }

    private static DynaqException unreadable(String stored, String type, String example, RuntimeException cause) {
        return new DynaqException("The stored value \"" + NumberCodec.abbreviate(stored) + "\" cannot be read as "
                + type + ": expected ISO-8601 text such as " + example, cause);
    }
}
