package dev.dynaq;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A write of a {@link dev.dynaq.annotation.Version @Version}ed entity found another version than
 * the one it was based on: someone else wrote the item since it was read (or, for a new item with
 * version 0, an item with the key already exists). Nothing was written. Read the item again, apply
 * the change and write again; {@link #currentItem(ItemSchema)} is the item as it is now.
 */
public class OptimisticLockException extends ConditionFailedException {
    private static final long serialVersionUID = 1L;

    private final long expectedVersion;

    /**
     * @param message what was attempted
     * @param tableName the table written to
     * @param expectedVersion the version the write expected (0: the item must not exist)
     * @param currentItem the item as it is now, or {@code null}
     * @param cause the SDK's exception
     */
    public OptimisticLockException(String message, String tableName, long expectedVersion,
            Map<String, AttributeValue> currentItem, Throwable cause) {
        super(message, tableName, currentItem, cause);
        this.expectedVersion = expectedVersion;
    }

    /** @return the version the write expected; 0 when it expected no item */
    public long expectedVersion() {
        return expectedVersion;
    }
}
