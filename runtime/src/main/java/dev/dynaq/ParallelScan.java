package dev.dynaq;

import dev.dynaq.internal.ParallelFeed;
import dev.dynaq.internal.QuerySpec;
import dev.dynaq.internal.TableContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A scan of a whole table split into segments (DynamoDB's {@code Segment}/{@code TotalSegments})
 * that are read concurrently, from {@code Table.parallelScan(totalSegments)}. Every item is returned
 * exactly once, in no particular order.
 *
 * <p>At most {@value ParallelFeed#MAX_WORKERS} segments are read at the same time, on the executor
 * given to {@code Table.parallelScan(int, Executor)} or else on a pool of daemon threads created for
 * each run and shut down when it ends. Items are handed to the calling thread: the consumer of
 * {@link #forEach(Consumer)} and the stream's operations run there, one item at a time. Pages wait in
 * a small bounded buffer, so a slow consumer slows the scan rather than filling memory.
 *
 * <p>Immutable: every option method returns a new parallel scan.
 *
 * @param <T> the entity type
 */
public final class ParallelScan<T> {
    /** The most segments DynamoDB accepts. */
    public static final int MAX_SEGMENTS = 1_000_000;

    private final TableContext<T> context;
    private final QuerySpec spec;
    private final int totalSegments;
    private final Executor executor;

    ParallelScan(TableContext<T> context, QuerySpec spec, int totalSegments, Executor executor) {
        if (totalSegments < 1 || totalSegments > MAX_SEGMENTS) {
            throw new IllegalArgumentException("totalSegments must be 1 to " + MAX_SEGMENTS + ", got " + totalSegments);
        }
        this.context = Objects.requireNonNull(context, "context");
        this.spec = Objects.requireNonNull(spec, "spec");
        this.totalSegments = totalSegments;
        this.executor = executor;
    }

    /** @return the number of segments */
    public int totalSegments() {
        return totalSegments;
    }

    /**
     * @param filter the filter, combined with AND with any earlier one; items are read, then dropped
     * @return the new parallel scan
     */
    public ParallelScan<T> filter(Condition filter) {
        Objects.requireNonNull(filter, "filter");
        return copy(spec.withFilter(spec.filter() == null ? filter : spec.filter().and(filter)));
    }

    /**
     * Reads only the given attributes (and the keys); the results are marked partial.
     *
     * @param attributes the attributes to read
     * @return the new parallel scan
     */
    @SafeVarargs
    public final ParallelScan<T> project(Attribute<T, ?>... attributes) {
        if (attributes.length == 0) {
            throw new IllegalArgumentException("project() needs at least one attribute");
        }
        List<Attribute<?, ?>> list = new ArrayList<>(attributes.length);
        for (Attribute<T, ?> attribute : attributes) {
            list.add(Objects.requireNonNull(attribute, "attribute"));
        }
        return copy(spec.withProjection(list));
    }

    /**
     * @param pageSize how many items each request evaluates (DynamoDB's {@code Limit})
     * @return the new parallel scan
     */
    public ParallelScan<T> pageSize(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, got " + pageSize);
        }
        return copy(spec.withPageSize(pageSize));
    }

    /** @return a parallel scan reading strongly consistent */
    public ParallelScan<T> consistentRead() {
        return copy(spec.withConsistentRead(true));
    }

    /**
     * The items, lazily, as the segments deliver them. Close the stream (try-with-resources) when it
     * is not consumed to the end, to stop the segment readers early.
     *
     * @return every matching item, once
     */
    public Stream<T> stream() {
        ParallelFeed<T> feed = ParallelFeed.start(context, spec, totalSegments, executor);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(feed, Spliterator.NONNULL), false)
                .onClose(feed::close);
    }

    /**
     * @param action called on the calling thread for every matching item, once
     */
    public void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
        try (ParallelFeed<T> feed = ParallelFeed.start(context, spec, totalSegments, executor)) {
            feed.forEachRemaining(action);
        }
    }

    /** @return every matching item, once, in no particular order */
    public List<T> list() {
        List<T> items = new ArrayList<>();
        forEach(items::add);
        return items;
    }

    /** @return the number of matching items, counted by DynamoDB ({@code Select.COUNT}) segment by segment */
    public long count() {
        return ParallelFeed.count(context, spec, totalSegments, executor);
    }

    private ParallelScan<T> copy(QuerySpec newSpec) {
        return new ParallelScan<>(context, newSpec, totalSegments, executor);
    }
}
