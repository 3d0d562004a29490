package com.acme;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.GsiPartitionKey;
import dev.dynaq.annotation.GsiSortKey;
import dev.dynaq.annotation.IndexProjection;
import dev.dynaq.annotation.LsiSortKey;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.annotation.SortKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@DynamoTable(name = "orders")
public record Order(
        @PartitionKey String customerId,
        @SortKey String orderId,
        BigDecimal total,
        List<String> items,
        @GsiPartitionKey(index = "order_by_status", projection = IndexProjection.INCLUDE, include = {"total"})
        OrderStatus status,
        @GsiSortKey(index = "order_by_status") @LsiSortKey(index = "by_created_at") Instant createdAt) {
}
