package dev.dynaq;

import dev.dynaq.internal.AsyncReader;
import dev.dynaq.internal.QuerySpec;
import dev.dynaq.internal.ReadPlan;
import dev.dynaq.internal.TableContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Function;

/**
 * The async form of {@link Query}: the same options (immutable, each returns a new query) and the same
 * paging, with terminals that return {@link CompletableFuture}s and a {@link Flow.Publisher}, on a table
 * created with a {@code DynamoDbAsyncClient} ({@code OrderTable.createAsync(client)}). Generated async
 * tables subclass it once per key, as they do {@link Query}.
 *
 * @param <T> the entity type
 * @param <Q> the concrete query type, returned by the option methods
 */
public abstract class AsyncQuery<T, Q extends AsyncQuery<T, Q>> extends QueryOptions<T, Q> {
    /**
     * @param context the table
     * @param spec what is asked
     */
    protected AsyncQuery(TableContext<T> context, QuerySpec spec) {
        super(context, spec);
    }

    // ---- terminals: each runs a new read, with the paging algorithm of Query (see Query#fetchPage)

    /**
     * @param pageSize the number of items wanted; fewer only on the last page
     * @return one page and the cursor of the next
     */
    public final CompletableFuture<Page<T>> fetchPageAsync(int pageSize) {
        return reader().fetchPage(pageSize);
    }

    /** @return the first matching item; without a filter only one item is requested */
    public final CompletableFuture<Optional<T>> firstAsync() {
        return reader().first();
    }

    /** @return the number of matching items, counted by DynamoDB ({@code Select.COUNT}) without loading them */
    public final CompletableFuture<Long> countAsync() {
        return reader().count(null);
    }

    /**
     * @param limit stop counting at this number
     * @return the number of matching items, at most {@code limit}
     */
    public final CompletableFuture<Long> countAsync(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("count limit must be at least 1, got " + limit);
        }
        return reader().count(limit);
    }

    /** @return every matching item (up to {@code limit}) */
    public final CompletableFuture<List<T>> listAsync() {
        return reader().list();
    }

    /**
     * @param limit the maximum number of items
     * @return up to {@code limit} matching items
     */
    public final CompletableFuture<List<T>> fetchAsync(int limit) {
        return reader().fetch(limit);
    }

    /**
     * @param mapper applied to each item
     * @return the mapped items
     */
    public final <R> CompletableFuture<List<R>> mapAsync(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return reader().map(mapper);
    }

    /**
     * The items as a reactive stream. Each subscription runs its own read and respects demand: a page
     * ({@code pageSize} items, or one DynamoDB response) is fetched only when the requested items
     * exceed what is buffered, and cancelling stops fetching. Signals are serialized.
     *
     * @return a publisher of every matching item (up to {@code limit})
     */
    public final Flow.Publisher<T> publisher() {
        return reader().publisher();
    }

    private AsyncReader<T> reader() {
        if (context().asyncClient() == null) {
            throw new IllegalStateException("this query belongs to a sync table (DynamoDbClient); use its Query");
        }
        return new AsyncReader<>(ReadPlan.of(context(), spec()));
    }
}
