package dev.dynaq;

import dev.dynaq.internal.QuerySpec;
import dev.dynaq.internal.SortKeyCondition;
import dev.dynaq.internal.TableContext;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A query of one partition of a table or index. Generated tables subclass it once per key
 * ({@code OrderTable.CustomerIdQuery}, {@code OrderTable.StatusQuery}) to add the sort-key methods of
 * that key only, typed by the sort key's Java type, and {@code consistentRead()} where DynamoDB allows
 * it (the table and local indexes, never a global index).
 *
 * <p>Queries are immutable: every option method returns a new query and leaves this one as it was, so
 * a query can be kept, shared between threads and run many times.
 *
 * @param <T> the entity type
 * @param <Q> the concrete query type, returned by the option methods
 */
public abstract class Query<T, Q extends Query<T, Q>> {
    private final TableContext<T> context;
    private final QuerySpec spec;

    /**
     * @param context the table
     * @param spec what is asked
     */
    protected Query(TableContext<T> context, QuerySpec spec) {
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

    /** @return a query with the sort-key condition (replacing any earlier one) */
    protected final Q withSortKey(SortKeyCondition condition) {
        return copy(spec.withSortKey(condition));
    }

    /** @return a query reading consistently; generated query types expose it where DynamoDB allows it */
    protected final Q withConsistentRead() {
        return copy(spec.withConsistentRead(true));
    }

    /**
     * Filters the items the key condition selects. DynamoDB still reads (and charges for) every item
     * the key selects. A filter on the queried key's own attributes is rejected: use the sort-key
     * methods instead.
     *
     * @param filter the filter, combined with AND with any earlier one
     * @return the new query
     */
    public final Q filter(Condition filter) {
        Objects.requireNonNull(filter, "filter");
        return copy(spec.withFilter(spec.filter() == null ? filter : spec.filter().and(filter)));
    }

    /** @return a query reading in descending sort-key order (newest first for a time sort key) */
    public final Q descending() {
        return copy(spec.withDescending(true));
    }

    /**
     * Reads only the given attributes. The results are entities with only those attributes set; they
     * are marked as partial, and writing one back throws {@link InvalidValueException}.
     *
     * @param attributes the attributes to read
     * @return the new query
     */
    @SafeVarargs
    public final Q project(Attribute<T, ?>... attributes) {
        if (attributes.length == 0) {
            throw new IllegalArgumentException("project() needs at least one attribute");
        }
        List<Attribute<?, ?>> list = List.copyOf(Arrays.asList(attributes));
        return copy(spec.withProjection(list));
    }

    /** @return a query reading only key attributes (of the table and of the queried index) */
    public final Q keysOnly() {
        return copy(spec.withKeysOnly(true));
    }

    /**
     * @param limit the maximum number of items returned in total (NDB's {@code limit})
     * @return the new query
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
     * @return the new query
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
     * @return the new query
     */
    public final Q offset(int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + offset);
        }
        return copy(spec.withOffset(offset));
    }

    /**
     * @param cursor where to start: a cursor of a page of this same query
     * @return the new query
     * @throws InvalidCursorException if the cursor belongs to another table, index, partition or key shape
     */
    public final Q startCursor(Cursor cursor) {
        // TODO(query helper): validate against this query's shape and partition, now.
        return copy(spec.withStartCursor(Objects.requireNonNull(cursor, "cursor")));
    }

    /**
     * @param cursor where to stop: results end with the item the cursor was taken after
     * @return the new query
     * @throws InvalidCursorException if the cursor belongs to another table, index, partition or key shape
     */
    public final Q endCursor(Cursor cursor) {
        // TODO(query helper): validate as startCursor.
        return copy(spec.withEndCursor(Objects.requireNonNull(cursor, "cursor")));
    }

    /** @return a query that asks DynamoDB for the consumed capacity, reported on each {@link Page} */
    public final Q returnConsumedCapacity() {
        return copy(spec.withReturnConsumedCapacity(true));
    }

    /**
     * @param timeout the deadline of each call made for this query
     * @return the new query
     */
    public final Q timeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        return copy(spec.withTimeout(timeout));
    }

    // ---- terminals; TODO(query helper): implement through the read engine.

    /** @return every matching item, lazily: pages are fetched as the stream is consumed */
    public final Stream<T> stream() {
        throw new UnsupportedOperationException();
    }

    /** @return the pages, lazily, each with its cursor */
    public final Iterable<Page<T>> pages() {
        throw new UnsupportedOperationException();
    }

    /** @return every matching item (up to {@code limit}) */
    public final List<T> list() {
        throw new UnsupportedOperationException();
    }

    /**
     * @param limit the maximum number of items
     * @return up to {@code limit} matching items
     */
    public final List<T> fetch(int limit) {
        throw new UnsupportedOperationException();
    }

    /**
     * @param pageSize the number of items wanted; fewer only on the last page
     * @return one page and the cursor of the next
     */
    public final Page<T> fetchPage(int pageSize) {
        throw new UnsupportedOperationException();
    }

    /** @return the first matching item */
    public final Optional<T> first() {
        throw new UnsupportedOperationException();
    }

    /** @return the number of matching items, counted by DynamoDB ({@code Select.COUNT}), without loading them */
    public final long count() {
        throw new UnsupportedOperationException();
    }

    /**
     * @param limit stop counting at this number
     * @return the number of matching items, at most {@code limit}
     */
    public final long count(int limit) {
        throw new UnsupportedOperationException();
    }

    /**
     * @param mapper applied to each item
     * @return the mapped items
     */
    public final <R> List<R> map(Function<? super T, ? extends R> mapper) {
        throw new UnsupportedOperationException();
    }
}
