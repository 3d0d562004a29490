package dev.dynaq.internal;

import dev.dynaq.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The terminal operations of a query or scan on an async client. The paging and counting logic is
 * the sync engine's ({@link PageCollector}, {@link CountCollector}); only the request chaining
 * differs. Immutable; each terminal starts a new read.
 *
 * @param <T> the entity type
 */
public final class AsyncReader<T> {
    private final ReadPlan<T> plan;

    /** @param plan the read */
    public AsyncReader(ReadPlan<T> plan) {
        this.plan = plan;
    }

    /**
     * @param pageSize the items wanted
     * @return one page and the cursor of the next
     */
    public CompletableFuture<Page<T>> fetchPage(int pageSize) {
        PageCollector collector;
        try {
            collector = new PageCollector(plan, ReadPosition.start(plan.spec()), pageSize, false);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return run(plan, collector).thenApply(result -> SyncReader.toPage(plan, result));
    }

    /**
     * @param limit the most items wanted
     * @return up to that many items
     */
    public CompletableFuture<List<T>> fetch(int limit) {
        if (limit < 1) {
            return CompletableFuture.failedFuture(
                    new IllegalArgumentException("fetch limit must be at least 1, got " + limit));
        }
        return fetchPage(limit).thenApply(Page::items);
    }

    /** @return the first item */
    public CompletableFuture<Optional<T>> first() {
        return fetchPage(1).thenApply(page -> page.items().stream().findFirst());
    }

    /** @return all items */
    public CompletableFuture<List<T>> list() {
        return collect(ReadPosition.start(plan.spec()), new ArrayList<>());
    }

    /**
     * @param mapper applied to each item
     * @return the mapped items
     */
    public <R> CompletableFuture<List<R>> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return list().thenApply(items -> {
            List<R> mapped = new ArrayList<>(items.size());
            items.forEach(item -> mapped.add(mapper.apply(item)));
            return mapped;
        });
    }

    /**
     * @param cap the most to count, or {@code null}
     * @return the number of matching items
     */
    public CompletableFuture<Long> count(Integer cap) {
        if (plan.hasEnd()) {
            QuerySpec keys = plan.spec().withKeysOnly(true).withProjection(List.of());
            if (cap != null) {
                keys = keys.withLimit(plan.spec().limit() == null ? cap : Math.min(cap, plan.spec().limit()));
            }
            return new AsyncReader<>(ReadPlan.of(plan.context(), keys)).list().thenApply(items -> (long) items.size());
        }
        CountCollector counter = new CountCollector(plan, cap);
        return count(counter).thenApply(done -> counter.result());
    }

    /** @return a publisher of the items that reads a page only when demand exceeds what is buffered */
    public Flow.Publisher<T> publisher() {
        return subscriber -> {
            Objects.requireNonNull(subscriber, "subscriber");
            new ItemSubscription<>(plan, subscriber).start();
        };
    }

    private CompletableFuture<Void> count(CountCollector counter) {
        if (counter.isComplete()) {
            return CompletableFuture.completedFuture(null);
        }
        return plan.executeAsync(counter.nextCall()).thenCompose(response -> {
            counter.accept(response);
            return count(counter);
        });
    }

    private CompletableFuture<List<T>> collect(ReadPosition position, List<T> sink) {
        if (!position.canContinue()) {
            return CompletableFuture.completedFuture(sink);
        }
        PageCollector collector = new PageCollector(plan, position, SyncReader.iterationPageSize(plan.spec()),
                plan.spec().pageSize() == null);
        return run(plan, collector).thenCompose(result -> {
            sink.addAll(SyncReader.toPage(plan, result).items());
            return collect(result.next(), sink);
        });
    }

    static CompletableFuture<PageResult> run(ReadPlan<?> plan, PageCollector collector) {
        if (collector.isComplete()) {
            return CompletableFuture.completedFuture(collector.result());
        }
        return plan.executeAsync(collector.nextCall()).thenCompose(response -> {
            collector.accept(response);
            return run(plan, collector);
        });
    }

    /**
     * One subscriber's read. Signals are serialized by a work-in-progress counter: whichever thread
     * (a {@code request} caller or an SDK completion) enters {@link #drain()} first emits for all.
     */
    private static final class ItemSubscription<T> implements Flow.Subscription {
        private final ReadPlan<T> plan;
        private final Flow.Subscriber<? super T> subscriber;
        private final Queue<T> buffer = new ConcurrentLinkedQueue<>();
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger wip = new AtomicInteger();
        private final AtomicBoolean fetching = new AtomicBoolean();
        private volatile boolean cancelled;
        private volatile boolean terminated;
        private volatile Throwable error;
        private volatile ReadPosition position;

        ItemSubscription(ReadPlan<T> plan, Flow.Subscriber<? super T> subscriber) {
            this.plan = plan;
            this.subscriber = subscriber;
            this.position = ReadPosition.start(plan.spec());
        }

        void start() {
            subscriber.onSubscribe(this);
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                error = new IllegalArgumentException("Flow.Subscription.request needs a positive number, got " + n);
            } else {
                demand.getAndUpdate(current -> current + n < 0 ? Long.MAX_VALUE : current + n);
            }
            drain();
        }

        @Override
        public void cancel() {
            cancelled = true;
            buffer.clear();
        }

        private void drain() {
            if (wip.getAndIncrement() != 0) {
                return;
            }
            int missed = 1;
            do {
                emit();
                missed = wip.addAndGet(-missed);
            } while (missed != 0);
        }

        private void emit() {
            while (!cancelled && !terminated) {
                if (error != null && !fetching.get()) {
                    terminated = true;
                    buffer.clear();
                    subscriber.onError(error);
                    return;
                }
                if (demand.get() > 0) {
                    T item = buffer.poll();
                    if (item != null) {
                        demand.decrementAndGet();
                        subscriber.onNext(item);
                        continue;
                    }
                }
                if (buffer.isEmpty() && !fetching.get() && !position.canContinue()) {
                    terminated = true;
                    subscriber.onComplete();
                    return;
                }
                if (demand.get() > 0 && buffer.isEmpty() && fetching.compareAndSet(false, true)) {
                    fetchNextPage();
                }
                return;
            }
        }

        private void fetchNextPage() {
            PageCollector collector = new PageCollector(plan, position, SyncReader.iterationPageSize(plan.spec()),
                    plan.spec().pageSize() == null);
            run(plan, collector).whenComplete((result, failure) -> {
                if (failure != null) {
                    error = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                } else if (!cancelled) {
                    try {
                        buffer.addAll(SyncReader.toPage(plan, result).items());
                        position = result.next();
                    } catch (RuntimeException e) {
                        error = e;
                    }
                }
                fetching.set(false);
                drain();
            });
        }
    }
}
