package dev.dynaq.it.model;

import dev.dynaq.annotation.Convert;
import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.GsiPartitionKey;
import dev.dynaq.annotation.GsiSortKey;
import dev.dynaq.annotation.LsiSortKey;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.annotation.SortKey;
import dev.dynaq.annotation.Version;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;

/** Every type of the type table, with a key of each scalar kind that DynamoDB allows. */
@DynamoTable(name = "everything")
public record Everything(
        @PartitionKey UUID id,
        @SortKey long seq,
        @Version int version,
        String text,
        int primitiveInt,
        Integer boxedInt,
        Long boxedLong,
        short primitiveShort,
        Short boxedShort,
        byte primitiveByte,
        Byte boxedByte,
        float primitiveFloat,
        Float boxedFloat,
        double primitiveDouble,
        Double boxedDouble,
        BigDecimal decimal,
        BigInteger bigInteger,
        boolean primitiveBoolean,
        Boolean boxedBoolean,
        @GsiSortKey(index = "by_color") byte[] bytes,
        @LsiSortKey(index = "by_sdk_bytes") SdkBytes sdkBytes,
        ByteBuffer byteBuffer,
        @LsiSortKey(index = "by_instant", queryName = "time") Instant instant,
        LocalDate localDate,
        LocalDateTime localDateTime,
        LocalTime localTime,
        OffsetDateTime offsetDateTime,
        ZonedDateTime zonedDateTime,
        Duration duration,
        UUID uuid,
        @GsiPartitionKey(index = "by_color") Color color,
        @GsiPartitionKey(index = "by_text_and_number", queryName = "textual") String indexedText,
        @GsiSortKey(index = "by_text_and_number") BigDecimal indexedNumber,
        List<String> strings,
        List<List<Instant>> nestedLists,
        Map<String, Integer> numbersByName,
        Map<String, Address> addressesByName,
        Set<String> stringSet,
        Set<Integer> numberSet,
        Set<BigDecimal> decimalSet,
        Set<byte[]> binarySet,
        Set<ByteBuffer> bufferSet,
        Optional<String> optionalText,
        Optional<Instant> optionalInstant,
        Optional<Address> optionalAddress,
        Address address,
        List<Address> addresses,
        @Convert(MoneyConverter.class) Money money) {
}
