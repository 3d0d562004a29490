package dev.dynaq.it.queries;

import dev.dynaq.testing.DynamoDbLocal;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Records the Query requests a client sends and what came back, through an SDK
 * {@link ExecutionInterceptor}: how tests observe what a Dynaq query asks DynamoDB for (how many
 * requests, their {@code Limit}, {@code Select}, projection) without looking inside Dynaq.
 * Thread-safe.
 */
final class RequestLog implements ExecutionInterceptor {
    private final List<QueryRequest> requests = new ArrayList<>();
    private final List<QueryResponse> responses = new ArrayList<>();
    private int itemsReturned;
    private volatile long delayMillis;

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof QueryRequest request) {
            synchronized (this) {
                requests.add(request);
            }
        }
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        long delay = delayMillis;
        if (delay > 0) {
            // a slow network, to see a per-call deadline fire
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (context.response() instanceof QueryResponse response) {
            boolean counting = context.request() instanceof QueryRequest request && request.select() == Select.COUNT;
            synchronized (this) {
                responses.add(response);
                itemsReturned += counting || response.count() == null ? 0 : response.count();
            }
        }
    }

    /** @return the Query requests sent since the last {@link #clear()}, in order */
    synchronized List<QueryRequest> requests() {
        return List.copyOf(requests);
    }

    /** @return the Query responses received since the last {@link #clear()}, in order */
    synchronized List<QueryResponse> responses() {
        return List.copyOf(responses);
    }

    /**
     * @return the number of items DynamoDB returned since the last {@link #clear()}: the {@code Count}
     *     of the responses to requests for items (not {@code Select.COUNT}). (Their {@code Items} lists
     *     are empty when Dynaq decodes the items itself, the default: the SDK then unmarshals the rest of
     *     the response only.)
     */
    synchronized int itemsReturned() {
        return itemsReturned;
    }

    /** Forgets what was recorded. */
    synchronized void clear() {
        requests.clear();
        responses.clear();
        itemsReturned = 0;
    }

    /** @param millis how long every later request waits before it is sent; 0 for none */
    void delayEachRequest(long millis) {
        this.delayMillis = millis;
    }

    /** @return a sync client of the JVM's DynamoDB Local that records its Query requests here */
    DynamoDbClient syncClient() {
        return DynamoDbClient.builder()
                .endpointOverride(DynamoDbLocal.shared().endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials())
                .httpClient(Apache5HttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(this))
                .build();
    }

    /** @return an async client of the JVM's DynamoDB Local that records its Query requests here */
    DynamoDbAsyncClient asyncClient() {
        return DynamoDbAsyncClient.builder()
                .endpointOverride(DynamoDbLocal.shared().endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials())
                .overrideConfiguration(c -> c.addExecutionInterceptor(this))
                .build();
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("dynaq", "local"));
    }
}
