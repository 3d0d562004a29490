package dev.dynaq.examples.model;

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
 * An order: the orders of one customer share a partition, in {@code orderId} order. The global
 * index {@code order_by_status} finds orders by status and time across all customers; the local
 * index {@code by_created_at} reads one customer's orders in time order.
 *
 * @param customerId the partition key: whose order
 * @param orderId the sort key, e.g. {@code o-000123}
 * @param lines what was ordered
 * @param total the sum of the lines
 * @param status the partition key of {@code order_by_status}
 * @param createdAt when it was placed: the sort key of {@code order_by_status} and {@code by_created_at}
 */
@DynamoTable(name = "demo_orders")
public record Order(
        @PartitionKey String customerId,
        @SortKey String orderId,
        List<OrderLine> lines,
        BigDecimal total,
        @GsiPartitionKey(index = "order_by_status") OrderStatus status,
        @GsiSortKey(index = "order_by_status") @LsiSortKey(index = "by_created_at") Instant createdAt) {
}
