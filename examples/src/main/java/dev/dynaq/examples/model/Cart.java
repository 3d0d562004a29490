package dev.dynaq.examples.model;

import dev.dynaq.annotation.AtomicCounter;
import dev.dynaq.annotation.CreatedDate;
import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.LastModifiedDate;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.annotation.TimeToLive;
import java.time.Instant;
import java.util.List;

/**
 * A shopping cart that DynamoDB deletes once it expires, with dates and a change counter that Dynaq
 * maintains.
 *
 * @param cartId the key
 * @param customerId the customer
 * @param productIds the products in the cart
 * @param expiresAt when DynamoDB's time to live may delete the cart; stored as N epoch seconds
 * @param createdAt when the cart was first written; set by Dynaq once
 * @param updatedAt when the cart was last written; set by Dynaq on every write
 * @param changes how many updates the cart had; incremented atomically by every update
 */
@DynamoTable(name = "demo_carts")
public record Cart(
        @PartitionKey String cartId,
        String customerId,
        List<String> productIds,
        @TimeToLive Instant expiresAt,
        @CreatedDate Instant createdAt,
        @LastModifiedDate Instant updatedAt,
        @AtomicCounter long changes) {
}
