package dev.dynaq.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.Attribute;
import dev.dynaq.InvalidValueException;
import dev.dynaq.it.model.Address;
import dev.dynaq.it.model.Color;
import dev.dynaq.it.model.Everything;
import dev.dynaq.it.model.EverythingTable;
import dev.dynaq.it.model.Everything_;
import dev.dynaq.it.model.Money;
import dev.dynaq.it.queries.LocalClients;
import dev.dynaq.it.queries.SdkItemCounter;
import dev.dynaq.testing.DynamoDbLocal;
import java.lang.reflect.RecordComponent;
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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Round-trip fidelity of every supported type and of nested documents through the generated schema
 * ({@code toItem}/{@code fromItem}), with edge values mixed into random ones, and a sample through
 * DynamoDB Local; values DynamoDB cannot store are refused with {@link InvalidValueException} before
 * any request. Compared after normalising what DynamoDB itself normalises: byte arrays by content,
 * numbers by value ({@code 1.50} reads back as {@code 1.5}), {@code -0.0} as {@code 0}.
 */
class RoundTripPropertiesTest {
    private static final String TABLE = "rel_everything";
    private static final String TREES = "rel_trees";
    private static final AtomicInteger THROUGH_DYNAMODB = new AtomicInteger();
    /** Tells the reads the direct path decoded (the SDK unmarshals none of their items) from the others. */
    private static final SdkItemCounter SDK_ITEMS = new SdkItemCounter();
    private static DynamoDbClient client;

    @BeforeContainer
    static void createTables() {
        DynamoDbLocal.shared().createTable(Everything_.SCHEMA, TABLE);
        DynamoDbLocal.shared().createTable(RelTree_.SCHEMA, TREES);
        client = LocalClients.builder(true)
                .httpClient(Apache5HttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(SDK_ITEMS))
                .build();
    }

    @AfterContainer
    static void dropTables() {
        client.close();
        DynamoDbLocal.shared().deleteTable(TABLE);
        DynamoDbLocal.shared().deleteTable(TREES);
        System.out.printf("[reliability] round trip: %d random entities stored and read back through DynamoDB Local%n",
                THROUGH_DYNAMODB.get());
    }

    // ---- whole entities

    @Property(tries = 1000)
    void everyTypeRoundTripsThroughTheSchema(@ForAll("everything") Everything item) {
        assertThat(normalize(Everything_.SCHEMA.fromItem(Everything_.SCHEMA.toItem(item)))).isEqualTo(normalize(item));
    }

    @Property(tries = 150)
    void everyTypeRoundTripsThroughDynamoDbLocal(@ForAll("everything") Everything item) {
        EverythingTable table = EverythingTable.create(DynamoDbLocal.shared().client(), TABLE);
        Everything written = table.save(item);
        Everything read = table.getConsistent(item.id(), item.seq()).orElseThrow();
        assertThat(normalize(read)).isEqualTo(normalize(written));
        THROUGH_DYNAMODB.incrementAndGet();
    }

    @Property(tries = 150)
    void bothReadPathsGiveTheSameEntities(@ForAll("everything") Everything item, @ForAll("unknownAttributes") long seed) {
        EverythingTable direct = EverythingTable.create(client, TABLE);
        EverythingTable ordinary = direct.withDirectDecoding(false);
        Everything written = direct.save(item);
        Random random = new Random(seed);
        Map<String, AttributeValue> extra = new LinkedHashMap<>();
        if (random.nextBoolean()) {
            // Attributes the entity does not map, of every type, with nested empties, and NULLs.
            extra.put("zUnknownS", AttributeValue.fromS("\uD83D\uDE00 " + text(random)));
            extra.put("zUnknownN", AttributeValue.fromN("1234567890123456789012345678901234567.8"));
            extra.put("zUnknownB", AttributeValue.fromB(SdkBytes.fromByteArray(bytes(random, 1))));
            extra.put("zUnknownNull", AttributeValue.fromNul(true));
            extra.put("zUnknownM", AttributeValue.fromM(Map.of("empty", AttributeValue.fromM(Map.of()),
                    "list", AttributeValue.fromL(List.of(AttributeValue.fromL(List.of()), AttributeValue.fromNul(true))))));
            extra.put("zUnknownSs", AttributeValue.fromSs(List.of("a", "\uD834\uDD1E")));
            extra.put("zUnknownBool", AttributeValue.fromBool(false));
        }
        if (random.nextBoolean()) {
            // A mapped attribute stored as DynamoDB NULL reads as null.
            extra.put(Everything_.text.name(), AttributeValue.fromNul(true));
            extra.put(Everything_.boxedInt.name(), AttributeValue.fromNul(true));
        }
        if (!extra.isEmpty()) {
            Map<String, AttributeValue> stored = new LinkedHashMap<>(Everything_.SCHEMA.toItem(written));
            stored.putAll(extra);
            DynamoDbLocal.shared().client().putItem(b -> b.tableName(TABLE).item(stored));
        }
        SDK_ITEMS.clear();
        Everything queried = direct.queryById(item.id()).consistentRead().list().get(0);
        Everything batched = direct.batchGet(List.of(direct.key(item.id(), item.seq()))).get(0);
        assertThat(SDK_ITEMS.unmarshalled()).as("the query and the batch get were decoded directly").isZero();
        Everything fromOrdinary = ordinary.getConsistent(item.id(), item.seq()).orElseThrow();
        for (Everything read : List.of(queried, batched, direct.getConsistent(item.id(), item.seq()).orElseThrow())) {
            assertThat(read).usingRecursiveComparison().isEqualTo(fromOrdinary);
            assertThat(Everything_.SCHEMA.toItem(read)).isEqualTo(Everything_.SCHEMA.toItem(fromOrdinary));
        }
        assertThat(ordinary.queryById(item.id()).consistentRead().list()).usingRecursiveFieldByFieldElementComparator()
                .containsExactly(fromOrdinary);
        if (!extra.containsKey(Everything_.text.name())) {
            assertThat(normalize(fromOrdinary)).isEqualTo(normalize(written));
        }
        THROUGH_DYNAMODB.incrementAndGet();
    }

    @Property(tries = 50)
    void nestedDocumentsReadTheSameThroughBothPaths(@ForAll("trees") RelTree tree) {
        RelTreeTable direct = RelTreeTable.create(client, TREES);
        RelTreeTable ordinary = direct.withDirectDecoding(false);
        direct.put(tree);
        SDK_ITEMS.clear();
        RelTree batched = direct.batchGet(List.of(direct.key(tree.id()))).get(0);
        List<RelTree> scanned = direct.scan().consistentRead().list();
        assertThat(SDK_ITEMS.unmarshalled()).as("the batch get and the scan were decoded directly").isZero();
        RelTree fromOrdinary = ordinary.getConsistent(tree.id()).orElseThrow();
        for (RelTree fromDirect : List.of(batched, scanned.stream().filter(t -> t.id().equals(tree.id())).findFirst().orElseThrow())) {
            assertThat(fromDirect).usingRecursiveComparison().isEqualTo(fromOrdinary);
            assertThat(RelTree_.SCHEMA.toItem(fromDirect)).isEqualTo(RelTree_.SCHEMA.toItem(fromOrdinary));
        }
        assertThat(scanned).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrderElementsOf(ordinary.scan().consistentRead().list());
        THROUGH_DYNAMODB.incrementAndGet();
    }

    @Provide
    Arbitrary<Long> unknownAttributes() {
        return Arbitraries.longs();
    }

    @Property(tries = 500)
    void nestedDocumentsRoundTripThroughTheSchema(@ForAll("trees") RelTree tree) {
        assertThat(normalize(RelTree_.SCHEMA.fromItem(RelTree_.SCHEMA.toItem(tree)))).isEqualTo(normalize(tree));
    }

    @Property(tries = 50)
    void nestedDocumentsRoundTripThroughDynamoDbLocal(@ForAll("trees") RelTree tree) {
        RelTreeTable table = RelTreeTable.create(DynamoDbLocal.shared().client(), TREES);
        table.put(tree);
        assertThat(normalize(table.getConsistent(tree.id()).orElseThrow())).isEqualTo(normalize(tree));
        THROUGH_DYNAMODB.incrementAndGet();
    }

    // ---- single types, shrinkable

    @Property(tries = 300)
    void decimalsWithUpTo38DigitsAndExtremeExponents(@ForAll("decimals") BigDecimal value) {
        assertThat(roundTrip(Everything_.decimal, value)).isEqualByComparingTo(value);
    }

    @Property(tries = 200)
    void longsAndIntsIncludingTheirExtremes(@ForAll long l, @ForAll int i, @ForAll short s, @ForAll byte b) {
        assertThat(roundTrip(Everything_.boxedLong, l)).isEqualTo(l);
        assertThat(roundTrip(Everything_.boxedInt, i)).isEqualTo(i);
        assertThat(roundTrip(Everything_.boxedShort, s)).isEqualTo(s);
        assertThat(roundTrip(Everything_.boxedByte, b)).isEqualTo(b);
    }

    @Property(tries = 200)
    void finiteDoublesInDynamoDbsRangeRoundTripExactly(@ForAll("storableDoubles") double value) {
        assertThat(roundTrip(Everything_.boxedDouble, value)).isEqualTo(value == 0 ? 0.0 : value);
    }

    @Property(tries = 200)
    void unicodeStringsWithSurrogatePairs(@ForAll("unicode") String value) {
        assertThat(roundTrip(Everything_.text, value)).isEqualTo(value);
    }

    @Property(tries = 100)
    void unstorableNumbersAreRefusedBeforeAnyRequest(@ForAll("unstorableDoubles") double value) {
        assertThatThrownBy(() -> Everything_.boxedDouble.converter().toAttributeValue(value))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining(Double.toString(value));
        Everything item = withDouble(value);
        EverythingTable table = EverythingTable.create(DynamoDbLocal.shared().client(), TABLE);
        assertThatThrownBy(() -> table.save(item)).isInstanceOf(InvalidValueException.class);
        assertThat(table.get(item.id(), item.seq())).isEmpty();
    }

    @Property(tries = 100)
    void decimalsBeyond38DigitsOrTheExponentRangeAreRefused(@ForAll("unstorableDecimals") BigDecimal value) {
        assertThatThrownBy(() -> Everything_.decimal.converter().toAttributeValue(value)).isInstanceOf(InvalidValueException.class);
    }

    @Property(tries = 20)
    void emptyMapKeysAreRefusedBeforeAnyRequest(@ForAll("unicode") String key) {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("", 1);
        map.put("k" + key, 2);
        assertThatThrownBy(() -> Everything_.numbersByName.converter().toAttributeValue(map))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("empty key");
    }

    private static <V> V roundTrip(Attribute<Everything, V> attribute, V value) {
        return attribute.converter().fromAttributeValue(attribute.converter().toAttributeValue(value));
    }

    // ---- arbitraries

    @Provide
    Arbitrary<Everything> everything() {
        return Arbitraries.randomValue(RoundTripPropertiesTest::randomEverything);
    }

    @Provide
    Arbitrary<RelTree> trees() {
        return Arbitraries.randomValue(random -> new RelTree(UUID.randomUUID().toString(), node(random, 4),
                nullable(random, () -> listOf(random, () -> random.nextInt(5) == 0 ? null : node(random, 2))),
                nullable(random, () -> mapOf(random, () -> mapOf(random, () -> address(random)))),
                nullable(random, () -> listOf(random, () -> listOf(random, () -> text(random))))));
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigDecimal> random = Arbitraries.randomValue(RoundTripPropertiesTest::decimal);
        return Arbitraries.oneOf(random, Arbitraries.of(
                new BigDecimal("9.9999999999999999999999999999999999999E+125"),
                new BigDecimal("-9.9999999999999999999999999999999999999E+125"),
                new BigDecimal("1E-130"), new BigDecimal("-1E-130"),
                new BigDecimal("12345678901234567890123456789012345678"),
                new BigDecimal("0.12345678901234567890123456789012345678"),
                new BigDecimal("1.2345678901234567890123456789012345678E-93"),
                BigDecimal.ZERO, new BigDecimal("0.000"), new BigDecimal("1E+100"), new BigDecimal(Long.MIN_VALUE)));
    }

    @Provide
    Arbitrary<BigDecimal> unstorableDecimals() {
        return Arbitraries.of(new BigDecimal("1E+126"), new BigDecimal("-1E+126"), new BigDecimal("1E-131"),
                new BigDecimal("9.99999999999999999999999999999999999999E+125"),
                new BigDecimal("123456789012345678901234567890123456789"),
                new BigDecimal("1.00000000000000000000000000000000000001"));
    }

    @Provide
    Arbitrary<Double> storableDoubles() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e125, 1e125).filter(d -> d == 0 || Math.abs(d) >= 1e-130),
                Arbitraries.randomValue(random -> Math.scalb(random.nextDouble() + 1, random.nextInt(400) - 430))
                        .filter(d -> d >= 1e-130),
                Arbitraries.of(9.99e125, -9.99e125, 1e-130, -1e-130, Double.MAX_VALUE / 1e183, -0.0, 0.0, Math.PI));
    }

    @Provide
    Arbitrary<Double> unstorableDoubles() {
        return Arbitraries.oneOf(Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE, 1e126, 1e-131),
                Arbitraries.randomValue(random -> Math.scalb(random.nextDouble() + 1, 419 + random.nextInt(604))),
                Arbitraries.randomValue(random -> Math.scalb(random.nextDouble() + 1, -1074 + random.nextInt(640))));
    }

    @Provide
    Arbitrary<String> unicode() {
        return Arbitraries.oneOf(Arbitraries.randomValue(RoundTripPropertiesTest::text),
                Arbitraries.of("", " ", "\uD83D\uDE00", "\uD834\uDD1E\uD83D\uDE00", "a\u0000b", "\u00fc\u4e2d\u6587", "\uFFFF"));
    }

    // ---- random values with edge values mixed in

    private static final String[] EDGE_STRINGS = {"", " ", "\uD83D\uDE00", "\uD834\uDD1E", "\u0000", "caf\u00e9 \u4e2d\u6587",
        "\"'\\:#", "x".repeat(1000)};
    private static final long[] EDGE_LONGS = {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 1};
    private static final ZoneId[] ZONES = {ZoneOffset.UTC, ZoneId.of("Europe/Paris"), ZoneId.of("America/St_Johns"),
        ZoneId.of("Asia/Kathmandu"), ZoneOffset.ofHoursMinutes(-9, -30), ZoneOffset.MAX, ZoneOffset.MIN};

    static Everything randomEverything(Random r) {
        return new Everything(UUID.randomUUID(), pickLong(r), 0, nullable(r, () -> text(r)),
                r.nextInt(), nullable(r, r::nextInt), nullable(r, () -> pickLong(r)),
                (short) r.nextInt(), nullable(r, () -> (short) r.nextInt()), (byte) r.nextInt(), nullable(r, () -> (byte) r.nextInt()),
                floatValue(r), nullable(r, () -> floatValue(r)), doubleValue(r), nullable(r, () -> doubleValue(r)),
                nullable(r, () -> decimal(r)), nullable(r, () -> bigInteger(r)),
                r.nextBoolean(), nullable(r, r::nextBoolean),
                nullable(r, () -> bytes(r, 1)), nullable(r, () -> SdkBytes.fromByteArray(bytes(r, 1))),
                nullable(r, () -> ByteBuffer.wrap(bytes(r, 0))),
                nullable(r, () -> instant(r)), nullable(r, () -> LocalDate.ofEpochDay(epochDay(r))),
                nullable(r, () -> LocalDateTime.ofInstant(instant(r), ZoneOffset.UTC)),
                nullable(r, () -> LocalTime.ofNanoOfDay(Math.floorMod(r.nextLong(), 86_400_000_000_000L))),
                nullable(r, () -> OffsetDateTime.ofInstant(instant(r), zone(r))),
                nullable(r, () -> ZonedDateTime.ofInstant(instant(r), zone(r))),
                nullable(r, () -> Duration.ofSeconds(pickLong(r), Math.floorMod(r.nextInt(), 1_000_000_000))),
                nullable(r, UUID::randomUUID),
                nullable(r, () -> Color.values()[r.nextInt(2)]), nullable(r, () -> "k" + text(r)), nullable(r, () -> decimal(r)),
                nullable(r, () -> listOf(r, () -> r.nextInt(6) == 0 ? null : text(r))),
                nullable(r, () -> listOf(r, () -> listOf(r, () -> instant(r)))),
                nullable(r, () -> mapOf(r, () -> r.nextInt(6) == 0 ? null : r.nextInt())),
                nullable(r, () -> mapOf(r, () -> address(r))),
                nullable(r, () -> setOf(r, () -> text(r))), nullable(r, () -> setOf(r, r::nextInt)),
                nullable(r, () -> setOf(r, () -> decimal(r))), nullable(r, () -> setOf(r, () -> bytes(r, 1))),
                nullable(r, () -> setOf(r, () -> ByteBuffer.wrap(bytes(r, 1)))),
                r.nextBoolean() ? Optional.of(text(r)) : Optional.empty(),
                r.nextBoolean() ? Optional.of(instant(r)) : Optional.empty(),
                r.nextBoolean() ? Optional.of(address(r)) : Optional.empty(),
                nullable(r, () -> address(r)), nullable(r, () -> listOf(r, () -> address(r))),
                nullable(r, () -> new Money(pickLong(r), "EUR")));
    }

    private static Everything withDouble(double value) {
        Everything base = randomEverything(new Random(1));
        return new Everything(UUID.randomUUID(), 1, 0, base.text(), 0, null, null, (short) 0, null, (byte) 0, null, 0f, null,
                0, value, null, null, false, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, Optional.empty(), Optional.empty(), Optional.empty(),
                null, null, null);
    }

    private static <V> V nullable(Random r, java.util.function.Supplier<V> value) {
        return r.nextInt(5) == 0 ? null : value.get();
    }

    private static <V> List<V> listOf(Random r, java.util.function.Supplier<V> element) {
        int size = r.nextInt(4);
        List<V> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    private static <V> Map<String, V> mapOf(Random r, java.util.function.Supplier<V> value) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            map.put("k" + text(r), value.get()); // DynamoDB refuses empty map keys: see emptyMapKeysAreRefused
        }
        return map;
    }

    private static <V> Set<V> setOf(Random r, java.util.function.Supplier<V> element) {
        Set<V> set = new HashSet<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            set.add(element.get());
        }
        return set;
    }

    static String text(Random r) {
        if (r.nextInt(4) == 0) {
            return EDGE_STRINGS[r.nextInt(EDGE_STRINGS.length)];
        }
        StringBuilder out = new StringBuilder();
        for (int i = r.nextInt(12); i > 0; i--) {
            int codePoint;
            do {
                codePoint = switch (r.nextInt(3)) {
                    case 0 -> 0x20 + r.nextInt(0x5f);
                    case 1 -> r.nextInt(0x10000);
                    default -> 0x10000 + r.nextInt(0x100000);
                };
            } while (Character.getType(codePoint) == Character.SURROGATE);
            out.appendCodePoint(codePoint);
        }
        return out.toString();
    }

    private static long pickLong(Random r) {
        return r.nextInt(4) == 0 ? EDGE_LONGS[r.nextInt(EDGE_LONGS.length)] : r.nextLong();
    }

    private static float floatValue(Random r) {
        float[] edges = {Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_NORMAL, -0.0f, 0.0f};
        return r.nextInt(4) == 0 ? edges[r.nextInt(edges.length)] : Float.intBitsToFloat(r.nextInt() & 0x7f7fffff | (r.nextBoolean() ? 0x80000000 : 0));
    }

    private static double doubleValue(Random r) {
        double[] edges = {9.99e125, -9.99e125, 1e-130, -0.0, 0.0, 1.0 / 3};
        return r.nextInt(4) == 0 ? edges[r.nextInt(edges.length)] : (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(250) - 125);
    }

    static BigDecimal decimal(Random r) {
        int digits = 1 + r.nextInt(38);
        StringBuilder unscaled = new StringBuilder(r.nextBoolean() ? "-" : "");
        unscaled.append(1 + r.nextInt(9));
        for (int i = 1; i < digits; i++) {
            unscaled.append(r.nextInt(10));
        }
        // exponent of the leading digit in [-130, 125]: scale = digits - 1 - exponent
        int exponent = r.nextInt(4) == 0 ? (r.nextBoolean() ? 125 : -130) : r.nextInt(256) - 130;
        return new BigDecimal(new BigInteger(unscaled.toString()), digits - 1 - exponent);
    }

    private static BigInteger bigInteger(Random r) {
        return r.nextInt(4) == 0 ? BigInteger.TEN.pow(37).multiply(BigInteger.valueOf(r.nextBoolean() ? 9 : -9))
                : new BigInteger(1 + r.nextInt(120), r).multiply(BigInteger.valueOf(r.nextBoolean() ? 1 : -1));
    }

    private static byte[] bytes(Random r, int min) {
        byte[] bytes = new byte[min + r.nextInt(20)];
        r.nextBytes(bytes);
        return bytes;
    }

    private static Instant instant(Random r) {
        long min = -62_167_219_200L;
        long max = 253_402_300_799L;
        long seconds = r.nextInt(4) == 0 ? (r.nextBoolean() ? min : max) : min + Math.floorMod(r.nextLong(), max - min);
        return Instant.ofEpochSecond(seconds, Math.floorMod(r.nextInt(), 1_000_000_000));
    }

    private static long epochDay(Random r) {
        return LocalDate.of(0, 1, 1).toEpochDay() + Math.floorMod(r.nextLong(), 3_652_059L);
    }

    private static ZoneId zone(Random r) {
        return ZONES[r.nextInt(ZONES.length)];
    }

    private static Address address(Random r) {
        return new Address(nullable(r, () -> text(r)), r.nextInt(),
                r.nextBoolean() ? Optional.of(text(r)) : Optional.empty());
    }

    private static RelNode node(Random r, int depth) {
        if (depth == 0) {
            return new RelNode(nullable(r, () -> text(r)), null, null, null, Optional.empty());
        }
        return new RelNode(nullable(r, () -> text(r)), nullable(r, () -> doubleValue(r)),
                nullable(r, () -> listOf(r, () -> node(r, depth - 1))), nullable(r, () -> mapOf(r, () -> node(r, depth - 1))),
                r.nextBoolean() ? Optional.of(node(r, depth - 1)) : Optional.empty());
    }

    // ---- comparison

    /** @return a value whose {@code equals} is the fidelity Dynaq promises */
    static Object normalize(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Record record) {
            Map<String, Object> components = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    Object component1 = component.getAccessor().invoke(record);
                    // Documented: a set is omitted when empty or null and reads back as an empty set.
                    components.put(component.getName(), component1 == null && component.getType() == Set.class
                            ? Set.of() : normalize(component1));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
            return components;
        }
        if (value instanceof byte[] bytes) {
            return "0x" + HexFormat.of().formatHex(bytes);
        }
        if (value instanceof ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            return "0x" + HexFormat.of().formatHex(bytes);
        }
        if (value instanceof SdkBytes bytes) {
            return "0x" + HexFormat.of().formatHex(bytes.asByteArrayUnsafe());
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
        }
        if (value instanceof Double d) {
            return d == 0 ? 0.0 : d;
        }
        if (value instanceof Float f) {
            return f == 0 ? 0.0f : f;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RoundTripPropertiesTest::normalize).toList();
        }
        if (value instanceof Set<?> set) {
            Set<Object> normalized = new HashSet<>();
            set.forEach(element -> normalized.add(normalize(element)));
            return normalized;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> normalized = new LinkedHashMap<>();
            map.forEach((k, v) -> normalized.put(k, normalize(v)));
            return normalized;
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(RoundTripPropertiesTest::normalize);
        }
        return value;
    }
}
