package dev.dynaq.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.AttributeConverter;
import dev.dynaq.DynaqException;
import dev.dynaq.InvalidValueException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ConvertersTest {
    private static final AttributeValue NUL = AttributeValue.fromNul(true);

    enum Size { SMALL, LARGE }

    @Test
    void everyScalarConverterRoundTrips() {
        assertRoundTrip(Converters.STRING, "\uD83D\uDE00", "S");
        assertRoundTrip(Converters.INTEGER, Integer.MIN_VALUE, "N");
        assertRoundTrip(Converters.LONG, Long.MAX_VALUE, "N");
        assertRoundTrip(Converters.SHORT, Short.MIN_VALUE, "N");
        assertRoundTrip(Converters.BYTE, Byte.MAX_VALUE, "N");
        assertRoundTrip(Converters.FLOAT, 0.1f, "N");
        assertRoundTrip(Converters.DOUBLE, -1.0e-130, "N");
        assertRoundTrip(Converters.BIG_DECIMAL, new BigDecimal("-9.9999999999999999999999999999999999999E+125"), "N");
        assertRoundTrip(Converters.BIG_INTEGER, BigInteger.TEN.pow(100), "N");
        assertRoundTrip(Converters.BOOLEAN, Boolean.TRUE, "BOOL");
        assertRoundTrip(Converters.SDK_BYTES, SdkBytes.fromByteArray(new byte[] {1, 2}), "B");
        assertRoundTrip(Converters.BYTE_BUFFER, ByteBuffer.wrap(new byte[] {3, 4}), "B");
        assertRoundTrip(Converters.INSTANT, Instant.ofEpochSecond(1_700_000_000L, 5), "S");
        assertRoundTrip(Converters.LOCAL_DATE, LocalDate.of(2024, 2, 29), "S");
        assertRoundTrip(Converters.LOCAL_DATE_TIME, LocalDateTime.of(2024, 2, 29, 23, 59), "S");
        assertRoundTrip(Converters.LOCAL_TIME, LocalTime.NOON, "S");
        assertRoundTrip(Converters.OFFSET_DATE_TIME, OffsetDateTime.of(2024, 1, 1, 8, 0, 0, 0, ZoneOffset.ofHours(2)), "S");
        assertRoundTrip(Converters.ZONED_DATE_TIME, ZonedDateTime.of(2024, 7, 1, 8, 0, 0, 0, ZoneId.of("Europe/Paris")), "S");
        assertRoundTrip(Converters.DURATION, Duration.ofHours(-3), "S");
        assertRoundTrip(Converters.UUID_CONVERTER, UUID.randomUUID(), "S");
        assertRoundTrip(Converters.enumOf(Size.class), Size.LARGE, "S");

        byte[] bytes = {5, 6};
        assertThat(Converters.BYTES.fromAttributeValue(Converters.BYTES.toAttributeValue(bytes))).containsExactly(5, 6);
    }

    @Test
    void everyPublicConverterConstantIsSet() throws IllegalAccessException {
        for (Field field : Converters.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == AttributeConverter.class) {
                assertThat(field.get(null)).as(field.getName()).isNotNull();
                assertThat(field.get(null).toString()).isEqualTo("Converters." + field.getName());
            }
        }
    }

    @Test
    void scalarConvertersReadDynamoDbNullAsNull() {
        assertThat(Converters.INTEGER.fromAttributeValue(NUL)).isNull();
        assertThat(Converters.STRING.fromAttributeValue(NUL)).isNull();
        assertThat(Converters.INSTANT.fromAttributeValue(NUL)).isNull();
        assertThat(Converters.enumOf(Size.class).fromAttributeValue(NUL)).isNull();
    }

    @Test
    void scalarConvertersValidateLikeValues() {
        assertThatThrownBy(() -> Converters.DOUBLE.toAttributeValue(Double.NaN)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Converters.enumOf(Size.class).fromAttributeValue(AttributeValue.fromS("HUGE")))
                .isInstanceOf(DynaqException.class)
                .hasMessageContaining("\"HUGE\" is not a constant of enum " + Size.class.getName());
    }

    @Test
    void listsStoreNullElementsAsDynamoDbNullAndReadThemBack() {
        AttributeConverter<List<String>> converter = Converters.listOf(Converters.STRING);
        List<String> value = Arrays.asList("a", null, "");
        AttributeValue stored = converter.toAttributeValue(value);
        assertThat(stored.l()).containsExactly(AttributeValue.fromS("a"), NUL, AttributeValue.fromS(""));
        List<String> read = converter.fromAttributeValue(stored);
        assertThat(read).containsExactly("a", null, "").isInstanceOf(ArrayList.class);
        read.add("mutable");
    }

    @Test
    void emptyListsAreStoredAsEmptyListsNotOmitted() {
        AttributeConverter<List<Integer>> converter = Converters.listOf(Converters.INTEGER);
        AttributeValue stored = converter.toAttributeValue(List.of());
        assertThat(stored.hasL()).isTrue();
        assertThat(converter.fromAttributeValue(stored)).isEmpty();
        assertThat(converter.fromAttributeValue(NUL)).isNull();
    }

    @Test
    void emptyMapKeysAreRefused() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("", 1);
        assertThatThrownBy(() -> Converters.mapOf(Converters.INTEGER).toAttributeValue(map))
                .isInstanceOf(dev.dynaq.InvalidValueException.class).hasMessageContaining("empty key");
    }

    @Test
    void nestedListsAndMapsRoundTrip() {
        AttributeConverter<List<Map<String, List<Integer>>>> converter =
                Converters.listOf(Converters.mapOf(Converters.listOf(Converters.INTEGER)));
        Map<String, List<Integer>> first = new LinkedHashMap<>();
        first.put("z", List.of(1, 2));
        first.put("a", List.of());
        first.put(" ", Arrays.asList(3, null)); // not "": DynamoDB refuses empty map keys (see emptyMapKeysAreRefused)
        first.put("gone", null);
        List<Map<String, List<Integer>>> value = Arrays.asList(first, Map.of(), null);

        List<Map<String, List<Integer>>> read = converter.fromAttributeValue(converter.toAttributeValue(value));

        assertThat(read).isEqualTo(value);
        assertThat(read.get(0)).isInstanceOf(LinkedHashMap.class);
        assertThat(read.get(0).keySet()).containsExactly("z", "a", " ", "gone");
        assertThat(converter.toString()).isEqualTo("Converters.listOf(Converters.mapOf(Converters.listOf(Converters.INTEGER)))");
    }

    @Test
    void mapsKeepKeysAndReadIntoMutableMaps() {
        AttributeConverter<Map<String, Instant>> converter = Converters.mapOf(Converters.INSTANT);
        Map<String, Instant> value = new LinkedHashMap<>();
        value.put("created at", Instant.EPOCH);
        value.put("\uD83D\uDE00", Instant.ofEpochSecond(1, 1));
        Map<String, Instant> read = converter.fromAttributeValue(converter.toAttributeValue(value));
        assertThat(read).isEqualTo(value).isInstanceOf(LinkedHashMap.class);
        read.put("more", Instant.EPOCH);
    }

    @Test
    void aMapWithANullKeyIsRejected() {
        Map<String, String> value = new LinkedHashMap<>();
        value.put(null, "x");
        assertThatThrownBy(() -> Converters.mapOf(Converters.STRING).toAttributeValue(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("A map stored as DynamoDB M cannot have a null key");
    }

    @Test
    void collectionReadersRejectOtherTypes() {
        assertThatThrownBy(() -> Converters.listOf(Converters.STRING).fromAttributeValue(AttributeValue.fromS("x")))
                .isInstanceOf(DynaqException.class)
                .hasMessageContaining("expected DynamoDB type L but found S");
        assertThatThrownBy(() -> Converters.mapOf(Converters.STRING).fromAttributeValue(AttributeValue.fromL(List.of())))
                .hasMessageContaining("expected DynamoDB type M but found L");
        assertThatThrownBy(() -> Converters.stringSetOf(Converters.STRING).fromAttributeValue(AttributeValue.fromNs(List.of("1"))))
                .hasMessageContaining("expected DynamoDB type SS but found NS");
    }

    @Test
    void setsRoundTripAsSsNsAndBs() {
        AttributeConverter<Set<String>> strings = Converters.stringSetOf(Converters.STRING);
        AttributeConverter<Set<BigDecimal>> numbers = Converters.numberSetOf(Converters.BIG_DECIMAL);
        AttributeConverter<Set<SdkBytes>> binaries = Converters.binarySetOf(Converters.SDK_BYTES);
        AttributeConverter<Set<UUID>> uuids = Converters.stringSetOf(Converters.UUID_CONVERTER);
        Set<String> someStrings = new LinkedHashSet<>(List.of("b", "a", ""));
        Set<BigDecimal> someNumbers = new LinkedHashSet<>(List.of(new BigDecimal("1.5"), BigDecimal.TEN.negate()));
        Set<SdkBytes> someBinaries = Set.of(SdkBytes.fromUtf8String("x"), SdkBytes.fromUtf8String("y"));
        Set<UUID> someUuids = Set.of(UUID.randomUUID(), UUID.randomUUID());

        assertThat(strings.toAttributeValue(someStrings).ss()).containsExactly("b", "a", "");
        assertThat(numbers.toAttributeValue(someNumbers).ns()).containsExactly("1.5", "-10");
        assertThat(binaries.toAttributeValue(someBinaries).bs()).hasSize(2);
        Set<String> readStrings = strings.fromAttributeValue(strings.toAttributeValue(someStrings));
        assertThat(readStrings).containsExactly("b", "a", "").isInstanceOf(LinkedHashSet.class);
        readStrings.add("mutable");
        assertThat(numbers.fromAttributeValue(numbers.toAttributeValue(someNumbers))).isEqualTo(someNumbers);
        assertThat(binaries.fromAttributeValue(binaries.toAttributeValue(someBinaries))).isEqualTo(someBinaries);
        assertThat(uuids.fromAttributeValue(uuids.toAttributeValue(someUuids))).isEqualTo(someUuids);
    }

    @Test
    void anEmptySetIsOmittedAndDynamoDbNullReadsAsAnEmptyMutableSet() {
        AttributeConverter<Set<Integer>> converter = Converters.numberSetOf(Converters.INTEGER);
        assertThat(converter.toAttributeValue(Set.of())).isNull();
        Set<Integer> read = converter.fromAttributeValue(NUL);
        assertThat(read).isEmpty();
        read.add(1);
    }

    @Test
    void setsRejectNullElementsAndElementsOfTheWrongStoredType() {
        Set<String> withNull = new LinkedHashSet<>(Arrays.asList("a", null));
        assertThatThrownBy(() -> Converters.stringSetOf(Converters.STRING).toAttributeValue(withNull))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("A set stored as DynamoDB SS cannot contain null; remove the null element");
        assertThatThrownBy(() -> Converters.stringSetOf(Converters.INTEGER).toAttributeValue(Set.of(1)))
                .isInstanceOf(DynaqException.class)
                .hasMessage("The element converter Converters.INTEGER must convert every element of a SS set to S,"
                        + " but converted 1 otherwise");
    }

    @Test
    void numberSetsValidateTheirElements() {
        assertThatThrownBy(() -> Converters.numberSetOf(Converters.DOUBLE).toAttributeValue(Set.of(Double.NaN)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("numbers must be finite");
    }

    private static <V> void assertRoundTrip(AttributeConverter<V> converter, V value, String storedType) {
        AttributeValue stored = converter.toAttributeValue(value);
        assertThat(stored.type()).as(converter.toString()).hasToString(storedType);
        assertThat(converter.fromAttributeValue(stored)).as(converter.toString()).isEqualTo(value);
    }
}
