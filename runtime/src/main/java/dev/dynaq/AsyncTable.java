package dev.dynaq;

import dev.dynaq.internal.ExpressionWriter;
import dev.dynaq.internal.ItemReads;
import dev.dynaq.internal.TableContext;
import dev.dynaq.internal.WriteStamps;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;

/**
 * The async operations of one DynamoDB table mapped to entity {@code T}, on a
 * {@code DynamoDbAsyncClient}. Generated as {@code OrderAsyncTable}, created by
 * {@code OrderTable.createAsync(client)}. Immutable and thread-safe.
 *
 * @param <T> the entity type
 */
public abstract class AsyncTable<T> {
    private final TableContext<T> context;

    /** @param context the async client, table name and schema */
    protected AsyncTable(TableContext<T> context) {
        this.context = Objects.requireNonNull(context, "context");
        if (context.asyncClient() == null) {
            throw new IllegalArgumentException("an AsyncTable needs a DynamoDbAsyncClient");
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
     * @return the item, read eventually consistent, when the read completes
     */
    public final CompletableFuture<Optional<T>> getAsync(Key<T> key) {
        return ItemReads.getAsync(context, key, false);
    }

    /**
     * @param key the item's key
     * @return the item, read strongly consistent, when the read completes
     */
    public final CompletableFuture<Optional<T>> getConsistentAsync(Key<T> key) {
        return ItemReads.getAsync(context, key, true);
    }

    /**
     * Writes the item, replacing any item with the same key. The {@code @Version} attribute, if any,
     * is written as it is, neither checked nor incremented. Dates and counters are written as by the sync
     * table's {@code put}: {@code @LastModifiedDate} is the clock's time, and an entity with a
     * {@code @CreatedDate} or an {@code @AtomicCounter} is sent as an {@code UpdateItem} that keeps their
     * stored values.
     *
     * @param item the item
     * @return completes when the item is written; fails with {@link InvalidValueException} (before any
     *     request) if the item was read partially (projection, keys only), has a missing or empty key (also of a
     *     secondary index), a value DynamoDB cannot store, or is over 400 KB
     */
    public final CompletableFuture<Void> putAsync(T item) {
        WritePlan<T> plan;
        try {
            Map<String, AttributeValue> attributes = ItemChecks.writableItem(context.schema(), item, null, context.clock().instant());
            ExpressionWriter writer = new ExpressionWriter();
            String update = schema().lifecycle().keepsStoredValues() ? WriteStamps.putExpression(schema(), attributes, writer) : null;
            plan = new WritePlan<>(tableName(), schema().itemType().getSimpleName(), schema().primaryKey(item), attributes, item,
                    update, null, writer.names(), writer.values(), null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return PutRequests.sendAsync(context, plan).thenApply(stored -> null);
    }

    /**
     * Writes the item as the sync table's {@code putPreserving} does: through {@code UpdateItem}, so that
     * attributes of the stored item that the entity does not map are kept; the {@code @Version}, if any,
     * checked and incremented; the stored created date and counters kept, the last-modified date now.
     *
     * @param item the item
     * @param condition an extra condition on the stored item, or {@code null}
     * @return the item as written (with its new version; for an entity with dates or counters, as stored) when
     *     the write completes; fails with {@link ConditionFailedException} if the condition did not hold,
     *     {@link OptimisticLockException} if the stored version is not the item's, and with
     *     {@link InvalidValueException} (before any request) for an item that cannot be stored
     */
    public final CompletableFuture<T> putPreservingAsync(T item, Condition condition) {
        WritePlan<T> plan;
        try {
            plan = WritePlans.planPut(context, item, condition, false, true);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return PutRequests.sendAsync(context, plan).handle((stored, failure) -> {
            if (failure == null) {
                return WritePlans.written(schema(), plan, stored);
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof ConditionalCheckFailedException e) {
                throw new CompletionException(WritePlans.conditionFailed(schema(), "put", plan, e.hasItem() ? e.item() : null, e));
            }
            throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
        });
    }

    /**
     * Deletes the item with the key, if there is one.
     *
     * @param key the key
     * @return completes when the item is gone
     */
    public final CompletableFuture<Void> deleteAsync(Key<T> key) {
        Objects.requireNonNull(key, "key");
        DeleteItemRequest request = DeleteItemRequest.builder().tableName(context.tableName()).key(key.toMap()).build();
        return context.recorder().sendAsync(request, 1, context.asyncClient()::deleteItem).thenApply(response -> null);
    }
}
