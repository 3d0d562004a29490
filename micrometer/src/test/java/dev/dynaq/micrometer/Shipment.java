package dev.dynaq.micrometer;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.GsiPartitionKey;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.annotation.SortKey;

/**
 * The test model: shipments of an order, by carrier on a global index.
 *
 * @param orderId the order
 * @param shipmentId the shipment within the order
 * @param carrier the carrier, key of index {@code by_carrier}
 * @param parcels the number of parcels
 */
@DynamoTable(name = "shipments")
public record Shipment(
        @PartitionKey String orderId,
        @SortKey String shipmentId,
        @GsiPartitionKey(index = "by_carrier") String carrier,
        int parcels) {
}
