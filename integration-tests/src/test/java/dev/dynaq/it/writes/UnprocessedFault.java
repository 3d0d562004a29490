package dev.dynaq.it.writes;

import dev.dynaq.it.queries.LocalClients;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Injects DynamoDB's throttling behaviour, which DynamoDB Local never shows: an SDK interceptor that
 * takes the writes and keys matching a predicate out of BatchWriteItem and BatchGetItem requests
 * before they are sent, and puts them back into the response as {@code UnprocessedItems} /
 * {@code UnprocessedKeys}, as DynamoDB does. So a held-back put is really not written.
 *
 * <p>Each matching write or key is held back on its first {@code timesHeld} appearances. DynamoDB
 * rejects an empty batch, so a request whose entries would all be held back sends its last one.
 */
public final class UnprocessedFault implements ExecutionInterceptor {
    private static final ExecutionAttribute<List<WriteRequest>> HELD_WRITES = new ExecutionAttribute<>("dynaq.heldWrites");
    private static final ExecutionAttribute<Map<String, KeysAndAttributes>> HELD_KEYS = new ExecutionAttribute<>("dynaq.heldKeys");

    private final Predicate<Map<String, AttributeValue>> matches;
    private final int timesHeld;
    private final Map<Map<String, AttributeValue>, AtomicInteger> seen = new ConcurrentHashMap<>();
    /** How many batch requests were sent, retries included. */
    public final AtomicInteger batchRequests = new AtomicInteger();

    /**
     * @param matches which items (of puts) or keys (of deletes and gets) to hold back
     * @param timesHeld how many times each is held back before it goes through
     */
    public UnprocessedFault(Predicate<Map<String, AttributeValue>> matches, int timesHeld) {
        this.matches = matches;
        this.timesHeld = timesHeld;
    }

    /** @return a client of the shared DynamoDB Local with this fault installed; close it after use */
    public DynamoDbClient client() {
        return clientWith(this, false);
    }

    /**
     * @param directDecodingPlugin whether the client also has {@code DirectDecodingPlugin}
     * @return a client of the shared DynamoDB Local with this fault installed; close it after use
     */
    public DynamoDbClient client(boolean directDecodingPlugin) {
        return clientWith(this, directDecodingPlugin);
    }

    /**
     * @param interceptor an interceptor to install
     * @param directDecodingPlugin whether the client also has {@code DirectDecodingPlugin}
     * @return a new client of the shared DynamoDB Local with the interceptor; close it after use
     */
    static DynamoDbClient clientWith(ExecutionInterceptor interceptor, boolean directDecodingPlugin) {
        return LocalClients.builder(directDecodingPlugin)
                .httpClient(Apache5HttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(interceptor))
                .build();
    }

    private boolean hold(Map<String, AttributeValue> itemOrKey) {
        return matches.test(itemOrKey) && seen.computeIfAbsent(itemOrKey, k -> new AtomicInteger()).incrementAndGet() <= timesHeld;
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (context.request() instanceof BatchWriteItemRequest request) {
            batchRequests.incrementAndGet();
            Map<String, List<WriteRequest>> sent = new LinkedHashMap<>();
            List<WriteRequest> held = new ArrayList<>();
            request.requestItems().forEach((table, writes) -> {
                List<WriteRequest> send = new ArrayList<>();
                for (WriteRequest write : writes) {
                    Map<String, AttributeValue> target = write.putRequest() != null ? write.putRequest().item() : write.deleteRequest().key();
                    (hold(target) ? held : send).add(write);
                }
                if (send.isEmpty()) {
                    send.add(held.remove(held.size() - 1));
                }
                sent.put(table, send);
            });
            attributes.putAttribute(HELD_WRITES, held);
            return request.toBuilder().requestItems(sent).build();
        }
        if (context.request() instanceof BatchGetItemRequest request) {
            batchRequests.incrementAndGet();
            Map<String, KeysAndAttributes> sent = new LinkedHashMap<>();
            Map<String, KeysAndAttributes> held = new LinkedHashMap<>();
            request.requestItems().forEach((table, keys) -> {
                List<Map<String, AttributeValue>> send = new ArrayList<>();
                List<Map<String, AttributeValue>> hold = new ArrayList<>();
                for (Map<String, AttributeValue> key : keys.keys()) {
                    (hold(key) ? hold : send).add(key);
                }
                if (send.isEmpty()) {
                    send.add(hold.remove(hold.size() - 1));
                }
                sent.put(table, keys.toBuilder().keys(send).build());
                if (!hold.isEmpty()) {
                    held.put(table, keys.toBuilder().keys(hold).build());
                }
            });
            attributes.putAttribute(HELD_KEYS, held);
            return request.toBuilder().requestItems(sent).build();
        }
        return context.request();
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
        if (context.response() instanceof BatchWriteItemResponse response && context.request() instanceof BatchWriteItemRequest request) {
            List<WriteRequest> held = attributes.getAttribute(HELD_WRITES);
            if (held == null || held.isEmpty()) {
                return response;
            }
            String table = request.requestItems().keySet().iterator().next();
            List<WriteRequest> unprocessed = new ArrayList<>(held);
            if (response.hasUnprocessedItems()) {
                unprocessed.addAll(response.unprocessedItems().getOrDefault(table, List.of()));
            }
            return response.toBuilder().unprocessedItems(Map.of(table, unprocessed)).build();
        }
        if (context.response() instanceof BatchGetItemResponse response) {
            Map<String, KeysAndAttributes> held = attributes.getAttribute(HELD_KEYS);
            if (held == null || held.isEmpty()) {
                return response;
            }
            return response.toBuilder().unprocessedKeys(held).build();
        }
        return context.response();
    }
}
