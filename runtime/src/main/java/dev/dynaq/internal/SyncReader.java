package dev.dynaq.internal;

import dev.dynaq.Cursor;
import dev.dynaq.Page;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The terminal operations of a query or scan on a sync client, over {@link PageCollector} and
 * {@link CountCollector}. Immutable; each terminal starts a new read.
 *
 * @param <T> the entity type
 */
public final class SyncReader<T> {
    private final ReadPlan<T> plan;

    /** @param plan the read */
    public SyncReader(ReadPlan<T> plan) {
        this.plan = plan;
    }

    /**
     * @param pageSize the items wanted
     * @return one page from the start (cursor and offset of the spec), with the cursor of the next
     */
    public Page<T> fetchPage(int pageSize) {
        return toPage(plan, run(new PageCollector(plan, ReadPosition.start(plan.spec()), pageSize, false)));
    }

    /**
     * @param limit the most items wanted
     * @return up to that many items
     */
    public List<T> fetch(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("fetch limit must be at least 1, got " + limit);
        }
        return fetchPage(limit).items();
    }

    /** @return the first item */
    public Optional<T> first() {
        return fetchPage(1).items().stream().findFirst();
    }

    /** @return the non-empty pages, lazily */
    public Iterable<Page<T>> pages() {
        return () -> new PageIterator<>(plan);
    }

    /** @return the items, lazily */
    public Stream<T> stream() {
        return StreamSupport.stream(pages().spliterator(), false).flatMap(page -> page.items().stream());
    }

    /** @return all items */
    public List<T> list() {
        List<T> all = new ArrayList<>();
        for (Page<T> page : pages()) {
            all.addAll(page.items());
        }
        return all;
    }

    /**
     * @param cap the most to count, or {@code null}
     * @return the number of matching items
     */
    public long count(Integer cap) {
        if (plan.hasEnd()) {
            return countByKeys(plan, cap);
        }
        CountCollector counter = new CountCollector(plan, cap);
        while (!counter.isComplete()) {
            counter.accept(plan.execute(counter.nextCall()));
        }
        return counter.result();
    }

    /**
     * @param mapper applied to each item
     * @return the mapped items
     */
    public <R> List<R> map(Function<? super T, ? extends R> mapper) {
        List<R> mapped = new ArrayList<>();
        stream().forEach(item -> mapped.add(mapper.apply(item)));
        return mapped;
    }

    private static <T> long countByKeys(ReadPlan<T> plan, Integer cap) {
        QuerySpec keys = plan.spec().withKeysOnly(true).withProjection(List.of());
        if (cap != null) {
            keys = keys.withLimit(plan.spec().limit() == null ? cap : Math.min(cap, plan.spec().limit()));
        }
        ReadPlan<T> keyPlan = ReadPlan.of(plan.context(), keys);
        long count = 0;
        ReadPosition position = ReadPosition.start(keys);
        while (position.canContinue()) {
            PageResult result = run(keyPlan, new PageCollector(keyPlan, position, Integer.MAX_VALUE, true));
            count += result.items().size();
            position = result.next();
        }
        return count;
    }

    private PageResult run(PageCollector collector) {
        return run(plan, collector);
    }

    private static PageResult run(ReadPlan<?> plan, PageCollector collector) {
        while (!collector.isComplete()) {
            collector.accept(plan.execute(collector.nextCall()));
        }
        return collector.result();
    }

    /**
     * @param plan the read
     * @param result a raw page
     * @return the page of entities with its cursor
     */
    static <T> Page<T> toPage(ReadPlan<T> plan, PageResult result) {
        List<T> items = new ArrayList<>(result.items().size());
        for (Map<String, AttributeValue> item : result.items()) {
            items.add(plan.toEntity(item));
        }
        Cursor cursor = result.cursorKey() == null ? null : new Cursor(plan.spec().index().indexName(), result.cursorKey());
        if (cursor != null) {
            cursor = CursorCodec.bound(cursor, plan.context().tableName(), plan.context().cursorSigner());
        }
        return new Page<>(items, cursor, result.consumedCapacity());
    }

    /** The page size of {@code pages()}: the {@code pageSize} option, else one response per page. */
    static int iterationPageSize(QuerySpec spec) {
        return spec.pageSize() == null ? Integer.MAX_VALUE : spec.pageSize();
    }

    private static final class PageIterator<T> implements Iterator<Page<T>> {
        private final ReadPlan<T> plan;
        private ReadPosition position;
        private Page<T> next;

        PageIterator(ReadPlan<T> plan) {
            this.plan = plan;
            this.position = ReadPosition.start(plan.spec());
        }

        @Override
        public boolean hasNext() {
            while (next == null && position.canContinue()) {
                PageResult result = run(plan, new PageCollector(plan, position, iterationPageSize(plan.spec()),
                        plan.spec().pageSize() == null));
                position = result.next();
                if (!result.items().isEmpty()) {
                    next = toPage(plan, result);
                }
            }
            return next != null;
        }

        @Override
        public Page<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Page<T> page = next;
            next = null;
            return page;
        }
    }
}
