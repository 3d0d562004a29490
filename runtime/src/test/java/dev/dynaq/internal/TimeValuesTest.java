package dev.dynaq.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.DynaqException;
import dev.dynaq.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class TimeValuesTest {
    private static final long MIN_SECOND = LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long MAX_SECOND = LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);
    private static final AttributeValue NUL = AttributeValue.fromNul(true);

    private final Random random = new Random(20240131L);

    // ---------------------------------------------------------------- stored forms

    @Test
    void everyTypeIsStoredInItsFixedWidthForm() {
        assertThat(Values.fromInstant(Instant.parse("2024-01-31T09:30:00Z")).s())
                .isEqualTo("2024-01-31T09:30:00.000000000Z");
        assertThat(Values.fromLocalDate(LocalDate.of(2024, 1, 31)).s()).isEqualTo("2024-01-31");
        assertThat(Values.fromLocalDateTime(LocalDateTime.of(2024, 1, 31, 9, 30, 0, 5)).s())
                .isEqualTo("2024-01-31T09:30:00.000000005");
        assertThat(Values.fromLocalTime(LocalTime.of(9, 5)).s()).isEqualTo("09:05:00.000000000");
        assertThat(Values.fromOffsetDateTime(OffsetDateTime.parse("2024-01-01T08:00:00+02:00")).s())
                .isEqualTo("2024-01-01T06:00:00.000000000Z+02:00");
        assertThat(Values.fromOffsetDateTime(OffsetDateTime.parse("2024-01-01T08:00:00Z")).s())
                .isEqualTo("2024-01-01T08:00:00.000000000Z+00:00");
        assertThat(Values.fromZonedDateTime(ZonedDateTime.parse("2024-01-31T09:30:00+01:00[Europe/Paris]")).s())
                .isEqualTo("2024-01-31T08:30:00.000000000Z+01:00[Europe/Paris]");
        assertThat(Values.fromDuration(Duration.ofSeconds(90, 500_000_000)).s())
                .isEqualTo("PT0000000000000000090.500000000S");
        assertThat(Values.fromDuration(Duration.ofMillis(-500)).s())
                .isEqualTo("PT-0000000000000000000.500000000S");
    }

    @Test
    void storedDurationsAreUnderstoodByDurationParse() {
        for (Duration d : durations()) {
            assertThat(Duration.parse(Values.fromDuration(d).s())).isEqualTo(d);
        }
    }

    // ---------------------------------------------------------------- round trips

    @Test
    void instantsRoundTripIncludingTheExtremesOfFourDigitYears() {
        List<Instant> values = new ArrayList<>(List.of(
                Instant.EPOCH,
                Instant.ofEpochSecond(MIN_SECOND),
                Instant.ofEpochSecond(MAX_SECOND, 999_999_999),
                Instant.ofEpochSecond(-1, 1)));
        for (int i = 0; i < 500; i++) {
            values.add(randomInstant());
        }
        for (Instant value : values) {
            assertThat(Values.toInstant(Values.fromInstant(value))).isEqualTo(value);
        }
    }

    @Test
    void localTypesRoundTrip() {
        for (int i = 0; i < 500; i++) {
            LocalDateTime dateTime = LocalDateTime.ofEpochSecond(randomSecond(), random.nextInt(1_000_000_000),
                    ZoneOffset.UTC);
            assertThat(Values.toLocalDateTime(Values.fromLocalDateTime(dateTime))).isEqualTo(dateTime);
            assertThat(Values.toLocalDate(Values.fromLocalDate(dateTime.toLocalDate())))
                    .isEqualTo(dateTime.toLocalDate());
            assertThat(Values.toLocalTime(Values.fromLocalTime(dateTime.toLocalTime())))
                    .isEqualTo(dateTime.toLocalTime());
        }
        assertThat(Values.toLocalDate(Values.fromLocalDate(LocalDate.of(0, 1, 1)))).isEqualTo(LocalDate.of(0, 1, 1));
        assertThat(Values.toLocalTime(Values.fromLocalTime(LocalTime.MAX))).isEqualTo(LocalTime.MAX);
    }

    @Test
    void offsetDateTimesRoundTripWithTheirExactOffset() {
        List<OffsetDateTime> values = new ArrayList<>(List.of(
                OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(5, 30, 15)),
                OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(-3, -30, -1)),
                OffsetDateTime.of(2024, 6, 1, 12, 0, 0, 1, ZoneOffset.MAX),
                OffsetDateTime.of(2024, 6, 1, 12, 0, 0, 1, ZoneOffset.MIN),
                OffsetDateTime.of(2024, 6, 1, 12, 0, 0, 1, ZoneOffset.UTC)));
        for (int i = 0; i < 300; i++) {
            values.add(randomOffsetDateTime());
        }
        for (OffsetDateTime value : values) {
            OffsetDateTime read = Values.toOffsetDateTime(Values.fromOffsetDateTime(value));
            assertThat(read).isEqualTo(value);
            assertThat(read.getOffset()).isEqualTo(value.getOffset());
        }
    }

    @Test
    void zonedDateTimesRoundTripEqualIncludingZoneAndDaylightSavingOverlaps() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        ZonedDateTime overlap = ZonedDateTime.ofLocal(LocalDateTime.of(2024, 10, 27, 2, 30), paris, null);
        List<ZonedDateTime> values = List.of(
                overlap.withEarlierOffsetAtOverlap(),
                overlap.withLaterOffsetAtOverlap(),
                ZonedDateTime.of(2024, 3, 31, 3, 30, 0, 0, paris),
                ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneId.of("UTC")),
                ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-7)),
                ZonedDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_999, ZoneId.of("Asia/Kathmandu")));
        for (ZonedDateTime value : values) {
            assertThat(Values.toZonedDateTime(Values.fromZonedDateTime(value))).isEqualTo(value);
        }
    }

    @Test
    void durationsRoundTripIncludingNegativeAndExtremeOnes() {
        for (Duration d : durations()) {
            assertThat(Values.toDuration(Values.fromDuration(d))).isEqualTo(d);
        }
    }

    // ---------------------------------------------------------------- ordering

    @Test
    void instantTextOrderIsTimeOrderUnlikeInstantToString() {
        Instant whole = Instant.parse("2024-01-01T00:00:00Z");
        Instant half = Instant.parse("2024-01-01T00:00:00.5Z");
        assertThat(whole.toString().compareTo(half.toString())).isPositive(); // why plain toString is not enough
        assertThat(Values.fromInstant(whole).s().compareTo(Values.fromInstant(half).s())).isNegative();
    }

    @Test
    void instantTextOrderIsTimeOrderForRandomPairs() {
        for (int i = 0; i < 3000; i++) {
            Instant a = randomInstant();
            Instant b = i % 3 == 0 ? a.plusNanos(random.nextInt(2_000_000_000) - 1_000_000_000L) : randomInstant();
            assertSameOrder(a, b, Values::fromInstant);
        }
    }

    @Test
    void localDateTimeAndLocalDateTextOrderIsTimeOrder() {
        for (int i = 0; i < 3000; i++) {
            LocalDateTime a = LocalDateTime.ofInstant(randomInstant(), ZoneOffset.UTC);
            LocalDateTime b = i % 3 == 0 ? a.withNano(random.nextInt(1_000_000_000)) : LocalDateTime.ofInstant(
                    randomInstant(), ZoneOffset.UTC);
            assertSameOrder(a, b, Values::fromLocalDateTime);
            assertSameOrder(a.toLocalDate(), b.toLocalDate(), Values::fromLocalDate);
        }
    }

    @Test
    void localTimeTextOrderIsTimeOrder() {
        for (int i = 0; i < 3000; i++) {
            LocalTime a = LocalTime.ofNanoOfDay(Math.floorMod(random.nextLong(), LocalTime.MAX.toNanoOfDay() + 1));
            LocalTime b = i % 2 == 0 ? a.withNano(random.nextBoolean() ? 0 : random.nextInt(1_000_000_000))
                    : LocalTime.ofSecondOfDay(random.nextInt(86_400));
            assertSameOrder(a, b, Values::fromLocalTime);
        }
    }

    @Test
    void offsetDateTimeTextOrderIsInstantOrderAcrossDifferentOffsets() {
        for (int i = 0; i < 3000; i++) {
            OffsetDateTime a = randomOffsetDateTime();
            OffsetDateTime b = i % 3 == 0
                    ? a.toInstant().plusSeconds(random.nextInt(7200) - 3600L).atOffset(randomOffset())
                    : randomOffsetDateTime();
            int byTime = Integer.signum(a.toInstant().compareTo(b.toInstant()));
            int byText = Integer.signum(Values.fromOffsetDateTime(a).s().compareTo(Values.fromOffsetDateTime(b).s()));
            if (byTime != 0) {
                assertThat(byText).as("%s vs %s", a, b).isEqualTo(byTime);
            }
        }
    }

    @Test
    void zonedDateTimeTextOrderIsInstantOrder() {
        ZoneId[] zones = {ZoneId.of("Europe/Paris"), ZoneId.of("America/New_York"), ZoneId.of("Asia/Tokyo"), ZoneOffset.UTC};
        for (int i = 0; i < 1000; i++) {
            ZonedDateTime a = randomInstant().atZone(zones[random.nextInt(zones.length)]);
            ZonedDateTime b = a.toInstant().plusMillis(random.nextInt(7_200_000) - 3_600_000L)
                    .atZone(zones[random.nextInt(zones.length)]);
            int byTime = Integer.signum(a.toInstant().compareTo(b.toInstant()));
            int byText = Integer.signum(Values.fromZonedDateTime(a).s().compareTo(Values.fromZonedDateTime(b).s()));
            if (byTime != 0) {
                assertThat(byText).as("%s vs %s", a, b).isEqualTo(byTime);
            }
        }
    }

    @Test
    void nonNegativeDurationTextOrderIsDurationOrder() {
        for (int i = 0; i < 3000; i++) {
            Duration a = randomNonNegativeDuration();
            Duration b = i % 3 == 0 ? a.plusNanos(random.nextInt(1_000_000_000)) : randomNonNegativeDuration();
            assertSameOrder(a, b, Values::fromDuration);
        }
        assertSameOrder(Duration.ofSeconds(1), Duration.ofSeconds(0, 999_999_999), Values::fromDuration);
        assertSameOrder(Duration.ofSeconds(10), Duration.ofSeconds(9), Values::fromDuration);
    }

    @Test
    void negativeDurationsSortBeforeNonNegativeOnes() {
        String negative = Values.fromDuration(Duration.ofNanos(-1)).s();
        String zero = Values.fromDuration(Duration.ZERO).s();
        assertThat(negative.compareTo(zero)).isNegative();
    }

    // ---------------------------------------------------------------- strict writing

    @Test
    void yearsOutsideFourDigitsAreRejectedOnWrite() {
        assertThatThrownBy(() -> Values.fromLocalDate(LocalDate.of(10_000, 1, 1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("The date-time +10000-01-01 cannot be stored: Dynaq stores times as fixed-width ISO-8601"
                        + " text so that text order is time order, which only holds for years 0000 to 9999");
        assertThatThrownBy(() -> Values.fromLocalDateTime(LocalDateTime.of(-1, 12, 31, 0, 0)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Values.fromInstant(Instant.MAX)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Values.fromInstant(Instant.ofEpochSecond(MIN_SECOND - 1)))
                .isInstanceOf(InvalidValueException.class);
        // The UTC instant decides: local year 0000 at +01:00 is year -1 in UTC.
        assertThatThrownBy(() -> Values.fromOffsetDateTime(OffsetDateTime.of(0, 1, 1, 0, 30, 0, 0,
                ZoneOffset.ofHours(1)))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Values.fromZonedDateTime(ZonedDateTime.of(LocalDateTime.MAX, ZoneOffset.UTC)))
                .isInstanceOf(InvalidValueException.class);
    }

    // ---------------------------------------------------------------- lenient reading

    @Test
    void plainIso8601WrittenByOtherToolsIsRead() {
        assertThat(Values.toInstant(AttributeValue.fromS("2024-01-01T00:00:00Z")))
                .isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(Values.toInstant(AttributeValue.fromS("2024-01-01T02:00:00.5+02:00")))
                .isEqualTo(Instant.parse("2024-01-01T00:00:00.5Z"));
        assertThat(Values.toLocalDateTime(AttributeValue.fromS("2024-01-01T10:15")))
                .isEqualTo(LocalDateTime.of(2024, 1, 1, 10, 15));
        assertThat(Values.toLocalTime(AttributeValue.fromS("10:15:30"))).isEqualTo(LocalTime.of(10, 15, 30));
        assertThat(Values.toOffsetDateTime(AttributeValue.fromS("2024-01-01T10:00+02:00")))
                .isEqualTo(OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(Values.toZonedDateTime(AttributeValue.fromS("2024-01-01T10:00+01:00[Europe/Paris]")))
                .isEqualTo(ZonedDateTime.of(2024, 1, 1, 10, 0, 0, 0, ZoneId.of("Europe/Paris")));
        assertThat(Values.toDuration(AttributeValue.fromS("PT1H30M"))).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void textThatIsNoTimeIsReportedWithAnExample() {
        assertThatThrownBy(() -> Values.toInstant(AttributeValue.fromS("yesterday")))
                .isInstanceOf(DynaqException.class)
                .hasMessage("The stored value \"yesterday\" cannot be read as Instant: expected ISO-8601 text such as"
                        + " 2024-01-31T09:30:00.000000000Z");
        assertThatThrownBy(() -> Values.toLocalDate(AttributeValue.fromS("2024-02-30")))
                .hasMessageContaining("cannot be read as LocalDate");
        assertThatThrownBy(() -> Values.toZonedDateTime(
                AttributeValue.fromS("2024-01-31T08:30:00.000000000Z+01:00[Nowhere/Atlantis]")))
                .hasMessageContaining("cannot be read as ZonedDateTime");
        assertThatThrownBy(() -> Values.toDuration(AttributeValue.fromS("PT9999999999999999999.000000000S")))
                .hasMessageContaining("cannot be read as Duration");
    }

    @Test
    void missingTimesReadAsNullAndOtherTypesAreRejected() {
        assertThat(Values.toInstant(null)).isNull();
        assertThat(Values.toInstant(NUL)).isNull();
        assertThat(Values.toLocalDate(NUL)).isNull();
        assertThat(Values.toLocalDateTime(NUL)).isNull();
        assertThat(Values.toLocalTime(NUL)).isNull();
        assertThat(Values.toOffsetDateTime(NUL)).isNull();
        assertThat(Values.toZonedDateTime(NUL)).isNull();
        assertThat(Values.toDuration(null)).isNull();
        assertThatThrownBy(() -> Values.toInstant(AttributeValue.fromN("1700000000")))
                .isInstanceOf(DynaqException.class)
                .hasMessageContaining("Cannot read Instant")
                .hasMessageContaining("expected DynamoDB type S but found N");
    }

    // ---------------------------------------------------------------- helpers

    private static <T extends Comparable<? super T>> void assertSameOrder(T a, T b, Function<T, AttributeValue> writer) {
        int byTime = Integer.signum(a.compareTo(b));
        int byText = Integer.signum(writer.apply(a).s().compareTo(writer.apply(b).s()));
        assertThat(byText).as("order of %s and %s", a, b).isEqualTo(byTime);
    }

    private long randomSecond() {
        return MIN_SECOND + Math.floorMod(random.nextLong(), MAX_SECOND - MIN_SECOND);
    }

    private Instant randomInstant() {
        int nanos;
        switch (random.nextInt(4)) {
            case 0:
                nanos = 0;
                break;
            case 1:
                nanos = random.nextInt(10) * 100_000_000;
                break;
            case 2:
                nanos = random.nextInt(1000) * 1_000_000;
                break;
            default:
                nanos = random.nextInt(1_000_000_000);
                break;
        }
        // Half near one another (same day), half anywhere in years 0000-9999.
        long second = random.nextBoolean() ? 1_704_067_200L + random.nextInt(86_400) : randomSecond();
        return Instant.ofEpochSecond(second, nanos);
    }

    private ZoneOffset randomOffset() {
        int seconds = random.nextInt(10) == 0
                ? random.nextInt(2 * 64_800 + 1) - 64_800
                : (random.nextInt(2 * 72 + 1) - 72) * 900;
        return ZoneOffset.ofTotalSeconds(seconds);
    }

    private OffsetDateTime randomOffsetDateTime() {
        Instant instant = randomInstant();
        while (instant.getEpochSecond() < MIN_SECOND + 86_400 || instant.getEpochSecond() > MAX_SECOND - 86_400) {
            instant = randomInstant();
        }
        return instant.atOffset(randomOffset());
    }

    private Duration randomNonNegativeDuration() {
        long seconds;
        switch (random.nextInt(3)) {
            case 0:
                seconds = random.nextInt(100);
                break;
            case 1:
                seconds = random.nextInt(Integer.MAX_VALUE);
                break;
            default:
                seconds = random.nextLong() & Long.MAX_VALUE;
                break;
        }
        return Duration.ofSeconds(seconds, random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
    }

    private List<Duration> durations() {
        List<Duration> values = new ArrayList<>(List.of(Duration.ZERO, Duration.ofNanos(1), Duration.ofNanos(-1),
                Duration.ofMillis(-500), Duration.ofSeconds(-1), Duration.ofSeconds(Long.MAX_VALUE, 999_999_999),
                Duration.ofSeconds(Long.MIN_VALUE), Duration.ofSeconds(Long.MIN_VALUE, 1), Duration.ofDays(-365)));
        for (int i = 0; i < 200; i++) {
            Duration d = randomNonNegativeDuration();
            values.add(i % 2 == 0 ? d : d.negated());
        }
        return values;
    }
}
