package dev.dynaq.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter for retrying unprocessed batch items: before retry {@code k}
 * (1-based) wait a random time between zero and {@code min(maxDelay, baseDelay * 2^(k-1))}.
 *
 * @param maxAttempts how many requests in total, the first one included (at least 1)
 * @param baseDelay the cap of the first wait
 * @param maxDelay the cap of every wait
 * @param sleeper how to wait
 */
public record RetrySchedule(int maxAttempts, Duration baseDelay, Duration maxDelay, Sleeper sleeper) {
    /** Validates the components. */
    public RetrySchedule {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(sleeper, "sleeper");
    }

    /**
     * @param retry the retry number, from 1
     * @return a random delay in {@code [0, min(maxDelay, baseDelay * 2^(retry-1))]}
     */
    public Duration delayBefore(int retry) {
        long base = baseDelay.toMillis();
        long cap = maxDelay.toMillis();
        int shift = Math.min(retry - 1, 30);
        long ceiling = base > (cap >> shift) ? cap : Math.min(cap, base << shift);
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    /**
     * Waits before a retry.
     *
     * @param retry the retry number, from 1
     * @throws InterruptedException if interrupted while waiting
     */
    public void pause(int retry) throws InterruptedException {
        sleeper.sleep(delayBefore(retry));
    }
}
