package dev.dynaq.spring.boot.model;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.LastModifiedDate;
import dev.dynaq.annotation.PartitionKey;
import java.time.Instant;

/**
 * A note, whose writes are timed by the Dynaq environment's clock.
 *
 * @param noteId the id
 * @param text the text
 * @param modifiedAt when it was last written
 */
@DynamoTable(name = "notes")
public record Note(@PartitionKey String noteId, String text, @LastModifiedDate Instant modifiedAt) {
}
