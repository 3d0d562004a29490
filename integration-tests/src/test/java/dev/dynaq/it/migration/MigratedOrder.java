package dev.dynaq.it.migration;

import dev.dynaq.annotation.Attribute;
import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.Format;
import dev.dynaq.annotation.GsiPartitionKey;
import dev.dynaq.annotation.GsiSortKey;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.annotation.SortKey;
import dev.dynaq.annotation.StorageFormat;
import dev.dynaq.it.model.OrderStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@link EcOrder} migrated as docs/MIGRATING.md says: the same table and attributes, the Enhanced
 * Client's stored forms ({@code ISO} times, {@code SECONDS} durations), the acknowledged unordered
 * {@code Instant} sort key, and an ordered copy of it ({@code createdAtMillis}) for range queries.
 */
@DynamoTable(name = "ec_orders", formats = {StorageFormat.ISO, StorageFormat.SECONDS})
public record MigratedOrder(
        @PartitionKey @GsiPartitionKey(index = "by_time", queryName = "customerTimeline") String customerId,
        @SortKey @Format(value = StorageFormat.ISO, unordered = true) Instant createdAt,
        @GsiPartitionKey(index = "by_day") String region,
        @GsiSortKey(index = "by_day") LocalDate day,
        @GsiPartitionKey(index = "by_status") OrderStatus status,
        @GsiSortKey(index = "by_status") LocalDateTime placedAt,
        BigDecimal total,
        Boolean gift,
        Duration handling,
        List<String> items,
        Set<String> tags,
        OffsetDateTime promisedAt,
        ZonedDateTime shippedAt,
        UUID trackingId,
        int quantity,
        LocalTime slot,
        @Attribute("order_note") String note,
        @GsiSortKey(index = "by_time") @Format(StorageFormat.EPOCH_MILLIS) Instant createdAtMillis) {
}
