package dev.dynaq;

import java.util.Objects;

/**
 * Told of every request Dynaq sends to DynamoDB, once it has completed or failed: for metrics,
 * tracing or audit without a dependency in the runtime ({@code dynaq-micrometer} has one for
 * Micrometer). Given to {@link Dynaq.Builder#requestListener(RequestListener)} for every table of an
 * environment, or to one table with {@code orders.withRequestListener(listener)}.
 *
 * <p>Called on the thread that completed the request (for async tables, an SDK thread), after the
 * response arrived and before Dynaq uses it; it must be thread-safe and quick. An exception it throws
 * is logged at WARN ({@code dev.dynaq.requests}) and does not change the request's outcome.
 */
@FunctionalInterface
public interface RequestListener {
    /** @param event one completed or failed DynamoDB request */
    void onRequest(RequestEvent event);

    /**
     * @param next the listener told after this one
     * @return a listener telling this one, then {@code next} (even if this one throws)
     */
    default RequestListener andThen(RequestListener next) {
        Objects.requireNonNull(next, "next");
        RequestListener first = this;
        return event -> {
            try {
                first.onRequest(event);
            } finally {
                next.onRequest(event);
            }
        };
    }
}
