package dev.dynaq;

import dev.dynaq.internal.QuerySpec;
import dev.dynaq.internal.ReadKeys;
import dev.dynaq.internal.TableContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The options shared by {@link Query}, {@link AsyncQuery} and {@link Scan}, declared once: what a read
 * asks for, not how it runs. Package-private so that the public surface stays the read types; their
 * public subclasses inherit every option as their own.
 *
 * <p>Immutable: every option method returns a new read of the concrete type {@code Q} and leaves this
 * one as it was.
 *
 * @param <T> the entity type
 * @param <Q> the concrete read type, returned by the option methods
 */
abstract class ReadOptions<T, Q extends ReadOptions<T, Q>> {
    private final TableContext<T> context;
    private final QuerySpec spec;

    /**
     * @param context the table
     * @param spec what is asked
     */
    ReadOptions(TableContext<T> context, QuerySpec spec) {
        this.context = Objects.requireNonNull(context, "context");
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    /**
     * @param spec the new spec
     * @return a query of the concrete type with the spec
     */
    protected abstract Q copy(QuerySpec spec);

    /** @return the table */
    protected final TableContext<T> context() {
        return context;
    }

    /** @return what is asked */
    protected final QuerySpec spec() {
        return spec;
    }

    /**
     * Filters the items the key condition (or the scan) selects. DynamoDB still reads (and charges for)
     * every item it selects. In a query, a filter on the queried key's own attributes is rejected: use
     * the sort-key methods instead.
     *
     * @param filter the filter, combined with AND with any earlier one
     * @return the new query or scan
     * @throws DynaqException if a query's filter uses the partition or sort key of the queried index
     */
    public final Q filter(Condition filter) {
        Objects.requireNonNull(filter, "filter");
        if (spec.isQuery()) {
            ReadKeys.rejectKeyFilter(spec.index(), filter);
        }
        return copy(spec.withFilter(spec.filter() == null ? filter : spec.filter().and(filter)));
    }

    /**
     * Reads only the given attributes. The results are entities with only those attributes set; they
     * are marked as partial, and writing one back throws {@link InvalidValueException}.
     *
     * @param attributes the attributes to read
     * @return the new query or scan
     */
    @SafeVarargs
    public final Q project(Attribute<T, ?>... attributes) {
        if (attributes.length == 0) {
            throw new IllegalArgumentException("project() needs at least one attribute");
        }
        List<Attribute<?, ?>> list = new ArrayList<>(attributes.length);
        for (Attribute<T, ?> attribute : attributes) {
            list.add(Objects.requireNonNull(attribute, "attribute"));
        }
        return copy(spec.withProjection(list));
    }

    /** @return a read of only the key attributes (of the table, and of the queried index); results are marked partial */
    public final Q keysOnly() {
        return copy(spec.withKeysOnly(true));
    }

    /**
     * @param limit the maximum number of items returned in total (NDB's {@code limit})
     * @return the new query or scan
     */
    public final Q limit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        return copy(spec.withLimit(limit));
    }

    /**
     * @param pageSize how many items each request evaluates (DynamoDB's {@code Limit}, NDB's
     *     {@code batch_size}); it sizes requests only, never the result
     * @return the new query or scan
     */
    public final Q pageSize(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, got " + pageSize);
        }
        return copy(spec.withPageSize(pageSize));
    }

    /**
     * Skips matching items. They are still read from DynamoDB (and charged): an offset costs as much
     * as reading those items. Prefer cursors for deep pages.
     *
     * @param offset how many matching items to skip
     * @return the new query or scan
     */
    public final Q offset(int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + offset);
        }
        return copy(spec.withOffset(offset));
    }

    /**
     * @param cursor where to start: a cursor of a page of this same query (or of a scan of this table)
     * @return the new query or scan
     * @throws InvalidCursorException if the cursor belongs to another table, index, partition or key shape
     */
    public final Q startCursor(Cursor cursor) {
        ReadKeys.validateCursor(context.schema(), spec, cursor, "start cursor");
        return copy(spec.withStartCursor(cursor));
    }

    /** @return a read that asks DynamoDB for the consumed capacity, reported on each {@link Page} */
    public final Q returnConsumedCapacity() {
        return copy(spec.withReturnConsumedCapacity(true));
    }

    /**
     * @param timeout the deadline of each call made for this read
     * @return the new query or scan
     */
    public final Q timeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        return copy(spec.withTimeout(timeout));
    }
}
