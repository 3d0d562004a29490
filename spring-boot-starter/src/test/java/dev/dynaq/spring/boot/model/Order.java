package dev.dynaq.spring.boot.model;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.GsiPartitionKey;
import dev.dynaq.annotation.GsiSortKey;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.annotation.SortKey;
import java.math.BigDecimal;
import java.time.Instant;

/** An order of a customer, listed by status in a global index. */
@DynamoTable(name = "orders")
public record Order(
        @PartitionKey String customerId,
        @SortKey String orderId,
        @GsiPartitionKey(index = "orders_by_status") String status,
        @GsiSortKey(index = "orders_by_status") Instant createdAt,
        BigDecimal total) {
}
