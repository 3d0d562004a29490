package dev.dynaq;

import dev.dynaq.internal.RetrySchedule;
import dev.dynaq.internal.Sleeper;
import java.time.Duration;
import java.util.Objects;

/**
 * How batch operations retry the items and keys DynamoDB returns as unprocessed (under throttling
 * or size limits): exponential backoff with full jitter, each wait a random time between zero and
 * {@code min(maxDelay, baseDelay * 2^(retry-1))}, for at most {@code maxAttempts} requests per chunk
 * of the batch. After that the batch throws {@link BatchWriteIncompleteException} or
 * {@link BatchGetIncompleteException} naming exactly what was not done.
 *
 * <p>Defaults: 10 attempts, base delay 25 ms, maximum delay 2 s. Immutable: each {@code with} method
 * returns a new policy.
 */
public final class BatchPolicy {
    private static final BatchPolicy DEFAULTS =
            new BatchPolicy(10, Duration.ofMillis(25), Duration.ofSeconds(2), Sleeper.SYSTEM);

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Sleeper sleeper;

    private BatchPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Sleeper sleeper) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1 (the first request), got " + maxAttempts);
        }
        if (baseDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative, got base " + baseDelay + " and max " + maxDelay);
        }
        this.maxAttempts = maxAttempts;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.sleeper = sleeper;
    }

    /** @return the default policy: 10 attempts, 25 ms base delay, 2 s maximum delay */
    public static BatchPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * @param maxAttempts requests per chunk in total, the first one included; at least 1 (1: no retry)
     * @return a copy with that limit
     */
    public BatchPolicy withMaxAttempts(int maxAttempts) {
        return new BatchPolicy(maxAttempts, baseDelay, maxDelay, sleeper);
    }

    /**
     * @param baseDelay the cap of the first wait, doubled on each retry
     * @return a copy with that delay
     */
    public BatchPolicy withBaseDelay(Duration baseDelay) {
        return new BatchPolicy(maxAttempts, Objects.requireNonNull(baseDelay, "baseDelay"), maxDelay, sleeper);
    }

    /**
     * @param maxDelay the cap of every wait
     * @return a copy with that delay
     */
    public BatchPolicy withMaxDelay(Duration maxDelay) {
        return new BatchPolicy(maxAttempts, baseDelay, Objects.requireNonNull(maxDelay, "maxDelay"), sleeper);
    }

    /** For tests: a copy that waits with the given sleeper. */
    BatchPolicy withSleeper(Sleeper sleeper) {
        return new BatchPolicy(maxAttempts, baseDelay, maxDelay, Objects.requireNonNull(sleeper, "sleeper"));
    }

    /** @return requests per chunk in total, the first one included */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the cap of the first wait */
    public Duration baseDelay() {
        return baseDelay;
    }

    /** @return the cap of every wait */
    public Duration maxDelay() {
        return maxDelay;
    }

    RetrySchedule schedule() {
        return new RetrySchedule(maxAttempts, baseDelay, maxDelay, sleeper);
    }

    @Override
    public String toString() {
        return "BatchPolicy[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay + "]";
    }
}
