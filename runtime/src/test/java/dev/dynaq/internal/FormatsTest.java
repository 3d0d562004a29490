package dev.dynaq.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.AttributeConverter;
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
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class FormatsTest {
    private static final Instant NOON = Instant.parse("2025-01-01T12:00:00Z");

    @Test
    void isoFormsAreTheToStringFormsTheEnhancedClientWrites() {
        assertThat(Formats.fromInstantIso(NOON).s()).isEqualTo("2025-01-01T12:00:00Z");
        assertThat(Formats.fromInstantIso(NOON.plusMillis(500)).s()).isEqualTo("2025-01-01T12:00:00.500Z");
        assertThat(Formats.fromLocalDateTimeIso(LocalDateTime.of(2025, 1, 1, 0, 0)).s()).isEqualTo("2025-01-01T00:00");
        assertThat(Formats.fromLocalTimeIso(LocalTime.of(9, 30)).s()).isEqualTo("09:30");
        assertThat(Formats.fromOffsetDateTimeIso(OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2))).s())
                .isEqualTo("2025-01-01T00:00+02:00");
        assertThat(Formats.fromZonedDateTimeIso(ZonedDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneId.of("Europe/Paris"))).s())
                .isEqualTo("2025-01-01T00:00+01:00[Europe/Paris]");
        assertThat(Formats.fromDurationIso(Duration.ofSeconds(90, 500_000_000)).s()).isEqualTo("PT1M30.5S");
        assertThat(Formats.fromLocalDateIso(LocalDate.of(2025, 1, 1)).s()).isEqualTo("2025-01-01");
    }

    @Test
    void everyFormatReadsBackWhatItWrites() {
        Random random = new Random(13);
        for (int i = 0; i < 2_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L),
                    random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000_000));
            assertThat(Formats.INSTANT_ISO.fromAttributeValue(Formats.INSTANT_ISO.toAttributeValue(instant))).isEqualTo(instant);
            Instant millis = Instant.ofEpochMilli(instant.toEpochMilli());
            assertThat(roundTrip(Formats.INSTANT_ISO_MILLIS, instant)).isEqualTo(millis);
            assertThat(roundTrip(Formats.INSTANT_EPOCH_MILLIS, instant)).isEqualTo(millis);
            assertThat(roundTrip(Formats.INSTANT_EPOCH_SECONDS, instant)).isEqualTo(Instant.ofEpochSecond(instant.getEpochSecond()));
            Duration duration = Duration.ofSeconds(random.nextLong(-1_000_000_000_000L, 1_000_000_000_000L), random.nextInt(1_000_000_000));
            assertThat(roundTrip(Formats.DURATION_SECONDS, duration)).isEqualTo(duration);
            assertThat(roundTrip(Formats.DURATION_ISO, duration)).isEqualTo(duration);
            LocalDateTime local = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
            assertThat(roundTrip(Formats.LOCAL_DATE_TIME_ISO, local)).isEqualTo(local);
            assertThat(roundTrip(Formats.LOCAL_TIME_ISO, local.toLocalTime())).isEqualTo(local.toLocalTime());
            assertThat(roundTrip(Formats.LOCAL_DATE_ISO, local.toLocalDate())).isEqualTo(local.toLocalDate());
            OffsetDateTime offset = instant.atOffset(ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 3600, 18 * 3600)));
            assertThat(roundTrip(Formats.OFFSET_DATE_TIME_ISO, offset)).isEqualTo(offset);
            ZonedDateTime zoned = instant.atZone(ZoneId.of("America/New_York"));
            assertThat(roundTrip(Formats.ZONED_DATE_TIME_ISO, zoned)).isEqualTo(zoned);
        }
        assertThat(roundTrip(Formats.BOOLEAN_NUMBER, true)).isTrue();
        assertThat(roundTrip(Formats.BOOLEAN_NUMBER, false)).isFalse();
    }

    @Test
    void writersRoundTowardThePastToTheirUnit() {
        Instant before = Instant.parse("1969-12-31T23:59:59.999999999Z");
        assertThat(Formats.fromInstantEpochSeconds(before).n()).isEqualTo("-1");
        assertThat(Formats.fromInstantEpochMillis(before).n()).isEqualTo("-1");
        assertThat(Formats.fromInstantIsoMillis(before).s()).isEqualTo("1969-12-31T23:59:59.999Z");
        assertThat(Formats.fromInstantEpochSeconds(NOON.plusMillis(999)).n()).isEqualTo("1735732800");
        assertThat(Formats.fromInstantEpochMillis(NOON.plusNanos(1_999_999)).n()).isEqualTo("1735732800001");
        assertThat(Formats.fromInstantIsoMillis(NOON).s()).isEqualTo("2025-01-01T12:00:00.000Z");
        assertThat(Formats.fromDurationSeconds(Duration.ofSeconds(90, 500_000_000)).n()).isEqualTo("90.500000000");
        assertThat(Formats.fromDurationSeconds(Duration.ofSeconds(-90, 500_000_000)).n()).isEqualTo("-89.500000000");
        assertThat(Formats.fromDurationSeconds(Duration.ofSeconds(90)).n()).isEqualTo("90");
        assertThat(Formats.fromDurationSeconds(Duration.ofSeconds(-1, 1)).n()).isEqualTo("-0.999999999");
        assertThat(Formats.fromBooleanNumber(true).n()).isEqualTo("1");
        assertThat(Formats.fromBooleanNumber(false).n()).isEqualTo("0");
    }

    @Test
    void orderedFormatsSortInTimeOrderAndIsoDoesNot() {
        List<Instant> instants = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            instants.add(NOON.plusSeconds(random.nextInt(3)).plusMillis(random.nextInt(2) * random.nextInt(1000)));
        }
        for (AttributeConverter<Instant> converter : List.of(Formats.INSTANT_ISO_MILLIS, Converters.INSTANT)) {
            List<Instant> byText = new ArrayList<>(instants);
            byText.sort(Comparator.comparing(i -> converter.toAttributeValue(i).s()));
            assertThat(byText).as(converter.toString()).isSortedAccordingTo(Comparator.naturalOrder());
        }
        List<Instant> byIso = new ArrayList<>(instants);
        byIso.sort(Comparator.comparing(i -> Formats.fromInstantIso(i).s()));
        assertThat(byIso).isNotEqualTo(instants.stream().sorted().toList());
        // the case of the issue: "…00Z" sorts after "…00.500Z"
        assertThat(Formats.fromInstantIso(NOON).s()).isGreaterThan(Formats.fromInstantIso(NOON.plusMillis(500)).s());
    }

    @Test
    void isoOfLocalTypesSortsInTimeOrderAsTheirShorterFormsArePrefixes() {
        Random random = new Random(11);
        List<LocalDateTime> values = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            int nanos = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            values.add(LocalDateTime.of(random.nextInt(3) + 2024, 1, 1, random.nextInt(2), random.nextInt(2),
                    random.nextInt(3) == 0 ? 0 : random.nextInt(60), nanos));
        }
        List<LocalDateTime> byText = new ArrayList<>(values);
        byText.sort(Comparator.comparing(v -> Formats.fromLocalDateTimeIso(v).s()));
        assertThat(byText).isSortedAccordingTo(Comparator.naturalOrder());
        List<LocalTime> times = new ArrayList<>(values.stream().map(LocalDateTime::toLocalTime).toList());
        times.sort(Comparator.comparing(v -> Formats.fromLocalTimeIso(v).s()));
        assertThat(times).isSortedAccordingTo(Comparator.naturalOrder());
        assertThatThrownBy(() -> Formats.fromLocalDateTimeIso(LocalDateTime.of(10_000, 1, 1, 0, 0)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void readsAreLenientWhereUnambiguous() {
        AttributeValue iso = AttributeValue.fromS("2025-01-01T12:00:00Z");
        AttributeValue fixed = Values.fromInstant(NOON);
        for (AttributeConverter<Instant> converter : List.of(Converters.INSTANT, Formats.INSTANT_ISO, Formats.INSTANT_ISO_MILLIS,
                Formats.INSTANT_EPOCH_SECONDS, Formats.INSTANT_EPOCH_MILLIS)) {
            assertThat(converter.fromAttributeValue(iso)).as(converter.toString()).isEqualTo(NOON);
            assertThat(converter.fromAttributeValue(fixed)).as(converter.toString()).isEqualTo(NOON);
        }
        assertThat(Formats.toInstantEpochSeconds(AttributeValue.fromN("1735732800.25"))).isEqualTo(NOON.plusMillis(250));
        assertThat(Formats.toInstantEpochMillis(AttributeValue.fromN("1735732800000.5"))).isEqualTo(NOON.plusNanos(500_000));
        assertThat(Formats.toInstantEpochSeconds(null)).isNull();
        assertThat(Formats.toInstantEpochMillis(AttributeValue.fromNul(true))).isNull();
        // Duration: every Duration reader reads the Enhanced Client's seconds and any ISO text
        for (AttributeConverter<Duration> converter : List.of(Converters.DURATION, Formats.DURATION_ISO, Formats.DURATION_SECONDS)) {
            assertThat(converter.fromAttributeValue(AttributeValue.fromN("90.5"))).isEqualTo(Duration.ofMillis(90_500));
            assertThat(converter.fromAttributeValue(AttributeValue.fromS("PT1M30.5S"))).isEqualTo(Duration.ofMillis(90_500));
        }
        // booleans: both forms, whatever the format
        for (AttributeConverter<Boolean> converter : List.of(Converters.BOOLEAN, Formats.BOOLEAN_NUMBER)) {
            assertThat(converter.fromAttributeValue(AttributeValue.fromN("1"))).isTrue();
            assertThat(converter.fromAttributeValue(AttributeValue.fromN("0"))).isFalse();
            assertThat(converter.fromAttributeValue(AttributeValue.fromBool(true))).isTrue();
        }
        assertThat(Values.toBoolean(AttributeValue.fromN("1"))).isTrue();
    }

    @Test
    void ambiguousOrBrokenValuesAreErrorsNamingTheTypes() {
        // a number for a text time format is ambiguous (seconds? milliseconds?)
        assertThatThrownBy(() -> Converters.INSTANT.fromAttributeValue(AttributeValue.fromN("1735732800")))
                .isInstanceOf(DynaqException.class).hasMessageContaining("expected DynamoDB type S but found N");
        assertThatThrownBy(() -> Formats.INSTANT_EPOCH_SECONDS.fromAttributeValue(AttributeValue.fromBool(true)))
                .isInstanceOf(DynaqException.class).hasMessageContaining("expected DynamoDB type N but found BOOL");
        assertThatThrownBy(() -> Converters.BOOLEAN.fromAttributeValue(AttributeValue.fromN("2")))
                .isInstanceOf(DynaqException.class).hasMessageContaining("expected DynamoDB type BOOL but found N");
        assertThatThrownBy(() -> Formats.toInstantEpochSeconds(AttributeValue.fromN("1.0000000001")))
                .isInstanceOf(DynaqException.class).hasMessageContaining("below a nanosecond");
        assertThatThrownBy(() -> Formats.toInstantEpochMillis(AttributeValue.fromN("99999999999999999999999")))
                .isInstanceOf(DynaqException.class).hasMessageContaining("Instant (epoch milliseconds)");
        assertThatThrownBy(() -> Formats.fromInstantEpochMillis(Instant.MAX))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("epoch milliseconds");
        assertThatThrownBy(() -> Formats.fromInstantIsoMillis(Instant.parse("+10000-01-01T00:00:00Z")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("0000 to 9999");
    }

    private static <V> V roundTrip(AttributeConverter<V> converter, V value) {
        return converter.fromAttributeValue(converter.toAttributeValue(value));
    }
}
