package dev.dynaq;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A batch write left items unwritten: DynamoDB kept returning them as unprocessed until the
 * {@link BatchPolicy}'s attempts were used up, or a request failed. Every other item of the batch
 * was written. The exception lists exactly what was not: the items of puts and the keys of deletes;
 * write them again later (for instance with the same batch call).
 */
public class BatchWriteIncompleteException extends DynaqException {
    private static final long serialVersionUID = 1L;

    private final String tableName;
    private final transient List<Map<String, AttributeValue>> unprocessedItems;
    private final transient List<Map<String, AttributeValue>> unprocessedDeleteKeys;

    /**
     * @param message what happened
     * @param tableName the table written to
     * @param unprocessedItems the items of puts that were not written
     * @param unprocessedDeleteKeys the keys of deletes that were not done
     * @param cause the request failure that stopped the batch, or {@code null} when the attempts ran out
     */
    public BatchWriteIncompleteException(String message, String tableName, List<Map<String, AttributeValue>> unprocessedItems,
            List<Map<String, AttributeValue>> unprocessedDeleteKeys, Throwable cause) {
        super(message, cause);
        this.tableName = tableName;
        this.unprocessedItems = copy(unprocessedItems);
        this.unprocessedDeleteKeys = copy(unprocessedDeleteKeys);
    }

    private static List<Map<String, AttributeValue>> copy(List<Map<String, AttributeValue>> maps) {
        return maps.stream().map(Map::copyOf).toList();
    }

    /** @return the table written to */
    public String tableName() {
        return tableName;
    }

    /** @return the items of puts that were not written, as raw attributes (convert with {@code schema.fromItem}) */
    public List<Map<String, AttributeValue>> unprocessedItems() {
        return unprocessedItems;
    }

    /** @return the keys of deletes that were not done, as raw key attributes (wrap with {@link Key#fromMap}) */
    public List<Map<String, AttributeValue>> unprocessedDeleteKeys() {
        return unprocessedDeleteKeys;
    }

    /** @return how many puts and deletes were not done */
    public int unprocessedCount() {
        return unprocessedItems.size() + unprocessedDeleteKeys.size();
    }
}
