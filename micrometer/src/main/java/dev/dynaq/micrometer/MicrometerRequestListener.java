package dev.dynaq.micrometer;

import dev.dynaq.RequestEvent;
import dev.dynaq.RequestListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Records every DynamoDB request Dynaq sends as Micrometer meters, tagged by {@code table},
 * {@code index} ({@code none} for the table itself) and {@code operation} (DynamoDB's name:
 * {@code Query}, {@code PutItem}, ...):
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>meter</th><th>type</th><th>what</th></tr>
 *   <tr><td>{@value #REQUESTS}</td><td>timer</td><td>each request's duration, also tagged
 *       {@code outcome} ({@code SUCCESS}, {@code CLIENT_ERROR} for a 4xx such as a failed condition,
 *       {@code SERVER_ERROR} for a 5xx or throttling, {@code UNKNOWN} for failures without a response) and
 *       {@code exception} (the exception's simple name, or {@code none})</td></tr>
 *   <tr><td>{@value #ITEMS}</td><td>counter</td><td>items returned, counted or written</td></tr>
 *   <tr><td>{@value #CAPACITY}</td><td>counter</td><td>capacity units consumed, when DynamoDB returned them</td></tr>
 *   <tr><td>{@value #UNPROCESSED}</td><td>counter</td><td>batch items and keys returned unprocessed (then retried)</td></tr>
 * </table>
 *
 * <pre>{@code
 * Dynaq dynaq = Dynaq.builder().client(client)
 *         .requestListener(new MicrometerRequestListener(meterRegistry))
 *         .build();
 * }</pre>
 *
 * Thread-safe, as meter registries are.
 */
public final class MicrometerRequestListener implements RequestListener {
    /** The timer of requests. */
    public static final String REQUESTS = "dynaq.requests";
    /** The counter of items returned, counted or written. */
    public static final String ITEMS = "dynaq.items";
    /** The counter of consumed capacity units. */
    public static final String CAPACITY = "dynaq.consumed.capacity";
    /** The counter of batch items and keys returned unprocessed. */
    public static final String UNPROCESSED = "dynaq.unprocessed";

    private final MeterRegistry registry;
    private final Tags extraTags;

    /** @param registry where the meters are registered */
    public MicrometerRequestListener(MeterRegistry registry) {
        this(registry, Tags.empty());
    }

    /**
     * @param registry where the meters are registered
     * @param extraTags added to every meter, such as an application or environment tag
     */
    public MicrometerRequestListener(MeterRegistry registry, Iterable<Tag> extraTags) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.extraTags = Tags.of(Objects.requireNonNull(extraTags, "extraTags"));
    }

    @Override
    public void onRequest(RequestEvent event) {
        Tags tags = Tags.of(
                Tag.of("operation", event.operation()),
                Tag.of("table", event.tableName()),
                Tag.of("index", event.indexName().orElse("none"))).and(extraTags);
        Timer.builder(REQUESTS)
                .description("DynamoDB requests sent by Dynaq")
                .tags(tags)
                .tag("outcome", outcome(event))
                .tag("exception", event.error().map(e -> e.getClass().getSimpleName()).orElse("none"))
                .register(registry)
                .record(event.durationNanos(), TimeUnit.NANOSECONDS);
        if (event.items() > 0) {
            Counter.builder(ITEMS).description("Items returned, counted or written by Dynaq's DynamoDB requests")
                    .tags(tags).register(registry).increment(event.items());
        }
        OptionalDouble capacity = event.consumedCapacity();
        if (capacity.isPresent()) {
            Counter.builder(CAPACITY).description("Capacity units consumed by Dynaq's DynamoDB requests").baseUnit("capacity units")
                    .tags(tags).register(registry).increment(capacity.getAsDouble());
        }
        if (event.unprocessed() > 0) {
            Counter.builder(UNPROCESSED).description("Batch items and keys DynamoDB returned unprocessed")
                    .tags(tags).register(registry).increment(event.unprocessed());
        }
    }

    private static String outcome(RequestEvent event) {
        Throwable error = event.error().orElse(null);
        if (error == null) {
            return "SUCCESS";
        }
        if (error instanceof AwsServiceException service) {
            if (service.isThrottlingException() || service.statusCode() >= 500) {
                return "SERVER_ERROR";
            }
            if (service.statusCode() >= 400) {
                return "CLIENT_ERROR";
            }
        }
        return "UNKNOWN";
    }

    @Override
    public String toString() {
        return "MicrometerRequestListener[" + registry.getClass().getSimpleName() + "]";
    }
}
