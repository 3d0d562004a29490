package dev.dynaq.examples.model;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.annotation.Version;
import java.math.BigDecimal;

/**
 * A product in the catalogue. Versioned: every write is conditional on the version it read, so two
 * clerks changing the same product cannot overwrite each other's change unnoticed.
 *
 * @param productId the key, e.g. {@code p-017}
 * @param name the display name
 * @param category the shelf it is on
 * @param price the unit price
 * @param stock how many are in the warehouse
 * @param version the optimistic-locking version, managed by Dynaq (0 for a new product)
 */
@DynamoTable(name = "demo_products")
public record Product(
        @PartitionKey String productId,
        String name,
        String category,
        BigDecimal price,
        int stock,
        @Version long version) {
}
