package dev.dynaq;

import dev.dynaq.internal.BatchEngine;
import dev.dynaq.internal.ExpressionWriter;
import dev.dynaq.internal.ItemReads;
import dev.dynaq.internal.ReadKeys;
import dev.dynaq.internal.TableFactory;
import dev.dynaq.internal.TableContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * The operations of one DynamoDB table mapped to entity {@code T}. Generated tables
 * ({@code OrderTable}) extend it with key-typed methods: {@code get(customerId, orderId)},
 * {@code queryByCustomerId(id)}, {@code update(customerId, orderId)}; the methods here take whole
 * items or typed {@link Key}s.
 *
 * <p>Tables are immutable and thread-safe: create one per table and share it.
 *
 * @param <T> the entity type
 */
public abstract class Table<T> {
    private final TableContext<T> context;

    /** @param context the client, table name and schema */
    protected Table(TableContext<T> context) {
        this.context = Objects.requireNonNull(context, "context");
        if (context.client() == null) {
            throw new IllegalArgumentException("a Table needs a sync DynamoDbClient");
        }
    }

    /** @return the client, table name and schema */
    protected final TableContext<T> context() {
        return context;
    }

    /** @return the physical table name */
    public final String tableName() {
        return context.tableName();
    }

    /** @return the item schema */
    public final ItemSchema<T> schema() {
        return context.schema();
    }

    /**
     * @param key the item's key
     * @return the item, read eventually consistent
     */
    public final Optional<T> get(Key<T> key) {
        return dev.dynaq.internal.ItemReads.get(context, key, false);
    }

    /**
     * @param key the item's key
     * @return the item, read strongly consistent
     */
    public final Optional<T> getConsistent(Key<T> key) {
        return dev.dynaq.internal.ItemReads.get(context, key, true);
    }

    /**
     * @return a scan of the whole table (every item is read and charged; prefer a query where a key
     *     allows it)
     */
    public final Scan<T> scan() {
        return new Scan<>(context, dev.dynaq.internal.QuerySpec.scan(context.schema().primaryIndex()));
    }

    /**
     * @param totalSegments the number of segments, 1 to 1,000,000
     * @return a scan of the whole table whose segments are read concurrently on a default pool of
     *     daemon threads, shut down after each run
     */
    public final ParallelScan<T> parallelScan(int totalSegments) {
        return new ParallelScan<>(context, dev.dynaq.internal.QuerySpec.scan(context.schema().primaryIndex()),
                totalSegments, null);
    }

    /**
     * @param totalSegments the number of segments, 1 to 1,000,000
     * @param executor where the segments are read; Dynaq does not shut it down
     * @return a scan of the whole table whose segments are read concurrently on the executor
     */
    public final ParallelScan<T> parallelScan(int totalSegments, java.util.concurrent.Executor executor) {
        return new ParallelScan<>(context, dev.dynaq.internal.QuerySpec.scan(context.schema().primaryIndex()),
                totalSegments, Objects.requireNonNull(executor, "executor"));
    }

    /**
     * Writes the item, replacing any item with the same key: <b>attributes the entity does not map
     * are deleted</b> (use {@link #putPreserving} to keep them). For an entity with a
     * {@link dev.dynaq.annotation.Version @Version} attribute the put is conditional on the version
     * the item carries (see {@link #save(Object)}, which also returns the item with its new version).
     *
     * @param item the item
     * @throws InvalidValueException if the item cannot be stored (empty key, over 400 KB, read partially)
     * @throws OptimisticLockException if the item is versioned and its version is stale
     */
    public final void put(T item) {
        save(item);
    }

    /**
     * Writes the item if the condition holds on the item currently stored under its key (a missing
     * item has no attributes: {@code Order_.status.eq(...)} fails for it, {@code notExists()} holds).
     *
     * @param item the item
     * @param condition the condition, from the metamodel
     * @throws ConditionFailedException if the condition did not hold; nothing was written
     */
    public final void put(T item, Condition condition) {
        save(item, Objects.requireNonNull(condition, "condition"));
    }

    /**
     * Writes the item only if no item with its key exists. A versioned item is written with
     * version 1.
     *
     * @param item the item
     * @return {@code true} when it was written, {@code false} when an item with the key already
     *     exists (that item is left unchanged)
     */
    public final boolean putIfAbsent(T item) {
        WritePlan<T> plan = planPut(item, null, true);
        Map<String, AttributeValue> stored;
        try {
            stored = PutRequests.send(context, plan);
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
        written(plan, stored);
        return true;
    }

    /**
     * Writes the item like {@link #put(Object)} and returns it as written. For a versioned entity
     * that is a copy with the new version: a new item (version 0) is written with version 1 and only
     * if no item with the key exists; an item read with version {@code n} is written with
     * {@code n + 1} and only if the stored version is still {@code n}. Keep the returned item for the
     * next write. For other entities it returns {@code item}.
     *
     * @param item the item
     * @return the item as written
     * @throws OptimisticLockException if the stored version is not the item's (someone else wrote it)
     */
    public final T save(T item) {
        return save(item, null);
    }

    /**
     * Like {@link #save(Object)}, and also conditional on {@code condition}.
     *
     * @param item the item
     * @param condition an extra condition, or {@code null}
     * @return the item as written
     * @throws ConditionFailedException if the condition did not hold
     * @throws OptimisticLockException if the stored version is not the item's
     */
    public final T save(T item, Condition condition) {
        return sendPut(planPut(item, condition, false));
    }

    /**
     * Like {@link #save(Object, Condition)} ({@code condition} may be {@code null}), but always through
     * UpdateItem: attributes of the stored item that the entity does not map (written by another service, an
     * older or newer version of this one, a backfill) are kept, where a put replaces the whole item. The
     * entity's own attributes end up exactly as after a put: non-null ones set, null ones removed, the
     * {@code @Version} checked and incremented, the stored {@code @CreatedDate} and counters kept
     * ({@code if_not_exists}), the {@code @LastModifiedDate} now. See {@link WritePlans}.
     *
     * @param item the item
     * @param condition an extra condition, or {@code null}
     * @return the item as written (for an entity with dates or counters, as stored)
     * @throws ConditionFailedException if the condition did not hold
     * @throws OptimisticLockException if the stored version is not the item's
     */
    public final T putPreserving(T item, Condition condition) {
        return sendPut(WritePlans.planPut(context, item, condition, false, true));
    }

    private T sendPut(WritePlan<T> plan) {
        Map<String, AttributeValue> stored;
        try {
            stored = PutRequests.send(context, plan);
        } catch (ConditionalCheckFailedException e) {
            throw conditionFailed("put", plan, e.hasItem() ? e.item() : null, e);
        }
        return written(plan, stored);
    }

    /**
     * Deletes the item with the key, if there is one. Unconditional, also for versioned entities;
     * use {@link #delete(Object)} to delete only the version read.
     *
     * @param key the key
     */
    public final void delete(Key<T> key) {
        sendDelete(planDelete(key, null, null), false);
    }

    /**
     * Deletes the item with the key if the condition holds.
     *
     * @param key the key
     * @param condition the condition, from the metamodel
     * @throws ConditionFailedException if the condition did not hold (also when there is no item and
     *     the condition needs one); nothing was deleted
     */
    public final void delete(Key<T> key, Condition condition) {
        sendDelete(planDelete(key, Objects.requireNonNull(condition, "condition"), null), false);
    }

    /**
     * Deletes the item with the key and returns it.
     *
     * @param key the key
     * @return the deleted item; empty when there was none
     */
    public final Optional<T> deleteAndReturn(Key<T> key) {
        return sendDelete(planDelete(key, null, null), true);
    }

    /**
     * Deletes the item with the key if the condition holds, and returns it.
     *
     * @param key the key
     * @param condition the condition, from the metamodel
     * @return the deleted item; empty when there was none
     * @throws ConditionFailedException if the condition did not hold; nothing was deleted
     */
    public final Optional<T> deleteAndReturn(Key<T> key, Condition condition) {
        return sendDelete(planDelete(key, Objects.requireNonNull(condition, "condition"), null), true);
    }

    /**
     * Deletes the stored item with the item's key. For a versioned entity the delete is conditional
     * on the stored version being the item's.
     *
     * @param item the item as read
     * @throws OptimisticLockException if the item is versioned and was changed or deleted since it was read
     */
    public final void delete(T item) {
        sendDelete(planDeleteItem(item), false);
    }

    /**
     * Starts a typed update of the item with the key; nothing is sent before
     * {@link Update#execute()}.
     *
     * @param key the key
     * @return an update without actions
     */
    public final Update<T> update(Key<T> key) {
        checkedKey(key);
        return new Update<>(this, key);
    }

    /**
     * @param item an item
     * @return its primary key
     * @throws InvalidValueException if a key attribute is null or empty
     */
    public final Key<T> keyOf(T item) {
        return Key.fromMap(schema().primaryKey(Objects.requireNonNull(item, "item")));
    }

    /**
     * Writes the items with BatchWriteItem, 25 a request, retrying unprocessed items with the
     * table's policy (its {@link Dynaq}'s, else {@link BatchPolicy#defaults()}). Items with the same
     * key (numbers compared by value, {@code 1.5} as {@code 1.50}) are written once: the last one wins.
     * Batch writes are not conditional, so versioned entities are refused.
     * BatchWriteItem has no conditions or update expressions either, so items are stored as given, never keeping
     * stored values: {@code @LastModifiedDate} is the clock's time, {@code @CreatedDate} and {@code @AtomicCounter}
     * the item's own values (the clock's time and the start value where the item has {@code null}).
     *
     * @param items the items
     * @throws BatchWriteIncompleteException listing exactly the items that were not written
     * @throws IllegalStateException if the entity has a {@code @Version} attribute
     */
    public final void batchPut(Collection<? extends T> items) {
        batchPut(items, context.batchPolicy());
    }

    /**
     * Like {@link #batchPut(Collection)}, retrying as the policy says.
     *
     * @param items the items
     * @param policy how to retry unprocessed items
     * @throws BatchWriteIncompleteException listing exactly the items that were not written
     */
    public final void batchPut(Collection<? extends T> items, BatchPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        if (schema().versioning().isPresent()) {
            throw new IllegalStateException(entityName() + " has a @Version attribute and batch writes cannot be conditional,"
                    + " so they would skip the version check; use save(item) for each item or a Transaction");
        }
        IndexDescriptor primary = schema().primaryIndex();
        Map<Object, WriteRequest> byKey = new LinkedHashMap<>();
        for (T item : items) {
            Map<String, AttributeValue> attributes = validatedItem(item);
            byKey.put(ReadKeys.identity(primary, schema().primaryKey(item)),
                    WriteRequest.builder().putRequest(p -> p.item(attributes)).build());
        }
        BatchEngine.write(context.client(), context.recorder(), tableName(), List.copyOf(byKey.values()), policy.schedule());
    }

    /**
     * Deletes the items with the keys with BatchWriteItem, 25 a request, retrying unprocessed keys
     * with the table's policy; a key given twice (numbers compared by value) is deleted once.
     * Unconditional, also for versioned entities.
     *
     * @param keys the keys
     * @throws BatchWriteIncompleteException listing exactly the keys that were not deleted
     */
    public final void batchDelete(Collection<Key<T>> keys) {
        batchDelete(keys, context.batchPolicy());
    }

    /**
     * Like {@link #batchDelete(Collection)}, retrying as the policy says.
     *
     * @param keys the keys
     * @param policy how to retry unprocessed keys
     * @throws BatchWriteIncompleteException listing exactly the keys that were not deleted
     */
    public final void batchDelete(Collection<Key<T>> keys, BatchPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        IndexDescriptor primary = schema().primaryIndex();
        Map<Object, WriteRequest> byKey = new LinkedHashMap<>();
        for (Key<T> key : keys) {
            Map<String, AttributeValue> map = checkedKey(key);
            byKey.putIfAbsent(ReadKeys.identity(primary, map), WriteRequest.builder().deleteRequest(d -> d.key(map)).build());
        }
        BatchEngine.write(context.client(), context.recorder(), tableName(), List.copyOf(byKey.values()), policy.schedule());
    }

    /**
     * Reads the items with the keys with BatchGetItem (eventually consistent), 100 keys a request,
     * retrying unprocessed keys with the table's policy.
     *
     * @param keys the keys; a key given twice is read once
     * @return the items found, in the order of their keys' first occurrence in {@code keys}; keys
     *     without an item are skipped, so the list can be shorter than {@code keys}
     * @throws BatchGetIncompleteException listing exactly the keys that could not be read
     */
    public final List<T> batchGet(Collection<Key<T>> keys) {
        return batchGet(keys, context.batchPolicy());
    }

    /**
     * Like {@link #batchGet(Collection)}, retrying as the policy says.
     *
     * @param keys the keys
     * @param policy how to retry unprocessed keys
     * @return the items found, in the order of the keys; missing keys skipped
     * @throws BatchGetIncompleteException listing exactly the keys that could not be read
     */
    public final List<T> batchGet(Collection<Key<T>> keys, BatchPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        IndexDescriptor primary = schema().primaryIndex();
        // Key identity -> the key map, replaced by the item once found; keys without an item keep their map.
        Map<Object, Map<String, AttributeValue>> byKey = new LinkedHashMap<>(keys.size() * 4 / 3 + 1);
        for (Key<T> key : keys) {
            Map<String, AttributeValue> map = checkedKey(key);
            byKey.putIfAbsent(ReadKeys.identity(primary, map), map);
        }
        List<Map<String, AttributeValue>> requested = List.copyOf(byKey.values());
        List<Map<String, AttributeValue>> found = BatchEngine.get(context.client(), context.recorder(), tableName(),
                requested, false, policy.schedule(), context.directDecoder(), ReadKeys.names(primary));
        for (Map<String, AttributeValue> item : found) {
            byKey.replace(ReadKeys.identity(primary, item), item);
        }
        List<T> result = new ArrayList<>(found.size());
        int i = 0;
        for (Map<String, AttributeValue> item : byKey.values()) {
            if (item != requested.get(i++)) {
                result.add(ItemReads.entity(context, item));
            }
        }
        return result;
    }

    /**
     * @return the request that creates this table with on-demand billing: key schema, key attribute
     *     definitions, every global and local secondary index with its projection; for your own tooling
     */
    public final CreateTableRequest createTableRequest() {
        return TableFactory.createTableRequest(tableName(), schema(), null);
    }

    /**
     * @param throughput the provisioned throughput of the table and of each global secondary index
     * @return the request that creates this table with provisioned billing
     */
    public final CreateTableRequest createTableRequest(ProvisionedThroughput throughput) {
        return TableFactory.createTableRequest(tableName(), schema(), Objects.requireNonNull(throughput, "throughput"));
    }

    /**
     * Creates the table with on-demand billing, with every index, and waits until it is active; then
     * enables time to live on the {@code @TimeToLive} attribute, if the entity has one.
     *
     * @throws software.amazon.awssdk.core.exception.SdkClientException if it did not become active in the waiter's time
     */
    public final void createTable() {
        createAndWait(createTableRequest());
    }

    /**
     * Creates the table with provisioned billing, with every index, and waits until it is active.
     *
     * @param throughput the provisioned throughput of the table and of each global secondary index
     */
    public final void createTable(ProvisionedThroughput throughput) {
        createAndWait(createTableRequest(throughput));
    }

    /** Deletes the table with all its items and waits until it is gone. */
    public final void deleteTable() {
        context.recorder().send(DeleteTableRequest.builder().tableName(tableName()).build(), context.client()::deleteTable);
        try (DynamoDbWaiter waiter = context.client().waiter()) {
            waiter.waitUntilTableNotExists(DescribeTableRequest.builder().tableName(tableName()).build(), TableFactory.TABLE_WAIT);
        }
    }

    private void createAndWait(CreateTableRequest request) {
        context.recorder().send(request, context.client()::createTable);
        try (DynamoDbWaiter waiter = context.client().waiter()) {
            waiter.waitUntilTableExists(DescribeTableRequest.builder().tableName(tableName()).build(), TableFactory.TABLE_WAIT);
        }
        TableFactory.updateTimeToLiveRequest(tableName(), schema())
                .ifPresent(ttl -> context.recorder().send(ttl, context.client()::updateTimeToLive));
    }

    /** @return the entity's simple name, for messages */
    final String entityName() {
        return WritePlans.entityName(schema());
    }

    private Optional<T> sendDelete(WritePlan<T> plan, boolean returnOld) {
        DeleteItemResponse response;
        try {
            response = context.recorder().send(DeleteItemRequest.builder()
                    .tableName(plan.tableName())
                    .key(plan.key())
                    .conditionExpression(plan.conditionExpression())
                    .expressionAttributeNames(plan.names())
                    .expressionAttributeValues(plan.values())
                    .returnValues(returnOld ? ReturnValue.ALL_OLD : ReturnValue.NONE)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build(), context.client()::deleteItem);
        } catch (ConditionalCheckFailedException e) {
            throw conditionFailed("delete", plan, e.hasItem() ? e.item() : null, e);
        }
        if (!returnOld || !response.hasAttributes() || response.attributes().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(schema().fromItem(response.attributes()));
    }

    /** Validates the item and plans its put: version handling, conditions; see {@link WritePlans#planPut}. */
    final WritePlan<T> planPut(T item, Condition condition, boolean ifAbsent) {
        return WritePlans.planPut(context, item, condition, ifAbsent, false);
    }

    /** @return the item as written by the plan; see {@link WritePlans#written} */
    final T written(WritePlan<T> plan, Map<String, AttributeValue> stored) {
        return WritePlans.written(schema(), plan, stored);
    }

    /** Plans a delete by key, conditional on {@code condition} and, when given, on the version. */
    final WritePlan<T> planDelete(Key<T> key, Condition condition, Long expectedVersion) {
        Map<String, AttributeValue> map = checkedKey(key);
        ExpressionWriter writer = new ExpressionWriter();
        List<String> conditions = new ArrayList<>(2);
        if (condition != null) {
            conditions.add("(" + condition.toExpression(writer) + ")");
        }
        if (expectedVersion != null) {
            conditions.add("(" + versionCondition(writer, expectedVersion) + ")");
        }
        return new WritePlan<>(tableName(), entityName(), map, null, null, null,
                conditions.isEmpty() ? null : String.join(" AND ", conditions), writer.names(), writer.values(), expectedVersion);
    }

    /** Plans the delete of an item as read: conditional on its version for versioned entities. */
    final WritePlan<T> planDeleteItem(T item) {
        Objects.requireNonNull(item, "item");
        Key<T> key = keyOf(item);
        Optional<ItemSchema.VersionSupport<T>> versioning = schema().versioning();
        return planDelete(key, null, versioning.isPresent() ? versioning.get().version(item) : null);
    }

    /** Renders the version check: the item is absent (version 0) or holds exactly {@code expected}. */
    final String versionCondition(ExpressionWriter writer, long expected) {
        return WritePlans.versionCondition(schema(), writer, expected);
    }

    /** @return whether the failure is a version conflict rather than the user's condition */
    final boolean isVersionConflict(WritePlan<T> plan, Map<String, AttributeValue> current) {
        return WritePlans.isVersionConflict(schema(), plan, current);
    }

    /** Builds the exception for a failed conditional write: an optimistic-lock failure or a plain one. */
    final ConditionFailedException conditionFailed(String operation, WritePlan<T> plan, Map<String, AttributeValue> current,
            Throwable cause) {
        return WritePlans.conditionFailed(schema(), operation, plan, current, cause);
    }

    /** @return the raw key, checked to name exactly this table's key attributes */
    final Map<String, AttributeValue> checkedKey(Key<T> key) {
        Map<String, AttributeValue> map = Objects.requireNonNull(key, "key").toMap();
        IndexDescriptor primary = schema().primaryIndex();
        boolean matches = map.containsKey(primary.partitionKey().name())
                && (primary.sortKey() == null ? map.size() == 1 : map.size() == 2 && map.containsKey(primary.sortKey().name()));
        if (!matches) {
            throw new IllegalArgumentException(key + " does not match the key of " + entityName() + " (" + primary.partitionKey().name()
                    + (primary.sortKey() == null ? "" : ", " + primary.sortKey().name()) + "); build keys with the table's key(...) method");
        }
        return map;
    }

    /** @return the item's attributes, after refusing partial items, bad keys and items over 400 KB */
    private Map<String, AttributeValue> validatedItem(T item) {
        return ItemChecks.writableItem(schema(), item, null, context.clock().instant());
    }

    /** @return a readable key such as {@code (customerId=c1, orderId=o1)} */
    static String describeKey(Map<String, AttributeValue> key) {
        StringBuilder out = new StringBuilder("(");
        for (Map.Entry<String, AttributeValue> entry : key.entrySet()) {
            if (out.length() > 1) {
                out.append(", ");
            }
            AttributeValue value = entry.getValue();
            Object shown = value.s() != null ? value.s() : value.n() != null ? value.n() : value.b() != null ? "<binary>" : value;
            out.append(entry.getKey()).append('=').append(shown);
        }
        return out.append(')').toString();
    }
}
