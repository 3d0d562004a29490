package dev.dynaq.enhanced.model;

import dev.dynaq.annotation.AtomicCounter;
import dev.dynaq.annotation.CreatedDate;
import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.LastModifiedDate;
import dev.dynaq.annotation.PartitionKey;
import java.time.Instant;

/**
 * A post with every lifecycle attribute Dynaq maintains, which the bridge tags for the Enhanced Client's
 * own extensions.
 *
 * @param postId the key
 * @param body the text
 * @param createdAt when it was first written
 * @param updatedAt when it was last written
 * @param edits how many updates it had
 * @param credits what is left of its budget: starts at 100, every update takes one
 */
@DynamoTable(name = "ec_posts")
public record Post(
        @PartitionKey String postId,
        String body,
        @CreatedDate Instant createdAt,
        @LastModifiedDate Instant updatedAt,
        @AtomicCounter long edits,
        @AtomicCounter(start = 100, delta = -1) Integer credits) {
}
