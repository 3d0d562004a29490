package dev.dynaq.internal;

import dev.dynaq.BatchGetIncompleteException;
import dev.dynaq.BatchWriteIncompleteException;
import dev.dynaq.internal.direct.ClientDecoding;
import dev.dynaq.internal.direct.ItemDecoder;
import dev.dynaq.internal.direct.ResponseDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Runs batch writes and gets on one table: splits them into DynamoDB's request sizes (25 writes,
 * 100 keys), retries what comes back unprocessed on a {@link RetrySchedule}, and reports exactly
 * what could not be done. A request that is throttled or fails with a server error even after the
 * SDK's own retries leaves its whole chunk to retry on the same schedule, so one bad moment does not
 * fail the rest of the batch; any other failure stops the batch at once. Callers de-duplicate keys first: DynamoDB rejects a batch that names one
 * key twice.
 */
public final class BatchEngine {
    /** DynamoDB's limit of writes in one BatchWriteItem. */
    public static final int MAX_WRITES_PER_REQUEST = 25;
    /** DynamoDB's limit of keys in one BatchGetItem. */
    public static final int MAX_KEYS_PER_REQUEST = 100;

    private BatchEngine() {
    }

    /**
     * Writes every request, chunk by chunk.
     *
     * @param client the client
     * @param recorder sends the requests (logging, request listener) and logs the retries
     * @param tableName the table
     * @param requests puts and deletes, at most one per key
     * @param retry how to retry unprocessed items
     * @throws BatchWriteIncompleteException listing what was not written, after every chunk was tried
     *     (or at once, listing every unsent request too, when a request fails)
     */
    public static void write(DynamoDbClient client, RequestRecorder recorder, String tableName, List<WriteRequest> requests,
            RetrySchedule retry) {
        List<WriteRequest> unprocessed = new ArrayList<>();
        SdkException lastFailure = null;
        for (int start = 0; start < requests.size(); start += MAX_WRITES_PER_REQUEST) {
            int end = Math.min(requests.size(), start + MAX_WRITES_PER_REQUEST);
            List<WriteRequest> pending = requests.subList(start, end);
            try {
                for (int attempt = 1; ; attempt++) {
                    List<WriteRequest> batch = pending;
                    SdkException failed = null;
                    try {
                        BatchWriteItemResponse response = recorder.send(
                                BatchWriteItemRequest.builder().requestItems(Map.of(tableName, batch)).build(), client::batchWriteItem);
                        pending = response.hasUnprocessedItems()
                                ? response.unprocessedItems().getOrDefault(tableName, List.of()) : List.of();
                    } catch (SdkException e) {
                        if (!isTransient(e)) {
                            unprocessed.addAll(pending);
                            unprocessed.addAll(requests.subList(end, requests.size()));
                            throw writeIncomplete(tableName, requests.size(), unprocessed,
                                    "a request failed (" + e + "); nothing after it was sent", e);
                        }
                        // Throttled or a server error after the SDK's own retries: the whole chunk is
                        // still to do, so it is retried on the schedule like unprocessed items.
                        lastFailure = e;
                        failed = e;
                    }
                    if (pending.isEmpty() || attempt >= retry.maxAttempts()) {
                        break;
                    }
                    recorder.retrying("BatchWriteItem", tableName, pending.size(), end - start, attempt + 1, retry.maxAttempts(), failed);
                    retry.pause(attempt);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unprocessed.addAll(pending);
                unprocessed.addAll(requests.subList(end, requests.size()));
                throw writeIncomplete(tableName, requests.size(), unprocessed,
                        "interrupted while waiting to retry; nothing after it was sent", e);
            }
            unprocessed.addAll(pending);
        }
        if (!unprocessed.isEmpty()) {
            throw writeIncomplete(tableName, requests.size(), unprocessed, "DynamoDB still returned them as unprocessed, or"
                    + " throttled or failed their requests, after " + retry.maxAttempts() + " attempts", lastFailure);
        }
    }

    /**
     * @param e a failed request, after the SDK's own retries
     * @return whether the same request may succeed later: throttling, a server error, or a failure
     *     the SDK itself calls retryable (connection errors); batch writes and gets are idempotent
     */
    static boolean isTransient(SdkException e) {
        if (e instanceof AwsServiceException service) {
            return service.isThrottlingException() || service.statusCode() >= 500;
        }
        return e.retryable();
    }

    private static BatchWriteIncompleteException writeIncomplete(String tableName, int total, List<WriteRequest> unprocessed,
            String why, Throwable cause) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (WriteRequest request : unprocessed) {
            if (request.putRequest() != null) {
                items.add(request.putRequest().item());
            } else {
                keys.add(request.deleteRequest().key());
            }
        }
        return new BatchWriteIncompleteException("Batch write to table '" + tableName + "' left " + unprocessed.size()
                + " of " + total + " writes undone: " + why + ". The exception lists them; write them again later"
                + " or allow more attempts with BatchPolicy.withMaxAttempts", tableName, items, keys, cause);
    }

    /**
     * Reads every key, chunk by chunk, decoding the items straight to entities when a decoder is given
     * and the client has the direct path's interceptor (the items returned then stand for their
     * entities: {@link ItemReads#entity}).
     *
     * @param client the client
     * @param recorder sends the requests (logging, request listener) and logs the retries
     * @param tableName the table
     * @param keys distinct keys
     * @param consistentRead whether to read strongly consistent
     * @param retry how to retry unprocessed keys
     * @param decoder the entity's decoder, or {@code null} to let the SDK read the items
     * @param keyNames the table's primary key attributes (read from decoded items)
     * @return the items found, in no particular order
     * @throws BatchGetIncompleteException listing the keys not read
     */
    public static List<Map<String, AttributeValue>> get(DynamoDbClient client, RequestRecorder recorder, String tableName,
            List<Map<String, AttributeValue>> keys, boolean consistentRead, RetrySchedule retry, ItemDecoder<?> decoder,
            String... keyNames) {
        // Only through the client's interceptor: a request-level plugin costs a small batch more than it saves.
        boolean direct = decoder != null && ClientDecoding.installedOn(client);
        List<String> keyList = List.of(keyNames);
        List<Map<String, AttributeValue>> found = new ArrayList<>(keys.size());
        List<Map<String, AttributeValue>> unprocessed = new ArrayList<>();
        SdkException lastFailure = null;
        for (int start = 0; start < keys.size(); start += MAX_KEYS_PER_REQUEST) {
            int end = Math.min(keys.size(), start + MAX_KEYS_PER_REQUEST);
            List<Map<String, AttributeValue>> pending = keys.subList(start, end);
            try {
                for (int attempt = 1; ; attempt++) {
                    KeysAndAttributes request = KeysAndAttributes.builder().keys(pending).consistentRead(consistentRead).build();
                    SdkException failed = null;
                    try {
                        BatchGetItemRequest batch = BatchGetItemRequest.builder().requestItems(Map.of(tableName, request)).build();
                        ResponseDecoder decoding = direct ? ResponseDecoder.batch(decoder, tableName, keyList) : null;
                        BatchGetItemResponse response = recorder.send(decoding == null ? batch : decoding.attach(batch, client),
                                client::batchGetItem);
                        if (decoding != null && decoding.decoded() != null) {
                            found.addAll(decoding.decoded());
                        } else if (response.hasResponses()) {
                            found.addAll(response.responses().getOrDefault(tableName, List.of()));
                        }
                        KeysAndAttributes left = response.hasUnprocessedKeys() ? response.unprocessedKeys().get(tableName) : null;
                        pending = left == null || !left.hasKeys() ? List.of() : left.keys();
                    } catch (SdkException e) {
                        if (!isTransient(e)) {
                            unprocessed.addAll(pending);
                            unprocessed.addAll(keys.subList(end, keys.size()));
                            throw getIncomplete(tableName, keys.size(), found, unprocessed,
                                    "a request failed (" + e + "); nothing after it was sent", e);
                        }
                        // Throttled or a server error after the SDK's own retries: retry the chunk.
                        lastFailure = e;
                        failed = e;
                    }
                    if (pending.isEmpty() || attempt >= retry.maxAttempts()) {
                        break;
                    }
                    recorder.retrying("BatchGetItem", tableName, pending.size(), end - start, attempt + 1, retry.maxAttempts(), failed);
                    retry.pause(attempt);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unprocessed.addAll(pending);
                unprocessed.addAll(keys.subList(end, keys.size()));
                throw getIncomplete(tableName, keys.size(), found, unprocessed,
                        "interrupted while waiting to retry; nothing after it was sent", e);
            }
            unprocessed.addAll(pending);
        }
        if (!unprocessed.isEmpty()) {
            throw getIncomplete(tableName, keys.size(), found, unprocessed, "DynamoDB still returned them as unprocessed, or"
                    + " throttled or failed their requests, after " + retry.maxAttempts() + " attempts", lastFailure);
        }
        return found;
    }

    private static BatchGetIncompleteException getIncomplete(String tableName, int total, List<Map<String, AttributeValue>> found,
            List<Map<String, AttributeValue>> unprocessed, String why, Throwable cause) {
        return new BatchGetIncompleteException("Batch get from table '" + tableName + "' could not read " + unprocessed.size()
                + " of " + total + " keys: " + why + ". The exception lists them and the items read; read them again later"
                + " or allow more attempts with BatchPolicy.withMaxAttempts", tableName, found, unprocessed, cause);
    }
}
