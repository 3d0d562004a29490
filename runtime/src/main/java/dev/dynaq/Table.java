package dev.dynaq;

import dev.dynaq.internal.TableContext;
import java.util.Objects;
import java.util.Optional;

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
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * @param key the item's key
     * @return the item, read strongly consistent
     */
    public final Optional<T> getConsistent(Key<T> key) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Writes the item, replacing any item with the same key.
     *
     * @param item the item
     */
    public final void put(T item) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Deletes the item with the key, if there is one.
     *
     * @param key the key
     */
    public final void delete(Key<T> key) {
        throw new UnsupportedOperationException("TODO");
    }
}
