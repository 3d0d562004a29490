package dev.dynaq.internal;

import dev.dynaq.RequestEvent;
import dev.dynaq.RequestListener;
import dev.dynaq.internal.direct.ResponseDecoder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The one place every DynamoDB request of Dynaq goes through: it sends the request, and when DEBUG
 * logging of {@code dev.dynaq.requests} is on or a {@link RequestListener} is set, it times the
 * request, writes one log line and tells the listener. With both off it only calls the client (one
 * level check and one null check per request). Batch retries of unprocessed items are logged at WARN
 * here too. Immutable and thread-safe.
 *
 * <p>A log line names the operation, table, index, the expressions' text with their {@code #name}
 * and {@code :value} placeholders, the placeholder names, key attribute names, the page, items,
 * scanned count, consumed capacity and duration. Values (of placeholders and keys) are left out
 * unless {@code logValues} is set.
 */
public final class RequestRecorder {
    /** The logger of the request lines (DEBUG) and the batch retries (WARN). */
    public static final String LOGGER_NAME = "dev.dynaq.requests";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);
    private static final RequestRecorder LOG_ONLY = new RequestRecorder(null, false, false);
    /** DynamoDB's operation names by request class: {@code QueryRequest} is {@code Query}. */
    private static final ClassValue<String> OPERATIONS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            String name = type.getSimpleName();
            return name.endsWith("Request") ? name.substring(0, name.length() - "Request".length()) : name;
        }
    };

    private final RequestListener listener;
    private final boolean logValues;
    private final boolean consumedCapacity;

    private RequestRecorder(RequestListener listener, boolean logValues, boolean consumedCapacity) {
        this.listener = listener;
        this.logValues = logValues;
        this.consumedCapacity = consumedCapacity;
    }

    /** @return a recorder that only logs, without values: that of tables created without a {@code Dynaq} */
    public static RequestRecorder logOnly() {
        return LOG_ONLY;
    }

    /**
     * @param listener told of every request, or {@code null}
     * @param logValues whether log lines show the values of placeholders and keys
     * @return the recorder
     */
    public static RequestRecorder of(RequestListener listener, boolean logValues) {
        return of(listener, logValues, false);
    }

    /**
     * @param listener told of every request, or {@code null}
     * @param logValues whether log lines show the values of placeholders and keys
     * @param consumedCapacity whether every item, read, batch and transaction request asks DynamoDB
     *     for its consumed capacity ({@code ReturnConsumedCapacity.TOTAL})
     * @return the recorder
     */
    public static RequestRecorder of(RequestListener listener, boolean logValues, boolean consumedCapacity) {
        return listener == null && !logValues && !consumedCapacity ? LOG_ONLY
                : new RequestRecorder(listener, logValues, consumedCapacity);
    }

    /**
     * @param listener the new listener, or {@code null} for none
     * @return a copy with that listener and the same value logging
     */
    public RequestRecorder withListener(RequestListener listener) {
        return of(listener, logValues, consumedCapacity);
    }

    /** @return the listener, or {@code null} */
    public RequestListener listener() {
        return listener;
    }

    /** @return whether log lines show values */
    public boolean logsValues() {
        return logValues;
    }

    /**
     * Sends a request with a sync client.
     *
     * @param request the request
     * @param sender the client method, such as {@code client::getItem}
     * @return the response
     */
    public <Q extends DynamoDbRequest, R extends DynamoDbResponse> R send(Q request, Function<Q, R> sender) {
        return send(request, 1, sender);
    }

    /**
     * Sends a Query or Scan request with a sync client.
     *
     * @param request the request
     * @param page its number within the read, from 1
     * @param sender the client method
     * @return the response
     */
    public <Q extends DynamoDbRequest, R extends DynamoDbResponse> R send(Q sent, int page, Function<Q, R> sender) {
        Q request = consumedCapacity ? withCapacity(sent) : sent;
        boolean debug = LOG.isDebugEnabled();
        if (!debug && listener == null) {
            return sender.apply(request);
        }
        long start = System.nanoTime();
        R response;
        try {
            response = sender.apply(request);
        } catch (RuntimeException | Error e) {
            record(request, null, page, System.nanoTime() - start, e, debug);
            throw e;
        }
        record(request, response, page, System.nanoTime() - start, null, debug);
        return response;
    }

    /**
     * Sends a request with an async client; recording happens when the response or failure arrives.
     *
     * @param request the request
     * @param page its number within the read, from 1 (1 for other operations)
     * @param sender the client method, such as {@code client::getItem}
     * @return the client's future itself
     */
    public <Q extends DynamoDbRequest, R extends DynamoDbResponse> CompletableFuture<R> sendAsync(Q sent, int page,
            Function<Q, CompletableFuture<R>> sender) {
        Q request = consumedCapacity ? withCapacity(sent) : sent;
        boolean debug = LOG.isDebugEnabled();
        if (!debug && listener == null) {
            return sender.apply(request);
        }
        long start = System.nanoTime();
        CompletableFuture<R> future = sender.apply(request);
        return future.whenComplete((response, failure) -> record(request, response, page, System.nanoTime() - start,
                failure == null ? null : unwrap(failure), LOG.isDebugEnabled()));
    }

    /**
     * Logs at WARN that a batch request is sent again for items DynamoDB returned unprocessed or
     * because its request was throttled or failed on the server.
     *
     * @param operation {@code BatchWriteItem} or {@code BatchGetItem}
     * @param tableName the table
     * @param pending the writes or keys sent again
     * @param chunk the writes or keys the chunk had
     * @param nextAttempt the attempt about to be made, from 2
     * @param maxAttempts the policy's attempts
     * @param failure the transient failure of the last request, or {@code null} when items came back unprocessed
     */
    public void retrying(String operation, String tableName, int pending, int chunk, int nextAttempt, int maxAttempts,
            Throwable failure) {
        if (!LOG.isWarnEnabled()) {
            return;
        }
        String what = operation.equals("BatchGetItem") ? "keys" : "writes";
        LOG.warn("{} {}: retrying {} of {} {} (attempt {} of {}) after {}", operation, tableName, pending, chunk, what,
                nextAttempt, maxAttempts, failure == null ? "DynamoDB returned them unprocessed"
                        : "the request failed: " + errorName(failure));
    }

    /** Logs and tells the listener; never throws, so recording cannot change a request's outcome. */
    private void record(DynamoDbRequest request, DynamoDbResponse response, int page, long nanos, Throwable error,
            boolean debug) {
        RequestEvent event;
        try {
            event = event(request, response, page, nanos, error);
        } catch (RuntimeException e) {
            LOG.warn("could not record a {}", request.getClass().getSimpleName(), e);
            return;
        }
        if (debug) {
            try {
                LOG.debug(line(event));
            } catch (RuntimeException e) {
                LOG.warn("could not log a {} request: {}", event.operation(), e.toString());
            }
        }
        if (listener != null) {
            try {
                listener.onRequest(event);
            } catch (RuntimeException e) {
                LOG.warn("RequestListener {} failed on {}; the request itself {}", listener, event, error == null ? "succeeded" : "failed", e);
            }
        }
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    static RequestEvent event(DynamoDbRequest request, DynamoDbResponse response, int page, long nanos, Throwable error) {
        String operation = operation(request);
        String table = tables(request);
        String index = request.getValueForField("IndexName", String.class).orElse(null);
        int items = 0;
        int scanned = 0;
        int unprocessed = 0;
        double capacity = Double.NaN;
        if (response instanceof QueryResponse query) {
            items = query.count() == null ? 0 : query.count();
            scanned = query.scannedCount() == null ? 0 : query.scannedCount();
            capacity = units(query.consumedCapacity());
        } else if (response instanceof ScanResponse scan) {
            items = scan.count() == null ? 0 : scan.count();
            scanned = scan.scannedCount() == null ? 0 : scan.scannedCount();
            capacity = units(scan.consumedCapacity());
        } else if (response instanceof GetItemResponse get) {
            items = get.hasItem() && !get.item().isEmpty() ? 1 : 0;
            capacity = units(get.consumedCapacity());
        } else if (response instanceof PutItemResponse put) {
            items = 1;
            capacity = units(put.consumedCapacity());
        } else if (response instanceof UpdateItemResponse update) {
            items = 1;
            capacity = units(update.consumedCapacity());
        } else if (response instanceof DeleteItemResponse delete) {
            items = 1;
            capacity = units(delete.consumedCapacity());
        } else if (response instanceof BatchWriteItemResponse batch && request instanceof BatchWriteItemRequest sent) {
            unprocessed = batch.hasUnprocessedItems() ? count(batch.unprocessedItems().values()) : 0;
            items = count(sent.requestItems().values()) - unprocessed;
            capacity = batch.hasConsumedCapacity() ? units(batch.consumedCapacity()) : Double.NaN;
        } else if (response instanceof BatchGetItemResponse batch) {
            // Items decoded by the direct path are not in the SDK's response; its decoder counted them.
            items = ResponseDecoder.decodedCount(request).orElse(batch.hasResponses() ? count(batch.responses().values()) : 0);
            if (batch.hasUnprocessedKeys()) {
                for (KeysAndAttributes keys : batch.unprocessedKeys().values()) {
                    unprocessed += keys.hasKeys() ? keys.keys().size() : 0;
                }
            }
            capacity = batch.hasConsumedCapacity() ? units(batch.consumedCapacity()) : Double.NaN;
        } else if (response instanceof TransactWriteItemsResponse transaction && request instanceof TransactWriteItemsRequest sent) {
            items = sent.transactItems().size();
            capacity = transaction.hasConsumedCapacity() ? units(transaction.consumedCapacity()) : Double.NaN;
        } else if (response instanceof TransactGetItemsResponse transaction) {
            if (transaction.hasResponses()) {
                items = (int) transaction.responses().stream().filter(r -> r.hasItem() && !r.item().isEmpty()).count();
            }
            capacity = transaction.hasConsumedCapacity() ? units(transaction.consumedCapacity()) : Double.NaN;
        }
        return new RequestEvent(operation, table, index, page, items, scanned, unprocessed, capacity, nanos, error, request,
                response);
    }

    /** @return DynamoDB's operation name: the request class's name without {@code Request} */
    private static String operation(DynamoDbRequest request) {
        return OPERATIONS.get(request.getClass());
    }

    /**
     * @param request a request
     * @return the same request asking for the total consumed capacity, unless it asks for some already
     *     or its operation returns none (CreateTable, DeleteTable)
     */
    @SuppressWarnings("unchecked") // each branch rebuilds the request as its own class, so it is a Q
    private static <Q extends DynamoDbRequest> Q withCapacity(Q request) {
        ReturnConsumedCapacity total = ReturnConsumedCapacity.TOTAL;
        if (request.getValueForField("ReturnConsumedCapacity", String.class).isPresent()) {
            return request;
        }
        DynamoDbRequest asking;
        if (request instanceof GetItemRequest get) {
            asking = get.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof PutItemRequest put) {
            asking = put.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof UpdateItemRequest update) {
            asking = update.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof DeleteItemRequest delete) {
            asking = delete.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof QueryRequest query) {
            asking = query.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof ScanRequest scan) {
            asking = scan.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof BatchGetItemRequest batch) {
            asking = batch.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof BatchWriteItemRequest batch) {
            asking = batch.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof TransactGetItemsRequest transaction) {
            asking = transaction.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof TransactWriteItemsRequest transaction) {
            asking = transaction.toBuilder().returnConsumedCapacity(total).build();
        } else {
            return request;
        }
        return (Q) asking;
    }

    private static String tables(DynamoDbRequest request) {
        if (request instanceof BatchWriteItemRequest batch) {
            return String.join(",", batch.requestItems().keySet());
        }
        if (request instanceof BatchGetItemRequest batch) {
            return String.join(",", batch.requestItems().keySet());
        }
        List<String> names = new ArrayList<>(2);
        if (request instanceof TransactWriteItemsRequest transaction) {
            for (TransactWriteItem item : transaction.transactItems()) {
                String name = item.put() != null ? item.put().tableName() : item.update() != null ? item.update().tableName()
                        : item.delete() != null ? item.delete().tableName() : item.conditionCheck().tableName();
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
            return String.join(",", names);
        }
        if (request instanceof TransactGetItemsRequest transaction) {
            for (TransactGetItem item : transaction.transactItems()) {
                if (!names.contains(item.get().tableName())) {
                    names.add(item.get().tableName());
                }
            }
            return String.join(",", names);
        }
        return request.getValueForField("TableName", String.class).orElse("?");
    }

    private static int count(Collection<? extends List<?>> lists) {
        int total = 0;
        for (List<?> list : lists) {
            total += list.size();
        }
        return total;
    }

    private static double units(ConsumedCapacity capacity) {
        return capacity == null || capacity.capacityUnits() == null ? Double.NaN : capacity.capacityUnits();
    }

    private static double units(List<ConsumedCapacity> capacities) {
        double total = Double.NaN;
        for (ConsumedCapacity capacity : capacities) {
            double units = units(capacity);
            if (!Double.isNaN(units)) {
                total = Double.isNaN(total) ? units : total + units;
            }
        }
        return total;
    }

    /** @return the log line of a request: names and placeholders always, values only when asked */
    String line(RequestEvent event) {
        DynamoDbRequest request = event.request();
        StringBuilder out = new StringBuilder(160).append(event.operation()).append(' ').append(event.tableName());
        event.indexName().ifPresent(index -> out.append(" index=").append(index));
        expression(out, request, "KeyConditionExpression", "key");
        expression(out, request, "FilterExpression", "filter");
        expression(out, request, "ConditionExpression", "condition");
        expression(out, request, "UpdateExpression", "update");
        expression(out, request, "ProjectionExpression", "projection");
        names(out, request);
        key(out, request);
        if (logValues) {
            values(out, request);
        }
        boolean read = event.operation().equals("Query") || event.operation().equals("Scan");
        if (read) {
            out.append(" page=").append(event.page());
        }
        if (event.succeeded()) {
            out.append(" items=").append(event.items());
            if (read) {
                out.append(" scanned=").append(event.scannedCount());
            }
            if (event.unprocessed() > 0) {
                out.append(" unprocessed=").append(event.unprocessed());
            }
            event.consumedCapacity().ifPresent(units -> out.append(" capacity=").append(units));
        } else {
            out.append(" failed=").append(errorName(event.error().orElseThrow()));
        }
        long micros = event.durationNanos() / 1000;
        out.append(" took=").append(micros / 1000).append('.').append((char) ('0' + (micros % 1000) / 100)).append("ms");
        return out.toString();
    }

    private static String errorName(Throwable error) {
        if (error instanceof AwsServiceException service && service.awsErrorDetails() != null
                && service.awsErrorDetails().errorCode() != null) {
            return error.getClass().getSimpleName() + "(" + service.statusCode() + " " + service.awsErrorDetails().errorCode() + ")";
        }
        return error.getClass().getSimpleName();
    }

    private static void expression(StringBuilder out, DynamoDbRequest request, String field, String label) {
        request.getValueForField(field, String.class).ifPresent(text -> out.append(' ').append(label).append("=\"").append(text).append('"'));
    }

    private static void names(StringBuilder out, DynamoDbRequest request) {
        Map<String, String> names = mapField(request, "ExpressionAttributeNames", String.class);
        if (names != null && !names.isEmpty()) {
            out.append(" names=").append(names);
        }
    }

    private void key(StringBuilder out, DynamoDbRequest request) {
        Map<String, AttributeValue> key = mapField(request, "Key", AttributeValue.class);
        if (key == null || key.isEmpty()) {
            return;
        }
        if (!logValues) {
            out.append(" key=").append(key.keySet());
            return;
        }
        out.append(" key=");
        valueMap(out, key);
    }

    private static void values(StringBuilder out, DynamoDbRequest request) {
        Map<String, AttributeValue> values = mapField(request, "ExpressionAttributeValues", AttributeValue.class);
        if (values != null && !values.isEmpty()) {
            out.append(" values=");
            valueMap(out, values);
        }
    }

    private static void valueMap(StringBuilder out, Map<String, AttributeValue> values) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, AttributeValue> entry : values.entrySet()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(entry.getKey()).append('=');
            value(out, entry.getValue());
        }
        out.append('}');
    }

    private static void value(StringBuilder out, AttributeValue value) {
        if (value.s() != null) {
            out.append("S:").append(value.s());
        } else if (value.n() != null) {
            out.append("N:").append(value.n());
        } else if (value.b() != null) {
            out.append("B:<").append(value.b().asByteArrayUnsafe().length).append(" bytes>");
        } else if (value.bool() != null) {
            out.append("BOOL:").append(value.bool());
        } else if (Boolean.TRUE.equals(value.nul())) {
            out.append("NULL");
        } else if (value.hasSs()) {
            out.append("SS:").append(value.ss());
        } else if (value.hasNs()) {
            out.append("NS:").append(value.ns());
        } else if (value.hasBs()) {
            out.append("BS:<").append(value.bs().size()).append(" values>");
        } else if (value.hasL()) {
            out.append("L:<").append(value.l().size()).append(" elements>");
        } else if (value.hasM()) {
            out.append("M:<").append(value.m().size()).append(" entries>");
        } else {
            out.append(value.type());
        }
    }

    /** @return a map field of a request, its values checked to be of {@code type} (the SDK's map fields are) */
    private static <V> Map<String, V> mapField(DynamoDbRequest request, String field, Class<V> type) {
        Object map = request.getValueForField(field, Object.class).orElse(null);
        if (!(map instanceof Map<?, ?> raw) || raw.isEmpty()) {
            return null;
        }
        Map<String, V> typed = new java.util.LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : raw.entrySet()) {
            if (!(entry.getKey() instanceof String name) || !type.isInstance(entry.getValue())) {
                return null;
            }
            typed.put(name, type.cast(entry.getValue()));
        }
        return typed;
    }
}
