package dev.dynaq.enhanced.model;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.PartitionKey;
import java.time.Instant;

/**
 * An article with a view counter and a time of last change, for the Enhanced Client's atomic counter
 * and auto-generated timestamp extensions.
 *
 * @param articleId the key
 * @param title the title
 * @param views how often it was read
 * @param updatedAt when it was last written
 */
@DynamoTable(name = "ec_articles")
public record Article(@PartitionKey String articleId, String title, Long views, Instant updatedAt) {
}
