package dev.dynaq.it.roundtrip;

import static dev.dynaq.it.roundtrip.Comparison.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.it.model.Everything;
import dev.dynaq.it.model.EverythingTable;
import dev.dynaq.it.model.Everything_;
import dev.dynaq.testing.DynaqTest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every supported type survives DynamoDB: written with the generated schema through the plain
 * client, read back with {@code getItem}, and stored in the forms the README documents.
 */
@DynaqTest(tables = Everything.class)
class EverythingRoundTripTest {
    private static final Set<String> PRIMITIVES = Set.of("id", "seq", "version", "primitiveInt", "primitiveShort",
            "primitiveByte", "primitiveFloat", "primitiveDouble", "primitiveBoolean");

    private static Map<String, AttributeValue> putAndGet(DynamoDbClient client, Everything item) {
        client.putItem(b -> b.tableName(Everything_.TABLE_NAME).item(Everything_.SCHEMA.toItem(item)));
        return client.getItem(b -> b.tableName(Everything_.TABLE_NAME).consistentRead(true)
                .key(Map.of("id", AttributeValue.fromS(item.id().toString()), "seq", AttributeValue.fromN(Long.toString(item.seq())))))
                .item();
    }

    @Test
    void everyValueReadsBackEqualFieldByField(DynamoDbClient client) {
        Everything full = EverythingValues.full(1);

        Everything read = Everything_.SCHEMA.fromItem(putAndGet(client, full));

        assertThat(fields(read)).isEqualTo(fields(full));
        assertThat(read.bytes()).isNotSameAs(full.bytes()).containsExactly(full.bytes());
    }

    @Test
    void everyValueIsStoredInItsDocumentedForm(DynamoDbClient client) {
        Map<String, AttributeValue> stored = putAndGet(client, EverythingValues.full(2));

        assertThat(stored).hasSize(48);
        assertThat(stored.get("id")).isEqualTo(AttributeValue.fromS(EverythingValues.ID.toString()));
        assertThat(stored.get("seq")).isEqualTo(AttributeValue.fromN("2"));
        assertThat(stored.get("text")).isEqualTo(AttributeValue.fromS("héllo wörld ✓"));
        assertThat(stored.get("primitiveInt")).isEqualTo(AttributeValue.fromN("-2147483648"));
        assertThat(stored.get("boxedLong")).isEqualTo(AttributeValue.fromN("9223372036854775807"));
        assertThat(stored.get("primitiveFloat")).isEqualTo(AttributeValue.fromN("3.1415927"));
        assertThat(stored.get("decimal")).isEqualTo(AttributeValue.fromN("12345678901234567890.123456789012345678"));
        assertThat(stored.get("bigInteger")).isEqualTo(AttributeValue.fromN("-99999999999999999999999999999999999999"));
        assertThat(stored.get("primitiveBoolean")).isEqualTo(AttributeValue.fromBool(true));
        assertThat(stored.get("boxedBoolean")).isEqualTo(AttributeValue.fromBool(false));
        assertThat(stored.get("bytes")).isEqualTo(AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, 1, 2, (byte) 0xFF})));
        assertThat(stored.get("byteBuffer")).isEqualTo(AttributeValue.fromB(SdkBytes.fromUtf8String("buffer")));
        // fixed width: every time type keeps all nine fraction digits, so text order is time order
        assertThat(stored.get("instant").s()).isEqualTo("2026-03-01T10:15:30.123456789Z");
        assertThat(stored.get("localDate").s()).isEqualTo("2026-02-28");
        assertThat(stored.get("localDateTime").s()).isEqualTo("2026-02-28T23:59:59.000000001");
        assertThat(stored.get("localTime").s()).isEqualTo("09:30:00.000000000");
        assertThat(stored.get("offsetDateTime").s()).isEqualTo("2026-03-01T06:30:00.000000000Z+05:30");
        assertThat(stored.get("zonedDateTime").s()).isEqualTo("2026-07-14T06:30:00.000000500Z+02:00[Europe/Paris]");
        assertThat(stored.get("duration").s()).isEqualTo("PT0000000000000000090.500000000S");
        assertThat(stored.get("color")).isEqualTo(AttributeValue.fromS("GREEN"));
        assertThat(stored.get("strings").l()).extracting(AttributeValue::s).containsExactly("a", "", "c");
        assertThat(stored.get("nestedLists").l().get(0).l()).extracting(AttributeValue::s)
                .containsExactly("2026-03-01T10:15:30.123456789Z", "1970-01-01T00:00:00.000000000Z");
        assertThat(stored.get("numbersByName").m()).containsEntry("minus", AttributeValue.fromN("-7"));
        assertThat(stored.get("stringSet").ss()).containsExactlyInAnyOrder("x", "y");
        assertThat(stored.get("numberSet").ns()).containsExactlyInAnyOrder("1", "2", "3");
        assertThat(stored.get("decimalSet").ns()).containsExactlyInAnyOrder("1.5", "-2");
        assertThat(stored.get("binarySet").bs()).hasSize(2);
        assertThat(stored.get("bufferSet").bs()).containsExactly(SdkBytes.fromByteArray(new byte[] {9}));
        assertThat(stored.get("optionalText")).isEqualTo(AttributeValue.fromS(""));
        // documents are maps under their attribute names (@Attribute renames inside documents too);
        // an empty Optional inside a document is omitted like a null
        assertThat(stored.get("address").m()).containsOnlyKeys("street", "zip_code", "city")
                .containsEntry("zip_code", AttributeValue.fromN("10115"));
        assertThat(stored.get("optionalAddress").m()).containsOnlyKeys("street", "zip_code");
        assertThat(stored.get("addresses").l()).hasSize(2).allSatisfy(a -> assertThat(a.m()).containsKey("zip_code"));
        assertThat(stored.get("money")).isEqualTo(AttributeValue.fromS("1999 EUR"));
    }

    @Test
    void nullsAndEmptyOptionalsAreOmittedAndReadBackAsNullEmptyOrZero(DynamoDbClient client) {
        Everything nulls = EverythingValues.nulls(3);

        Map<String, AttributeValue> stored = putAndGet(client, nulls);
        Everything read = Everything_.SCHEMA.fromItem(stored);

        assertThat(stored).containsOnlyKeys(PRIMITIVES);
        assertThat(read.text()).isNull();
        assertThat(read.boxedInt()).isNull();
        assertThat(read.bytes()).isNull();
        assertThat(read.instant()).isNull();
        assertThat(read.strings()).isNull();
        assertThat(read.numbersByName()).isNull();
        assertThat(read.address()).isNull();
        assertThat(read.money()).isNull();
        assertThat(read.optionalText()).isEmpty();
        assertThat(read.optionalAddress()).isEmpty();
        // a missing set reads back as an empty set, never null
        assertThat(List.of(read.stringSet(), read.numberSet(), read.decimalSet(), read.binarySet(), read.bufferSet()))
                .allSatisfy(set -> assertThat(set).isNotNull().isEmpty());
        assertThat(fields(read)).isEqualTo(fields(withEmptySets(nulls)));
    }

    @Test
    void emptySetsAreOmittedWhileEmptyListsAndMapsAreStoredEmpty(DynamoDbClient client) {
        Everything empty = EverythingValues.emptyCollections(4);

        Map<String, AttributeValue> stored = putAndGet(client, empty);
        Everything read = Everything_.SCHEMA.fromItem(stored);

        Set<String> expected = new LinkedHashSet<>(PRIMITIVES);
        expected.addAll(List.of("strings", "nestedLists", "numbersByName", "addressesByName", "addresses"));
        assertThat(stored).containsOnlyKeys(expected);
        assertThat(stored.get("strings").l()).isEmpty();
        assertThat(stored.get("numbersByName").m()).isEmpty();
        assertThat(read.strings()).isEmpty();
        assertThat(read.nestedLists()).containsExactly(List.of());
        assertThat(read.addressesByName()).isEmpty();
        assertThat(fields(read)).isEqualTo(fields(empty));
    }

    @Test
    void theGeneratedTableWritesAndReadsTheSameItem(EverythingTable everything, DynamoDbClient client) {
        Everything full = EverythingValues.full(5);

        everything.put(full);

        Everything read = everything.getConsistent(EverythingValues.ID, 5).orElseThrow();
        // a new versioned item is written with version 1; every other field is as given
        assertThat(fields(read)).isEqualTo(fields(EverythingValues.withVersion(full, 1)));
        assertThat(Everything_.SCHEMA.fromItem(client.getItem(b -> b.tableName(Everything_.TABLE_NAME)
                .key(everything.key(EverythingValues.ID, 5).toMap())).item()).version()).isEqualTo(1);
    }

    private static Everything withEmptySets(Everything item) {
        return new Everything(item.id(), item.seq(), item.version(), item.text(), item.primitiveInt(), item.boxedInt(),
                item.boxedLong(), item.primitiveShort(), item.boxedShort(), item.primitiveByte(), item.boxedByte(),
                item.primitiveFloat(), item.boxedFloat(), item.primitiveDouble(), item.boxedDouble(), item.decimal(),
                item.bigInteger(), item.primitiveBoolean(), item.boxedBoolean(), item.bytes(), item.sdkBytes(), item.byteBuffer(),
                item.instant(), item.localDate(), item.localDateTime(), item.localTime(), item.offsetDateTime(),
                item.zonedDateTime(), item.duration(), item.uuid(), item.color(), item.indexedText(), item.indexedNumber(),
                item.strings(), item.nestedLists(), item.numbersByName(), item.addressesByName(), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), item.address(), item.addresses(),
                item.money());
    }
}
