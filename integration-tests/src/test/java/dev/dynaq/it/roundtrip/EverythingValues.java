package dev.dynaq.it.roundtrip;

import dev.dynaq.it.model.Address;
import dev.dynaq.it.model.Color;
import dev.dynaq.it.model.Everything;
import dev.dynaq.it.model.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;

/** {@link Everything} items for round trips: every value set, everything null, every collection empty. */
public final class EverythingValues {
    /** The partition key of the items below. */
    public static final UUID ID = UUID.fromString("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");

    private EverythingValues() {
    }

    /**
     * @param seq the sort key
     * @return an item with every attribute set to a value near an edge of its type
     */
    public static Everything full(long seq) {
        Instant instant = Instant.parse("2026-03-01T10:15:30.123456789Z");
        Address home = new Address("1 Main St", 10115, Optional.of("Berlin"));
        Address office = new Address("2 Side St", 99501, Optional.empty());
        List<List<Instant>> nested = new ArrayList<>();
        nested.add(List.of(instant, Instant.parse("1970-01-01T00:00:00Z")));
        nested.add(List.of());
        Map<String, Integer> numbers = new LinkedHashMap<>();
        numbers.put("one", 1);
        numbers.put("minus", -7);
        Map<String, Address> byName = new LinkedHashMap<>();
        byName.put("home", home);
        byName.put("office", office);
        Set<byte[]> binaries = new LinkedHashSet<>();
        binaries.add(new byte[] {1, 2});
        binaries.add(new byte[] {(byte) 0xFF});
        return new Everything(ID, seq, 0,
                "héllo wörld ✓",
                Integer.MIN_VALUE, 42,
                Long.MAX_VALUE,
                (short) -3, (short) 300,
                Byte.MIN_VALUE, Byte.MAX_VALUE,
                3.1415927f, -0.5f,
                2.5E-120, 9.99E125,
                new BigDecimal("12345678901234567890.123456789012345678"),
                new BigInteger("-99999999999999999999999999999999999999"),
                true, Boolean.FALSE,
                new byte[] {0, 1, 2, (byte) 0xFF},
                SdkBytes.fromUtf8String("sdk"),
                ByteBuffer.wrap("buffer".getBytes(StandardCharsets.UTF_8)),
                instant,
                LocalDate.of(2026, 2, 28),
                LocalDateTime.of(2026, 2, 28, 23, 59, 59, 1),
                LocalTime.of(9, 30),
                OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)),
                ZonedDateTime.of(2026, 7, 14, 8, 30, 0, 500, ZoneId.of("Europe/Paris")),
                Duration.ofSeconds(90, 500_000_000),
                UUID.fromString("00000000-0000-0000-0000-000000000001"),
                Color.GREEN,
                "indexed",
                new BigDecimal("-1.5"),
                List.of("a", "", "c"),
                nested,
                numbers,
                byName,
                new LinkedHashSet<>(List.of("x", "y")),
                new LinkedHashSet<>(List.of(1, 2, 3)),
                new LinkedHashSet<>(List.of(new BigDecimal("1.5"), new BigDecimal("-2"))),
                binaries,
                new LinkedHashSet<>(List.of(ByteBuffer.wrap(new byte[] {9}))),
                Optional.of(""),
                Optional.of(instant.plusSeconds(1)),
                Optional.of(office),
                home,
                List.of(home, office),
                new Money(1999, "EUR"));
    }

    /**
     * @param seq the sort key
     * @return an item with only its key: every other reference null, every primitive zero
     */
    public static Everything nulls(long seq) {
        return new Everything(ID, seq, 0, null, 0, null, null, (short) 0, null, (byte) 0, null, 0f, null, 0d, null,
                null, null, false, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null,
                Optional.empty(), Optional.empty(), Optional.empty(), null, null, null);
    }

    /**
     * @param seq the sort key
     * @return an item whose lists, maps and sets are all empty
     */
    public static Everything emptyCollections(long seq) {
        Everything nulls = nulls(seq);
        return new Everything(ID, seq, 0, nulls.text(), 0, null, null, (short) 0, null, (byte) 0, null, 0f, null, 0d, null,
                null, null, false, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, List.of(), List.of(List.of()), Map.of(), Map.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), null, List.of(), null);
    }

    /**
     * @param item an item
     * @param version the version it should carry
     * @return a copy with that version
     */
    public static Everything withVersion(Everything item, int version) {
        return new Everything(item.id(), item.seq(), version, item.text(), item.primitiveInt(), item.boxedInt(), item.boxedLong(),
                item.primitiveShort(), item.boxedShort(), item.primitiveByte(), item.boxedByte(), item.primitiveFloat(),
                item.boxedFloat(), item.primitiveDouble(), item.boxedDouble(), item.decimal(), item.bigInteger(),
                item.primitiveBoolean(), item.boxedBoolean(), item.bytes(), item.sdkBytes(), item.byteBuffer(), item.instant(),
                item.localDate(), item.localDateTime(), item.localTime(), item.offsetDateTime(), item.zonedDateTime(),
                item.duration(), item.uuid(), item.color(), item.indexedText(), item.indexedNumber(), item.strings(),
                item.nestedLists(), item.numbersByName(), item.addressesByName(), item.stringSet(), item.numberSet(),
                item.decimalSet(), item.binarySet(), item.bufferSet(), item.optionalText(), item.optionalInstant(),
                item.optionalAddress(), item.address(), item.addresses(), item.money());
    }
}
