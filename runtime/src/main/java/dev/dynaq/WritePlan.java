package dev.dynaq;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One single-item write, ready to send either alone or inside a transaction: what a put, delete or
 * update turns into after validation and version handling.
 *
 * @param tableName the table
 * @param entityName the entity's simple name, for messages
 * @param key the item's primary key
 * @param item for puts: the whole item to write; otherwise {@code null}
 * @param written for puts: the entity as given, its version untouched ({@code Table.written(plan)} applies the
 *     new version once the put succeeded); otherwise {@code null}
 * @param updateExpression for updates: the update expression; for puts sent as {@code UpdateItem} (see
 *     {@link WritePlans}) too, empty for an item that is nothing but its key; {@code null} for a {@code PutItem}
 * @param conditionExpression the condition, or {@code null}
 * @param names the expression attribute names, or {@code null}
 * @param values the expression attribute values, or {@code null}
 * @param expectedVersion for versioned entities: the version the write expects (0: no item); otherwise {@code null}
 * @param <T> the entity type
 */
record WritePlan<T>(
        String tableName,
        String entityName,
        Map<String, AttributeValue> key,
        Map<String, AttributeValue> item,
        T written,
        String updateExpression,
        String conditionExpression,
        Map<String, String> names,
        Map<String, AttributeValue> values,
        Long expectedVersion) {
}
