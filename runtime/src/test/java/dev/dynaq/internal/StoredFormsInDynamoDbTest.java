package dev.dynaq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.testsupport.LocalDynamoDb;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** What Values writes is accepted by DynamoDB (Local) and reads back, and sort keys sort as times. */
class StoredFormsInDynamoDbTest {
    private static final DynamoDbClient CLIENT = LocalDynamoDb.client();
    private static String table;

    @BeforeAll
    static void createTable() {
        table = LocalDynamoDb.uniqueTableName("conv_forms");
        CLIENT.createTable(b -> b.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
                .keySchema(
                        KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
    }

    @Test
    void extremeNumbersAreAcceptedAndReadBackEqual() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.fromS("numbers"));
        item.put("sk", AttributeValue.fromS("-"));
        item.put("max", Values.fromBigDecimal(new BigDecimal("9.9999999999999999999999999999999999999E+125")));
        item.put("min", Values.fromBigDecimal(new BigDecimal("-1E-130")));
        item.put("digits", Values.fromBigDecimal(new BigDecimal("1234567890.1234567890123456789012345678")));
        item.put("negativeScale", Values.fromBigDecimal(new BigDecimal("1.2E+4")));
        item.put("bigInteger", Values.fromBigInteger(BigInteger.TEN.pow(125)));
        item.put("double", Values.fromDouble(Math.nextDown(1.0e126)));
        item.put("tiny", Values.fromDouble(1.0e-130));
        item.put("negativeZero", Values.fromDouble(-0.0));
        item.put("long", Values.fromLong(Long.MIN_VALUE));
        item.put("float", Values.fromFloat(Float.MIN_VALUE));
        item.put("set", Converters.numberSetOf(Converters.BIG_DECIMAL)
                .toAttributeValue(Set.of(new BigDecimal("1E-130"), new BigDecimal("-5E+125"))));
        CLIENT.putItem(b -> b.tableName(table).item(item));

        Map<String, AttributeValue> read = CLIENT.getItem(b -> b.tableName(table)
                .key(Map.of("pk", AttributeValue.fromS("numbers"), "sk", AttributeValue.fromS("-")))).item();

        assertThat(Values.toBigDecimal(read.get("max")))
                .isEqualByComparingTo("9.9999999999999999999999999999999999999E+125");
        assertThat(Values.toBigDecimal(read.get("min"))).isEqualByComparingTo("-1E-130");
        assertThat(Values.toBigDecimal(read.get("digits"))).isEqualByComparingTo("1234567890.1234567890123456789012345678");
        assertThat(Values.toInt(read.get("negativeScale"))).isEqualTo(12_000);
        assertThat(Values.toBigInteger(read.get("bigInteger"))).isEqualTo(BigInteger.TEN.pow(125));
        assertThat(Values.toDouble(read.get("double"))).isEqualTo(Math.nextDown(1.0e126));
        assertThat(Values.toDouble(read.get("tiny"))).isEqualTo(1.0e-130);
        assertThat(Values.toDouble(read.get("negativeZero"))).isZero();
        assertThat(Values.toLong(read.get("long"))).isEqualTo(Long.MIN_VALUE);
        assertThat(Values.toFloat(read.get("float"))).isEqualTo(Float.MIN_VALUE);
        assertThat(Converters.numberSetOf(Converters.BIG_DECIMAL).fromAttributeValue(read.get("set")))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("1E-130"), new BigDecimal("-5E+125"));
    }

    @Test
    void instantSortKeysComeBackInTimeOrder() {
        List<Instant> times = List.of(
                Instant.parse("2024-01-01T00:00:00.5Z"),
                Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2023-12-31T23:59:59.999999999Z"),
                Instant.parse("2024-01-01T00:00:00.000000001Z"));
        assertSortKeysComeBackInOrder("instants", times, Values::fromInstant, Values::toInstant);
    }

    @Test
    void offsetDateTimeSortKeysComeBackInInstantOrder() {
        List<OffsetDateTime> times = List.of(
                OffsetDateTime.of(2024, 1, 1, 8, 0, 0, 0, ZoneOffset.ofHours(2)), // 06:00Z
                OffsetDateTime.of(2024, 1, 1, 1, 0, 0, 0, ZoneOffset.ofHours(-7)), // 08:00Z
                OffsetDateTime.of(2024, 1, 1, 7, 0, 0, 0, ZoneOffset.UTC));
        List<OffsetDateTime> read = assertSortKeysComeBackInOrder("offsets", times, Values::fromOffsetDateTime,
                Values::toOffsetDateTime);
        assertThat(read).containsExactly(times.get(0), times.get(2), times.get(1)); // equal, offsets included
    }

    @Test
    void zonedDateTimeAndDurationSortKeysComeBackInOrder() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        assertSortKeysComeBackInOrder("zoned", List.of(
                ZonedDateTime.of(2024, 10, 27, 2, 30, 0, 0, paris).withLaterOffsetAtOverlap(),
                ZonedDateTime.of(2024, 10, 27, 2, 30, 0, 0, paris).withEarlierOffsetAtOverlap(),
                ZonedDateTime.of(2024, 10, 27, 0, 45, 0, 0, ZoneId.of("UTC"))),
                Values::fromZonedDateTime, Values::toZonedDateTime);
        assertSortKeysComeBackInOrder("durations", List.of(Duration.ofHours(2), Duration.ofMillis(1500),
                Duration.ofSeconds(15), Duration.ZERO), Values::fromDuration, Values::toDuration);
    }

    private static <T extends Comparable<? super T>> List<T> assertSortKeysComeBackInOrder(String partition, List<T> values,
            Function<T, AttributeValue> writer, Function<AttributeValue, T> reader) {
        for (T value : values) {
            CLIENT.putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS(partition), "sk",
                    writer.apply(value))));
        }
        List<T> read = CLIENT.query(b -> b.tableName(table).keyConditions(Map.of("pk", Condition.builder()
                .comparisonOperator(ComparisonOperator.EQ).attributeValueList(AttributeValue.fromS(partition)).build())))
                .items().stream().map(item -> reader.apply(item.get("sk"))).toList();
        assertThat(read).isSortedAccordingTo(Comparator.naturalOrder()).hasSameSizeAs(values);
        return read;
    }
}
