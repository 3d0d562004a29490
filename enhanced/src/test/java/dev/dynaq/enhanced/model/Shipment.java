package dev.dynaq.enhanced.model;

import dev.dynaq.annotation.Attribute;
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
import java.util.Map;
import java.util.Set;

/**
 * A customer's shipments: table key, a global index by status and time (all attributes), a global
 * index by carrier (keys only), a local index by weight, and one attribute of each kind of type.
 */
@DynamoTable(name = "ec_shipments")
public record Shipment(
        @PartitionKey String customerId,
        @SortKey String shipmentId,
        @GsiPartitionKey(index = "by_status") Status status,
        @GsiSortKey(index = "by_status") Instant shippedAt,
        @GsiPartitionKey(index = "by_carrier", projection = IndexProjection.KEYS_ONLY) String carrier,
        @LsiSortKey(index = "by_weight") BigDecimal weightKg,
        List<String> items,
        Set<String> labels,
        Map<String, Integer> counts,
        Address destination,
        @Attribute("is_gift") Boolean gift,
        long parcels) {

    /** Where a shipment is. */
    public enum Status {
        /** Packed, not shipped. */
        PACKED,
        /** On its way. */
        IN_TRANSIT,
        /** Arrived. */
        DELIVERED
    }
}
