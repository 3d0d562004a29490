package dev.dynaq;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A conditional write (a put, delete or update with a {@link Condition}, {@code putIfAbsent}) was
 * not done because its condition did not hold. Nothing was written. Carries the SDK's exception as
 * cause and, where DynamoDB returned it, the item as it is now.
 */
public class ConditionFailedException extends DynaqException {
    private static final long serialVersionUID = 1L;

    private final String tableName;
    private final transient Map<String, AttributeValue> currentItem;

    /**
     * @param message what was attempted
     * @param tableName the table written to
     * @param currentItem the item as DynamoDB holds it now, or {@code null} when there is none or it was not returned
     * @param cause the SDK's exception
     */
    public ConditionFailedException(String message, String tableName, Map<String, AttributeValue> currentItem, Throwable cause) {
        super(message, cause);
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.currentItem = currentItem == null || currentItem.isEmpty()
                ? null : Collections.unmodifiableMap(new LinkedHashMap<>(currentItem));
    }

    /** @return the table the write was for */
    public String tableName() {
        return tableName;
    }

    /** @return the item as it is now, as raw attributes; empty when no item has the key */
    public Optional<Map<String, AttributeValue>> currentItemAttributes() {
        return Optional.ofNullable(currentItem);
    }

    /**
     * @param schema the schema of the table's entity ({@code Order_.SCHEMA})
     * @param <E> the entity type
     * @return the item as it is now; empty when no item has the key
     */
    public <E> Optional<E> currentItem(ItemSchema<E> schema) {
        Objects.requireNonNull(schema, "schema");
        return currentItemAttributes().map(schema::fromItem);
    }
}
