package dev.dynaq.it.reliability;

import dev.dynaq.testing.DynamoDbLocal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Faults real DynamoDB produces and DynamoDB Local never does, injected on a client of the shared
 * DynamoDB Local with a seeded {@link Random}, so a run can be replayed:
 *
 * <ul>
 *   <li>an {@link SdkHttpClient} wrapper answers a share of HTTP calls itself, without sending them,
 *       with DynamoDB's JSON error responses: {@code ProvisionedThroughputExceededException} and
 *       {@code ThrottlingException} (400) and {@code InternalServerError} (500);
 *   <li>an {@link ExecutionInterceptor} holds back a random part of a share of BatchWriteItem and
 *       BatchGetItem requests and returns it as {@code UnprocessedItems} / {@code UnprocessedKeys},
 *       as DynamoDB does under load.
 * </ul>
 *
 * The client's own retries are cut to {@code sdkAttempts} with millisecond backoff, so that some
 * requests fail even after them, as they do under sustained throttling.
 */
final class FaultInjector {
    private static final ExecutionAttribute<Map<String, List<WriteRequest>>> HELD_WRITES = new ExecutionAttribute<>("heldWrites");
    private static final ExecutionAttribute<Map<String, KeysAndAttributes>> HELD_KEYS = new ExecutionAttribute<>("heldKeys");

    private final Random random;
    private final double errorRate;
    private final double unprocessedRate;
    final AtomicInteger httpCalls = new AtomicInteger();
    final AtomicInteger executions = new AtomicInteger();
    final AtomicInteger provisionedThroughputExceeded = new AtomicInteger();
    final AtomicInteger throttling = new AtomicInteger();
    final AtomicInteger serverErrors = new AtomicInteger();
    final AtomicInteger partialBatches = new AtomicInteger();
    final AtomicInteger heldBack = new AtomicInteger();

    /**
     * @param seed the seed of every decision
     * @param errorRate the share of HTTP calls answered with an error (split 40/30/30 between
     *     ProvisionedThroughputExceeded, Throttling and 500)
     * @param unprocessedRate the share of batch requests that leave part of their items unprocessed
     */
    FaultInjector(long seed, double errorRate, double unprocessedRate) {
        this.random = new Random(seed);
        this.errorRate = errorRate;
        this.unprocessedRate = unprocessedRate;
    }

    /**
     * @param sdkAttempts the SDK's attempts per request, the first included
     * @return a client of the shared DynamoDB Local with these faults
     */
    DynamoDbClient client(int sdkAttempts) {
        BackoffStrategy fast = BackoffStrategy.exponentialDelay(Duration.ofMillis(1), Duration.ofMillis(20));
        return DynamoDbClient.builder()
                .endpointOverride(DynamoDbLocal.shared().endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("faults", "faults")))
                .httpClient(new FaultyHttpClient(Apache5HttpClient.create()))
                .overrideConfiguration(o -> o
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(sdkAttempts)
                                .backoffStrategy(fast)
                                .throttlingBackoffStrategy(fast)
                                .circuitBreakerEnabled(false)
                                .build())
                        .addExecutionInterceptor(new UnprocessedInjector()))
                .build();
    }

    /** @return every injected fault, counted */
    int faults() {
        return provisionedThroughputExceeded.get() + throttling.get() + serverErrors.get() + partialBatches.get();
    }

    @Override
    public String toString() {
        return String.format("%d HTTP calls for %d requests (%d SDK retries); faults: %d ProvisionedThroughputExceeded,"
                + " %d Throttling, %d InternalServerError, %d partial batches holding back %d items",
                httpCalls.get(), executions.get(), httpCalls.get() - executions.get(), provisionedThroughputExceeded.get(),
                throttling.get(), serverErrors.get(), partialBatches.get(), heldBack.get());
    }

    private synchronized double roll() {
        return random.nextDouble();
    }

    private synchronized <E> List<List<E>> split(List<E> all) {
        // Hold back a random, non-empty part and send at least one element: an empty batch is invalid.
        List<E> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, random);
        int sent = 1 + random.nextInt(all.size() - 1);
        return List.of(shuffled.subList(0, sent), shuffled.subList(sent, shuffled.size()));
    }

    private final class FaultyHttpClient implements SdkHttpClient {
        private final SdkHttpClient delegate;

        FaultyHttpClient(SdkHttpClient delegate) {
            this.delegate = delegate;
        }

        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            httpCalls.incrementAndGet();
            double roll = roll();
            if (roll >= errorRate) {
                return delegate.prepareRequest(request);
            }
            double share = roll / errorRate;
            if (share < 0.4) {
                provisionedThroughputExceeded.incrementAndGet();
                return error(400, "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException",
                        "The level of configured provisioned throughput for the table was exceeded.");
            } else if (share < 0.7) {
                throttling.incrementAndGet();
                return error(400, "com.amazon.coral.availability#ThrottlingException", "Rate exceeded");
            }
            serverErrors.incrementAndGet();
            return error(500, "com.amazonaws.dynamodb.v20120810#InternalServerError", "Internal server error");
        }

        private ExecutableHttpRequest error(int status, String type, String message) {
            byte[] body = ("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
            SdkHttpResponse response = SdkHttpResponse.builder()
                    .statusCode(status)
                    .putHeader("Content-Type", "application/x-amz-json-1.0")
                    .putHeader("Content-Length", Integer.toString(body.length))
                    .putHeader("x-amzn-RequestId", "injected-" + httpCalls.get())
                    .build();
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() throws IOException {
                    return HttpExecuteResponse.builder().response(response)
                            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body))).build();
                }

                @Override
                public void abort() {
                }
            };
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    private final class UnprocessedInjector implements ExecutionInterceptor {
        @Override
        public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
            executions.incrementAndGet();
            if (context.request() instanceof BatchWriteItemRequest write && roll() < unprocessedRate) {
                Map<String, List<WriteRequest>> sent = new LinkedHashMap<>();
                Map<String, List<WriteRequest>> held = new LinkedHashMap<>();
                write.requestItems().forEach((table, requests) -> {
                    if (requests.size() < 2) {
                        sent.put(table, requests);
                        return;
                    }
                    List<List<WriteRequest>> parts = split(requests);
                    sent.put(table, parts.get(0));
                    held.put(table, parts.get(1));
                    heldBack.addAndGet(parts.get(1).size());
                });
                if (!held.isEmpty()) {
                    partialBatches.incrementAndGet();
                    attributes.putAttribute(HELD_WRITES, held);
                    return write.toBuilder().requestItems(sent).build();
                }
            }
            if (context.request() instanceof BatchGetItemRequest get && roll() < unprocessedRate) {
                Map<String, KeysAndAttributes> sent = new LinkedHashMap<>();
                Map<String, KeysAndAttributes> held = new LinkedHashMap<>();
                get.requestItems().forEach((table, keys) -> {
                    if (keys.keys().size() < 2) {
                        sent.put(table, keys);
                        return;
                    }
                    List<List<Map<String, AttributeValue>>> parts = split(keys.keys());
                    sent.put(table, keys.toBuilder().keys(parts.get(0)).build());
                    held.put(table, keys.toBuilder().keys(parts.get(1)).build());
                    heldBack.addAndGet(parts.get(1).size());
                });
                if (!held.isEmpty()) {
                    partialBatches.incrementAndGet();
                    attributes.putAttribute(HELD_KEYS, held);
                    return get.toBuilder().requestItems(sent).build();
                }
            }
            return context.request();
        }

        @Override
        public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
            Map<String, List<WriteRequest>> heldWrites = attributes.getAttribute(HELD_WRITES);
            if (heldWrites != null && context.response() instanceof BatchWriteItemResponse response) {
                Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>(response.unprocessedItems());
                heldWrites.forEach((table, held) -> unprocessed.merge(table, held, FaultInjector::concat));
                return response.toBuilder().unprocessedItems(unprocessed).build();
            }
            Map<String, KeysAndAttributes> heldKeys = attributes.getAttribute(HELD_KEYS);
            if (heldKeys != null && context.response() instanceof BatchGetItemResponse response) {
                Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>(response.unprocessedKeys());
                heldKeys.forEach((table, held) -> unprocessed.merge(table, held,
                        (a, b) -> a.toBuilder().keys(concat(a.keys(), b.keys())).build()));
                return response.toBuilder().unprocessedKeys(unprocessed).build();
            }
            return context.response();
        }
    }

    private static <E> List<E> concat(List<E> a, List<E> b) {
        List<E> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
