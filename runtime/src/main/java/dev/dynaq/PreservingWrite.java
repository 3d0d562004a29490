package dev.dynaq;

import dev.dynaq.internal.ExpressionWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * {@code putPreserving}: writes an entity with UpdateItem instead of PutItem, so that the attributes
 * of the stored item that the entity does not map (written by another service, an older or newer
 * version of this one, a migration's backfill) survive. After it, the stored item holds exactly the
 * entity's values for the entity's attributes: non-null ones are {@code SET}, null ones (and empty
 * sets) are {@code REMOVE}d, as a put would leave them missing; every other attribute is untouched.
 *
 * <p>Everything else is as for a put: the same checks before any request (empty keys, partial items,
 * 400 KB), an item that does not exist is created, a versioned entity is written with its next
 * version and only if the stored version is the item's (a new item, version 0, only if no item has
 * its key), and an extra condition is checked on the stored item. A failed condition throws
 * {@link ConditionFailedException} ({@link OptimisticLockException} for the version) and writes
 * nothing.
 */
final class PreservingWrite {
    private PreservingWrite() {
    }

    static <T> T write(Table<T> table, T item, Condition condition) {
        Objects.requireNonNull(item, "item");
        ItemSchema<T> schema = table.schema();
        Optional<ItemSchema.VersionSupport<T>> versioning = schema.versioning();
        Long expected = versioning.map(support -> support.version(item)).orElse(null);
        Map<String, AttributeValue> attributes = ItemChecks.writableItem(schema, item, expected == null ? null : expected + 1,
                table.context().clock().instant());
        Map<String, AttributeValue> key = schema.primaryKey(item);

        ExpressionWriter writer = new ExpressionWriter();
        List<String> set = new ArrayList<>(attributes.size());
        List<String> remove = new ArrayList<>();
        for (Attribute<T, ?> attribute : schema.attributes()) {
            String name = attribute.name();
            if (key.containsKey(name)) {
                continue;
            }
            AttributeValue value = attributes.get(name);
            if (value != null) {
                set.add(writer.name(name) + " = " + writer.value(value));
            } else {
                remove.add(writer.name(name));
            }
        }
        List<String> conditions = new ArrayList<>(2);
        if (condition != null) {
            conditions.add("(" + condition.toExpression(writer) + ")");
        }
        if (expected != null) {
            conditions.add("(" + table.versionCondition(writer, expected) + ")");
        }
        String update = (set.isEmpty() ? "" : "SET " + String.join(", ", set))
                + (remove.isEmpty() ? "" : (set.isEmpty() ? "" : " ") + "REMOVE " + String.join(", ", remove));
        WritePlan<T> plan = new WritePlan<>(table.tableName(), table.entityName(), key, null, item,
                update.isEmpty() ? null : update, conditions.isEmpty() ? null : String.join(" AND ", conditions),
                writer.names(), writer.values(), expected);
        UpdateItemRequest.Builder request = UpdateItemRequest.builder()
                .tableName(plan.tableName())
                .key(key)
                .updateExpression(plan.updateExpression())
                .conditionExpression(plan.conditionExpression())
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
        if (!plan.names().isEmpty()) {
            request.expressionAttributeNames(plan.names());
        }
        if (!plan.values().isEmpty()) {
            request.expressionAttributeValues(plan.values());
        }
        try {
            table.context().recorder().send(request.build(), table.context().client()::updateItem);
        } catch (ConditionalCheckFailedException e) {
            throw table.conditionFailed("put", plan, e.hasItem() ? e.item() : null, e);
        }
        return table.written(plan, null);
    }
}
