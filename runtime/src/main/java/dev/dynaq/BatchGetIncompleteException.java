package dev.dynaq;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A batch get could not read some keys: DynamoDB kept returning them as unprocessed until the
 * {@link BatchPolicy}'s attempts were used up, or a request failed. Carries the items that were read
 * and exactly the keys that were not.
 */
public class BatchGetIncompleteException extends DynaqException {
    private static final long serialVersionUID = 1L;

    private final String tableName;
    private final transient List<Map<String, AttributeValue>> readItems;
    private final transient List<Map<String, AttributeValue>> unprocessedKeys;

    /**
     * @param message what happened
     * @param tableName the table read
     * @param readItems the items read before giving up
     * @param unprocessedKeys the keys not read
     * @param cause the request failure that stopped the batch, or {@code null} when the attempts ran out
     */
    public BatchGetIncompleteException(String message, String tableName, List<Map<String, AttributeValue>> readItems,
            List<Map<String, AttributeValue>> unprocessedKeys, Throwable cause) {
        super(message, cause);
        this.tableName = tableName;
        this.readItems = readItems.stream().map(Map::copyOf).toList();
        this.unprocessedKeys = unprocessedKeys.stream().map(Map::copyOf).toList();
    }

    /** @return the table read */
    public String tableName() {
        return tableName;
    }

    /** @return the items that were read, as raw attributes, in no particular order */
    public List<Map<String, AttributeValue>> readItems() {
        return readItems;
    }

    /** @return the keys that were not read, as raw key attributes (wrap with {@link Key#fromMap}) */
    public List<Map<String, AttributeValue>> unprocessedKeys() {
        return unprocessedKeys;
    }

    /** @return how many keys were not read */
    public int unprocessedCount() {
        return unprocessedKeys.size();
    }
}
