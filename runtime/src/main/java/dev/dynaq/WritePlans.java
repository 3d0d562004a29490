package dev.dynaq;

import dev.dynaq.internal.ExpressionWriter;
import dev.dynaq.internal.TableContext;
import dev.dynaq.internal.WriteStamps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Plans the put of a whole item and explains its failure, for the sync and the async table alike:
 * validation, the version to expect and to write, the conditions, and whether it goes as a
 * {@code PutItem} or an {@code UpdateItem} ({@link PutRequests} sends it).
 *
 * <p>A put goes as an {@code UpdateItem} when it must keep something of the stored item: the created date
 * and counters of an entity that has them ({@link dev.dynaq.internal.WriteStamps#putExpression}), and, for
 * {@code putPreserving}, also every attribute the entity does not map. Both are the same update expression:
 * {@code SET} for the item's attributes, {@code REMOVE} for those it lacks, {@code if_not_exists} for the
 * created date and counters, nothing for attributes outside the model.
 */
final class WritePlans {
    private WritePlans() {
    }

    /**
     * Validates the item and plans its put.
     *
     * @param context the table
     * @param item the item
     * @param condition an extra condition, or {@code null}
     * @param ifAbsent whether the put is only for an item whose key is not stored
     * @param preserving whether attributes of the stored item that the entity does not map survive the put
     * @param <T> the entity type
     * @return the plan
     */
    static <T> WritePlan<T> planPut(TableContext<T> context, T item, Condition condition, boolean ifAbsent, boolean preserving) {
        Objects.requireNonNull(item, "item");
        ItemSchema<T> schema = context.schema();
        Optional<ItemSchema.VersionSupport<T>> versioning = schema.versioning();
        Long expected = null;
        if (versioning.isPresent()) {
            expected = ifAbsent ? 0L : versioning.get().version(item);
        }
        // The next version goes into the request only: the caller's item (a mutable bean) keeps the
        // version it was read with until the write succeeds (see written(plan)), so a failed write
        // retried as is fails again instead of overwriting the winner's change.
        Map<String, AttributeValue> attributes = ItemChecks.writableItem(schema, item, expected == null ? null : expected + 1,
                context.clock().instant());
        ExpressionWriter writer = new ExpressionWriter();
        String update = preserving || schema.lifecycle().keepsStoredValues() ? WriteStamps.putExpression(schema, attributes, writer) : null;
        List<String> conditions = new ArrayList<>(2);
        if (condition != null) {
            conditions.add("(" + condition.toExpression(writer) + ")");
        }
        if (expected != null) {
            conditions.add("(" + versionCondition(schema, writer, expected) + ")");
        } else if (ifAbsent) {
            conditions.add("(attribute_not_exists(" + writer.name(schema.primaryIndex().partitionKey().name()) + "))");
        }
        return new WritePlan<>(context.tableName(), entityName(schema), schema.primaryKey(item), attributes, item, update,
                conditions.isEmpty() ? null : String.join(" AND ", conditions), writer.names(), writer.values(), expected);
    }

    /**
     * Called once a planned put succeeded: gives a versioned item its new version (set on a bean, a
     * copy of a record), and the stored dates and counters when they are known.
     *
     * @param schema the entity's schema
     * @param plan the put that was written
     * @param stored the item as stored, or {@code null} when unknown (a transaction returns no item)
     * @param <T> the entity type
     * @return the item as written
     */
    static <T> T written(ItemSchema<T> schema, WritePlan<T> plan, Map<String, AttributeValue> stored) {
        Optional<ItemSchema.VersionSupport<T>> versioning = schema.versioning();
        T item = versioning.isEmpty() || plan.expectedVersion() == null ? plan.written()
                : versioning.get().withVersion(plan.written(), plan.expectedVersion() + 1);
        boolean stamped = stored != null && !stored.isEmpty() && schema.lifecycle().stampsWrites();
        return stamped ? schema.lifecycle().applyStored(item, schema.fromItem(stored)) : item;
    }

    /**
     * Renders the version check: the item is absent (version 0) or holds exactly {@code expected}.
     *
     * @param schema a versioned entity's schema
     * @param writer the request's placeholders
     * @param expected the version the write expects
     * @return the condition
     */
    static String versionCondition(ItemSchema<?> schema, ExpressionWriter writer, long expected) {
        if (expected == 0) {
            return "attribute_not_exists(" + writer.name(schema.primaryIndex().partitionKey().name()) + ")";
        }
        String attribute = schema.versioning().orElseThrow().attributeName();
        return writer.name(attribute) + " = " + writer.value(AttributeValue.fromN(Long.toString(expected)));
    }

    /**
     * @param schema the entity's schema
     * @param plan the write that failed
     * @param current the item as it is now, or {@code null}
     * @return whether the failure is a version conflict rather than the user's condition
     */
    static boolean isVersionConflict(ItemSchema<?> schema, WritePlan<?> plan, Map<String, AttributeValue> current) {
        if (plan.expectedVersion() == null) {
            return false;
        }
        boolean exists = current != null && !current.isEmpty();
        if (plan.expectedVersion() == 0) {
            return exists;
        }
        if (!exists) {
            return true;
        }
        AttributeValue stored = current.get(schema.versioning().orElseThrow().attributeName());
        return stored == null || stored.n() == null || !stored.n().equals(Long.toString(plan.expectedVersion()));
    }

    /**
     * Builds the exception for a failed conditional write: an optimistic-lock failure or a plain one.
     *
     * @param schema the entity's schema
     * @param operation what was written, e.g. {@code put}
     * @param plan the write that failed
     * @param current the item as it is now, or {@code null}
     * @param cause the SDK's exception
     * @return the exception to throw
     */
    static ConditionFailedException conditionFailed(ItemSchema<?> schema, String operation, WritePlan<?> plan,
            Map<String, AttributeValue> current, Throwable cause) {
        String what = operation + " of " + entityName(schema) + " " + Table.describeKey(plan.key()) + " in table '"
                + plan.tableName() + "'";
        if (isVersionConflict(schema, plan, current)) {
            String found = current == null || current.isEmpty() ? "no item"
                    : "version " + Optional.ofNullable(current.get(schema.versioning().orElseThrow().attributeName()))
                            .map(AttributeValue::n).orElse("none");
            String expected = plan.expectedVersion() == 0 ? "no item (a new item has version 0)" : "version " + plan.expectedVersion();
            return new OptimisticLockException("Optimistic lock failed on " + what + ": expected " + expected + " but found "
                    + found + "; someone else wrote it since it was read. Nothing was written: read the item again,"
                    + " apply the change and retry", plan.tableName(), plan.expectedVersion(), current, cause);
        }
        return new ConditionFailedException("Conditional " + what + " was not done: the condition did not hold on the "
                + (current == null || current.isEmpty() ? "missing item" : "current item") + "; nothing was written",
                plan.tableName(), current, cause);
    }

    /** @return the entity's simple name, for messages */
    static String entityName(ItemSchema<?> schema) {
        return schema.itemType().getSimpleName();
    }
}
