package dev.dynaq;

import dev.dynaq.internal.QuerySpec;
import dev.dynaq.internal.ReadPlan;
import dev.dynaq.internal.SyncReader;
import dev.dynaq.internal.TableContext;
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
public final class Scan<T> extends ReadOptions<T, Scan<T>> {

    Scan(TableContext<T> context, QuerySpec spec) {
        super(context, spec);
        if (spec.isQuery()) {
            throw new IllegalArgumentException("a Scan needs a scan spec");
        }
    }

    /** @return a scan reading strongly consistent (twice the read capacity) */
    public Scan<T> consistentRead() {
        return copy(spec().withConsistentRead(true));
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

    @Override
    protected Scan<T> copy(QuerySpec newSpec) {
        return new Scan<>(context(), newSpec);
    }

    private SyncReader<T> reader() {
        return new SyncReader<>(ReadPlan.of(context(), spec()));
    }
}
