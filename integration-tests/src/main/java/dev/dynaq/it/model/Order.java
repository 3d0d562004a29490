package dev.dynaq.it.model;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.GsiPartitionKey;
import dev.dynaq.annotation.GsiSortKey;
import dev.dynaq.annotation.LsiSortKey;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.annotation.SortKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * aiodynamodb's and Dynantic's order: a customer's orders, queried by status and time on the
 * {@code order_by_status} index, and by time within a customer on the {@code by_created_at} local index.
 */
@DynamoTable(name = "orders")
public record Order(
        @PartitionKey String customerId,
        @SortKey String orderId,
        BigDecimal total,
        List<String> items,
        @GsiPartitionKey(index = "order_by_status") OrderStatus status,
        @GsiSortKey(index = "order_by_status") @LsiSortKey(index = "by_created_at") Instant createdAt) {
}
