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
public abstract class Query<T, Q extends Query<T, Q>> extends QueryOptions<T, Q> {
    /**
     * @param context the table
     * @param spec what is asked
     */
    protected Query(TableContext<T> context, QuerySpec spec) {
        super(context, spec);
    }

    // ---- terminals: each runs a new read (see PageCollector for the paging algorithm)

    /**
     * @return every matching item (up to {@code limit}), lazily: a page is fetched only when the stream
     *     needs its first item, so a short-circuiting stream ({@code findFirst}, {@code limit}) stops reading
     */
    public final Stream<T> stream() {
        return reader().stream();
    }

    /**
     * Pages of the whole result, lazily: each page holds {@code pageSize} items when that option is
     * set (the last one fewer), else the matching items of one DynamoDB response (up to 1 MB read).
     * Empty pages are never returned; an empty result has no page.
     *
     * @return the pages, each with the cursor of the next
     */
    public final Iterable<Page<T>> pages() {
        return reader().pages();
    }

    /** @return every matching item (up to {@code limit}) */
    public final List<T> list() {
        return reader().list();
    }

    /**
     * @param limit the maximum number of items
     * @return up to {@code limit} matching items (and at most the query's own {@code limit})
     */
    public final List<T> fetch(int limit) {
        return reader().fetch(limit);
    }

    /**
     * Reads one page of exactly {@code pageSize} matching items, fewer only when the query is
     * exhausted (or its {@code limit} is smaller), sending as many requests as that takes. Resume with
     * {@code startCursor(page.cursor().get())} on this same query: every item is returned once, in
     * order. {@link Page#hasMore()} can be true while the next page turns out empty, as with
     * DynamoDB's {@code LastEvaluatedKey}. The cursor stays present when the page stops at the query's
     * {@code limit}: it tells where the result continues.
     *
     * @param pageSize the number of items wanted; fewer only on the last page
     * @return one page and the cursor of the next
     */
    public final Page<T> fetchPage(int pageSize) {
        return reader().fetchPage(pageSize);
    }

    /** @return the first matching item; without a filter only one item is requested */
    public final Optional<T> first() {
        return reader().first();
    }

    /**
     * Counts with {@code Select.COUNT}, summed across pages, without loading items; the filter, offset
     * and limit apply. With an end cursor, the keys are read instead (COUNT cannot stop at a key).
     *
     * @return the number of matching items
     */
    public final long count() {
        return reader().count(null);
    }

    /**
     * @param limit stop counting at this number; without a filter, DynamoDB evaluates no more items than that
     * @return the number of matching items, at most {@code limit}
     */
    public final long count(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("count limit must be at least 1, got " + limit);
        }
        return reader().count(limit);
    }

    /**
     * @param mapper applied to each item
     * @return the mapped items
     */
    public final <R> List<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return reader().map(mapper);
    }

    private SyncReader<T> reader() {
        if (context().client() == null) {
            throw new IllegalStateException("this query belongs to an async table (DynamoDbAsyncClient); use its AsyncQuery");
        }
        return new SyncReader<>(ReadPlan.of(context(), spec()));
    }
}
