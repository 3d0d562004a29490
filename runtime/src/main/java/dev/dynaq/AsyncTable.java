package dev.dynaq;

import dev.dynaq.internal.TableContext;
import java.util.Objects;

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

    // TODO(query helper): getAsync(Key), getConsistentAsync(Key), putAsync(T), deleteAsync(Key).
}
