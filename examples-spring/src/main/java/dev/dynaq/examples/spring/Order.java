package dev.dynaq.examples.spring;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.GsiPartitionKey;
import dev.dynaq.annotation.GsiSortKey;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.annotation.SortKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order, which is also the JSON the endpoint speaks. A customer's orders share a partition, in
 * {@code orderId} order (ids begin with the time, so that is time order); the global index
 * {@code orders_by_status} lists the orders of one status across customers, by time.
 *
 * @param customerId the partition key
 * @param orderId the sort key, {@code <epoch millis>-<random>}
 * @param status the partition key of {@code orders_by_status}
 * @param createdAt when it was placed; the sort key of {@code orders_by_status}
 * @param items what was ordered
 * @param total what it costs
 */
@DynamoTable(name = "shop_orders")
public record Order(
        @PartitionKey String customerId,
        @SortKey String orderId,
        @GsiPartitionKey(index = "orders_by_status") OrderStatus status,
        @GsiSortKey(index = "orders_by_status") Instant createdAt,
        List<String> items,
        BigDecimal total) {
}
