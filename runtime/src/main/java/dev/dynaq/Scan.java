package dev.dynaq;

import dev.dynaq.internal.QuerySpec;
import dev.dynaq.internal.ReadKeys;
import dev.dynaq.internal.ReadPlan;
import dev.dynaq.internal.SyncReader;
import dev.dynaq.internal.TableContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A scan of a whole table, from {@code Table.scan()}. A scan reads (and is charged for) every item of
 * the table; a filter only drops items after they are read. Prefer a query where a key allows it.
 *
 * <p>Scans are immutable: every option method returns a new scan, so a scan can be kept, shared
 * between threads and run many times. Pages, cursors, {@code limit}, {@code pageSize} and
 * {@code offset} behave as for {@link Query}.
 *
 * @param <T> the entity type
 */
public final class Scan<T> {
    private final TableContext<T> context;
    private final QuerySpec spec;

    Scan(TableContext<T> context, QuerySpec spec) {
        this.context = Objects.requireNonNull(context, "context");
        this.spec = Objects.requireNonNull(spec, "spec");
        if (spec.isQuery()) {
            throw new IllegalArgumentException("a Scan needs a scan spec");
        }
    }

    /**
     * @param filter the filter, combined with AND with any earlier one; items are read, then dropped
     * @return the new scan
     */
    public Scan<T> filter(Condition filter) {
        Objects.requireNonNull(filter, "filter");
        return copy(spec.withFilter(spec.filter() == null ? filter : spec.filter().and(filter)));
    }

    /**
     * Reads only the given attributes (and the keys). The results are marked partial: writing one back
     * throws {@link InvalidValueException}.
     *
     * @param attributes the attributes to read
     * @return the new scan
     */
    @SafeVarargs
    public final Scan<T> project(Attribute<T, ?>... attributes) {
        if (attributes.length == 0) {
            throw new IllegalArgumentException("project() needs at least one attribute");
        }
        List<Attribute<?, ?>> list = new ArrayList<>(attributes.length);
        for (Attribute<T, ?> attribute : attributes) {
            list.add(Objects.requireNonNull(attribute, "attribute"));
        }
        return copy(spec.withProjection(list));
    }

    /** @return a scan reading only the table's key attributes; the results are marked partial */
    public Scan<T> keysOnly() {
        return copy(spec.withKeysOnly(true));
    }

    /**
     * @param limit the maximum number of items returned in total
     * @return the new scan
     */
    public Scan<T> limit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        return copy(spec.withLimit(limit));
    }

    /**
     * @param pageSize how many items each request evaluates (DynamoDB's {@code Limit})
     * @return the new scan
     */
    public Scan<T> pageSize(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, got " + pageSize);
        }
        return copy(spec.withPageSize(pageSize));
    }

    /**
     * Skips matching items; they are still read and charged.
     *
     * @param offset how many matching items to skip
     * @return the new scan
     */
    public Scan<T> offset(int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + offset);
        }
        return copy(spec.withOffset(offset));
    }

    /**
     * @param cursor where to start: a cursor of a page of a scan of this table
     * @return the new scan
     * @throws InvalidCursorException if the cursor belongs to an index or another key shape
     */
    public Scan<T> startCursor(Cursor cursor) {
        ReadKeys.validateCursor(context.schema(), spec, cursor, "start cursor");
        return copy(spec.withStartCursor(cursor));
    }

    /** @return a scan reading strongly consistent (twice the read capacity) */
    public Scan<T> consistentRead() {
        return copy(spec.withConsistentRead(true));
    }

    /** @return a scan that asks DynamoDB for the consumed capacity, reported on each {@link Page} */
    public Scan<T> returnConsumedCapacity() {
        return copy(spec.withReturnConsumedCapacity(true));
    }

    /**
     * @param timeout the deadline of each call made for this scan
     * @return the new scan
     */
    public Scan<T> timeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        return copy(spec.withTimeout(timeout));
    }

    /** @return every matching item, lazily: pages are fetched as the stream is consumed */
    public Stream<T> stream() {
        return reader().stream();
    }

    /** @return the non-empty pages, lazily, each with the cursor of the next (see {@link Query#pages()}) */
    public Iterable<Page<T>> pages() {
        return reader().pages();
    }

    /** @return every matching item (up to {@code limit}) */
    public List<T> list() {
        return reader().list();
    }

    /**
     * @param limit the maximum number of items
     * @return up to {@code limit} matching items
     */
    public List<T> fetch(int limit) {
        return reader().fetch(limit);
    }

    /**
     * @param pageSize the number of items wanted; fewer only on the last page (see {@link Query#fetchPage(int)})
     * @return one page and the cursor of the next
     */
    public Page<T> fetchPage(int pageSize) {
        return reader().fetchPage(pageSize);
    }

    /** @return the first matching item */
    public Optional<T> first() {
        return reader().first();
    }

    /** @return the number of matching items, counted by DynamoDB ({@code Select.COUNT}) without loading them */
    public long count() {
        return reader().count(null);
    }

    /**
     * @param limit stop counting at this number
     * @return the number of matching items, at most {@code limit}
     */
    public long count(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("count limit must be at least 1, got " + limit);
        }
        return reader().count(limit);
    }

    /**
     * @param mapper applied to each item
     * @return the mapped items
     */
    public <R> List<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return reader().map(mapper);
    }

    private Scan<T> copy(QuerySpec newSpec) {
        return new Scan<>(context, newSpec);
    }

    private SyncReader<T> reader() {
        return new SyncReader<>(ReadPlan.of(context, spec));
    }
}
