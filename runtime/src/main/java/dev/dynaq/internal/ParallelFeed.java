package dev.dynaq.internal;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the segments of a parallel scan on worker tasks and hands their pages to one consuming
 * thread through a bounded queue, so a slow consumer slows the scan down instead of filling memory.
 * Each worker takes the next unscanned segment until none is left, so every segment (and so every
 * item) is read exactly once. {@link #close()} stops the workers; a default executor is created per
 * run with daemon threads and shut down when the run ends.
 *
 * @param <T> the entity type
 */
public final class ParallelFeed<T> implements Iterator<T>, AutoCloseable {
    /** The most segments scanned at the same time. */
    public static final int MAX_WORKERS = 8;
    private final BlockingQueue<Element<T>> queue = new ArrayBlockingQueue<>(32);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final int workers;
    private int workersDone;
    private Iterator<T> current = List.<T>of().iterator();

    private ParallelFeed(int workers) {
        this.workers = workers;
    }

    /**
     * Starts the workers.
     *
     * @param context the table
     * @param spec the scan
     * @param totalSegments the number of segments
     * @param executor where the workers run, or {@code null} for a default pool shut down after the run
     * @return the feed of items; close it when not read to the end
     */
    public static <T> ParallelFeed<T> start(TableContext<T> context, QuerySpec spec, int totalSegments, Executor executor) {
        int workers = Math.min(totalSegments, MAX_WORKERS);
        ParallelFeed<T> feed = new ParallelFeed<>(workers);
        AtomicInteger nextSegment = new AtomicInteger();
        ExecutorService own = executor == null ? Executors.newFixedThreadPool(workers, daemonThreads()) : null;
        Executor target = own != null ? own : executor;
        try {
            for (int i = 0; i < workers; i++) {
                target.execute(() -> feed.work(context, spec, totalSegments, nextSegment));
            }
        } catch (RejectedExecutionException e) {
            feed.close();
            throw e;
        } finally {
            if (own != null) {
                own.shutdown();
            }
        }
        return feed;
    }

    /**
     * Counts every segment with {@code Select.COUNT}, concurrently.
     *
     * @param context the table
     * @param spec the scan
     * @param totalSegments the number of segments
     * @param executor where the workers run, or {@code null} for a default pool shut down after the run
     * @return the number of matching items
     */
    public static long count(TableContext<?> context, QuerySpec spec, int totalSegments, Executor executor) {
        ParallelFeed<Long> feed = new ParallelFeed<>(Math.min(totalSegments, MAX_WORKERS));
        AtomicInteger nextSegment = new AtomicInteger();
        ExecutorService own = executor == null ? Executors.newFixedThreadPool(feed.workers, daemonThreads()) : null;
        Executor target = own != null ? own : executor;
        try {
            for (int i = 0; i < feed.workers; i++) {
                target.execute(() -> countWork(feed, context, spec, totalSegments, nextSegment));
            }
        } finally {
            if (own != null) {
                own.shutdown();
            }
        }
        long total = 0;
        try (feed) {
            while (feed.hasNext()) {
                total += feed.next();
            }
        }
        return total;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (workersDone == workers) {
                return false;
            }
            Element<T> next = take();
            if (next instanceof Done<T>) {
                workersDone++;
            } else if (next instanceof Failed<T> failed) {
                close();
                RuntimeException cause = failed.exception();
                throw cause instanceof CompletionException c && c.getCause() instanceof RuntimeException r ? r : cause;
            } else if (next instanceof Items<T> items) {
                current = items.items().iterator();
            }
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    /** Stops the workers after their current request. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            queue.clear();
            workersDone = workers;
            current = List.<T>of().iterator();
        }
    }

    private void work(TableContext<T> context, QuerySpec spec, int totalSegments, AtomicInteger nextSegment) {
        try {
            for (int segment = nextSegment.getAndIncrement(); segment < totalSegments && !closed.get();
                    segment = nextSegment.getAndIncrement()) {
                ReadPlan<T> plan = ReadPlan.segment(context, spec, segment, totalSegments);
                ReadPosition position = ReadPosition.start(spec);
                while (position.canContinue() && !closed.get()) {
                    PageCollector collector = new PageCollector(plan, position, SyncReader.iterationPageSize(spec),
                            spec.pageSize() == null);
                    while (!collector.isComplete()) {
                        collector.accept(plan.execute(collector.nextCall()));
                    }
                    PageResult result = collector.result();
                    position = result.next();
                    if (!result.items().isEmpty()) {
                        put(new Items<>(SyncReader.toPage(plan, result).items()));
                    }
                }
            }
        } catch (RuntimeException e) {
            put(new Failed<>(e));
        } finally {
            put(new Done<>());
        }
    }

    private static void countWork(ParallelFeed<Long> feed, TableContext<?> context, QuerySpec spec, int totalSegments,
            AtomicInteger nextSegment) {
        try {
            long sum = 0;
            for (int segment = nextSegment.getAndIncrement(); segment < totalSegments && !feed.closed.get();
                    segment = nextSegment.getAndIncrement()) {
                ReadPlan<?> plan = ReadPlan.segment(context, spec, segment, totalSegments);
                CountCollector counter = new CountCollector(plan, null);
                while (!counter.isComplete()) {
                    counter.accept(plan.execute(counter.nextCall()));
                }
                sum += counter.result();
            }
            feed.put(new Items<>(List.of(sum)));
        } catch (RuntimeException e) {
            feed.put(new Failed<>(e));
        } finally {
            feed.put(new Done<>());
        }
    }

    /** Waits for room, giving up once the feed is closed. */
    private void put(Element<T> element) {
        try {
            while (!closed.get()) {
                if (queue.offer(element, 50, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Element<T> take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new CompletionException("interrupted while waiting for the parallel scan", e);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "dynaq-parallel-scan-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** What workers hand to the consumer. */
    private sealed interface Element<T> permits Items, Done, Failed {
    }

    private record Items<T>(List<T> items) implements Element<T> {
    }

    private record Done<T>() implements Element<T> {
    }

    private record Failed<T>(RuntimeException exception) implements Element<T> {
    }
}
