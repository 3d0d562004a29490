package dev.dynaq.bench;

import dev.dynaq.RequestEvent;
import dev.dynaq.RequestListener;
import dev.dynaq.internal.RequestRecorder;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * What the request hook costs on top of sending a request, with the sending itself taken out (a
 * function returning a canned response stands for {@code client::getItem}): {@code bare} calls it
 * directly, {@code off} through {@link RequestRecorder} with DEBUG off and no listener (the default
 * of every table; this module has no SLF4J binding, so SLF4J's no-operation logger answers the level
 * check), {@code listener} with a {@link RequestListener} that counts events, so every request is
 * timed and turned into a {@link RequestEvent}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RequestRecorderBenchmark {
    /** How the request is sent. */
    @Param({"bare", "off", "listener"})
    public String variant;

    private final LongAdder events = new LongAdder();
    private GetItemRequest request;
    private Function<GetItemRequest, GetItemResponse> client;
    private RequestRecorder recorder;

    /** Builds the request, the canned response and the recorder of the variant. */
    @Setup
    public void setUp() {
        request = GetItemRequest.builder().tableName("orders")
                .key(Map.of("customerId", AttributeValue.fromS("c1"), "orderId", AttributeValue.fromS("o1"))).build();
        GetItemResponse response = GetItemResponse.builder()
                .item(Map.of("customerId", AttributeValue.fromS("c1"), "orderId", AttributeValue.fromS("o1"))).build();
        client = r -> response;
        recorder = switch (variant) {
            case "bare", "off" -> RequestRecorder.logOnly();
            case "listener" -> RequestRecorder.of(event -> events.increment(), false);
            default -> throw new IllegalArgumentException(variant);
        };
    }

    /** @return the response, sent the variant's way */
    @Benchmark
    public GetItemResponse send() {
        return variant.equals("bare") ? client.apply(request) : recorder.send(request, client);
    }
}
