package dev.dynaq.internal;

import dev.dynaq.Attribute;
import dev.dynaq.IndexDescriptor;
import dev.dynaq.IndexDescriptor.KeyAttribute;
import dev.dynaq.annotation.IndexProjection;
import dev.dynaq.internal.direct.ItemDecoder;
import dev.dynaq.internal.direct.ResponseDecoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * One read (a query, a scan, or one segment of a parallel scan) turned into DynamoDB requests, and
 * the conversion of what comes back: the request abstraction that the sync and async engines share.
 * Immutable and thread-safe.
 *
 * <p>Projection: the attributes asked for, plus the key attributes a cursor needs, are requested with
 * {@code #name} placeholders; the key attributes not asked for are removed before the item is
 * converted, and the entity is marked partial ({@link PartialItems}). Results of an index that does
 * not project all attributes are partial too.
 *
 * @param <T> the entity type
 */
public final class ReadPlan<T> {
    private final TableContext<T> context;
    private final QuerySpec spec;
    private final Integer segment;
    private final Integer totalSegments;
    private final List<KeyAttribute> cursorAttributes;
    private final List<String> cursorNames;
    /** Names requested in the ProjectionExpression, or {@code null} for all attributes. */
    private final List<String> projected;
    /** Names kept on converted items, or {@code null} for all that came back. */
    private final Set<String> kept;
    private final boolean partial;
    private final Map<String, AttributeValue> endKey;

    private ReadPlan(TableContext<T> context, QuerySpec spec, Integer segment, Integer totalSegments) {
        this.context = Objects.requireNonNull(context, "context");
        this.spec = Objects.requireNonNull(spec, "spec");
        this.segment = segment;
        this.totalSegments = totalSegments;
        this.cursorAttributes = ReadKeys.cursorAttributes(context.schema(), spec.index());
        Set<String> keyNames = new LinkedHashSet<>();
        cursorAttributes.forEach(attribute -> keyNames.add(attribute.name()));
        this.cursorNames = List.copyOf(keyNames);
        if (spec.keysOnly()) {
            this.projected = List.copyOf(keyNames);
            this.kept = null;
            this.partial = true;
        } else if (!spec.projection().isEmpty()) {
            Set<String> asked = new LinkedHashSet<>();
            for (Attribute<?, ?> attribute : spec.projection()) {
                asked.add(attribute.name());
            }
            Set<String> requested = new LinkedHashSet<>(asked);
            requested.addAll(keyNames);
            this.projected = List.copyOf(requested);
            this.kept = Set.copyOf(asked);
            this.partial = true;
        } else {
            this.projected = null;
            this.kept = null;
            this.partial = spec.index().projection() != IndexProjection.ALL;
        }
        this.endKey = spec.endCursor() == null ? null : spec.endCursor().key();
        // Before any request: a page's cursor resumes only the table it was taken from, and a table with
        // signed cursors reads only from positions it handed out.
        if (spec.startCursor() != null) {
            CursorCodec.requireUsable(spec.startCursor(), context.tableName(), context.cursorSigner(), "start cursor");
        }
        if (spec.endCursor() != null) {
            CursorCodec.requireUsable(spec.endCursor(), context.tableName(), context.cursorSigner(), "end cursor");
        }
    }

    /**
     * @param context the table
     * @param spec the query or scan
     * @return the plan of the whole read
     */
    public static <T> ReadPlan<T> of(TableContext<T> context, QuerySpec spec) {
        return new ReadPlan<>(context, spec, null, null);
    }

    /**
     * @param context the table
     * @param spec the scan
     * @param segment this segment, 0-based
     * @param totalSegments the number of segments
     * @return the plan of one segment of a parallel scan
     */
    public static <T> ReadPlan<T> segment(TableContext<T> context, QuerySpec spec, int segment, int totalSegments) {
        if (spec.isQuery()) {
            throw new IllegalArgumentException("only scans have segments");
        }
        return new ReadPlan<>(context, spec, segment, totalSegments);
    }

    /** @return the query or scan */
    public QuerySpec spec() {
        return spec;
    }

    /** @return the table */
    public TableContext<T> context() {
        return context;
    }

    /** @return the key attributes of a position (cursor) in the read index */
    public List<KeyAttribute> cursorAttributes() {
        return cursorAttributes;
    }

    /**
     * @param item an item as returned
     * @return its position: the cursor key attributes
     */
    public Map<String, AttributeValue> positionOf(Map<String, AttributeValue> item) {
        return ReadKeys.positionOf(item, cursorAttributes);
    }

    /** @return whether the read has an end cursor */
    public boolean hasEnd() {
        return endKey != null;
    }

    /**
     * @param item an item as returned, in read order
     * @return {@code 0} if the item comes before the end cursor, {@code 1} if it is the end cursor's
     *     item (returned, then the read ends), {@code 2} if it is past the end (not returned)
     */
    public int endState(Map<String, AttributeValue> item) {
        if (endKey == null) {
            return 0;
        }
        if (ReadKeys.sameKey(positionOf(item), endKey)) {
            return 1;
        }
        KeyAttribute sortKey = spec.index().sortKey();
        if (sortKey == null) {
            return 0;
        }
        int order = ReadKeys.compare(item.get(sortKey.name()), endKey.get(sortKey.name()));
        if (spec.descending()) {
            order = -order;
        }
        return order > 0 ? 2 : 0;
    }

    /**
     * @param item an item as returned
     * @return the entity; marked partial when not all attributes were read
     */
    public T toEntity(Map<String, AttributeValue> item) {
        T entity = ResponseDecoder.decodedEntity(item, context.schema().itemType());
        if (entity == null) {
            Map<String, AttributeValue> source = item;
            if (kept != null) {
                source = new LinkedHashMap<>(item);
                source.keySet().retainAll(kept);
            }
            entity = context.schema().fromItem(source);
        }
        if (partial) {
            PartialItems.mark(entity);
        }
        return entity;
    }

    /**
     * @param call what the paging logic asks for
     * @return the DynamoDB Query request
     */
    public QueryRequest queryRequest(ReadCall call) {
        ExpressionWriter writer = new ExpressionWriter();
        IndexDescriptor index = spec.index();
        String keyCondition = writer.name(index.partitionKey().name()) + " = " + writer.value(spec.partitionValue());
        if (spec.sortKey() != null) {
            KeyAttribute sortKey = index.sortKey();
            if (sortKey == null) {
                throw new IllegalStateException("a sort-key condition on " + index + " which has no sort key");
            }
            keyCondition = keyCondition + " AND " + spec.sortKey().render(writer.name(sortKey.name()), writer);
        }
        String filter = spec.filter() == null ? null : spec.filter().toExpression(writer);
        String projection = call.count() ? null : projectionExpression(writer);
        QueryRequest.Builder builder = QueryRequest.builder()
                .tableName(context.tableName())
                .indexName(index.indexName())
                .keyConditionExpression(keyCondition)
                .filterExpression(filter)
                .projectionExpression(projection)
                .expressionAttributeNames(writer.names())
                .expressionAttributeValues(writer.values())
                .exclusiveStartKey(call.exclusiveStartKey())
                .limit(call.limit())
                .scanIndexForward(spec.descending() ? Boolean.FALSE : null)
                .consistentRead(spec.consistentRead() ? Boolean.TRUE : null)
                .select(call.count() ? Select.COUNT : null)
                .returnConsumedCapacity(spec.returnConsumedCapacity() ? ReturnConsumedCapacity.TOTAL : null);
        if (spec.timeout() != null) {
            builder.overrideConfiguration(o -> o.apiCallTimeout(spec.timeout()));
        }
        return builder.build();
    }

    /**
     * @param call what the paging logic asks for
     * @return the DynamoDB Scan request
     */
    public ScanRequest scanRequest(ReadCall call) {
        ExpressionWriter writer = new ExpressionWriter();
        String filter = spec.filter() == null ? null : spec.filter().toExpression(writer);
        String projection = call.count() ? null : projectionExpression(writer);
        ScanRequest.Builder builder = ScanRequest.builder()
                .tableName(context.tableName())
                .indexName(spec.index().indexName())
                .filterExpression(filter)
                .projectionExpression(projection)
                .expressionAttributeNames(writer.names())
                .expressionAttributeValues(writer.values())
                .exclusiveStartKey(call.exclusiveStartKey())
                .limit(call.limit())
                .segment(segment)
                .totalSegments(totalSegments)
                .consistentRead(spec.consistentRead() ? Boolean.TRUE : null)
                .select(call.count() ? Select.COUNT : null)
                .returnConsumedCapacity(spec.returnConsumedCapacity() ? ReturnConsumedCapacity.TOTAL : null);
        if (spec.timeout() != null) {
            builder.overrideConfiguration(o -> o.apiCallTimeout(spec.timeout()));
        }
        return builder.build();
    }

    /**
     * Sends one request with the sync client.
     *
     * @param call what the paging logic asks for
     * @return the response
     */
    public ReadResponse execute(ReadCall call) {
        ItemDecoder<T> decoder = call.count() ? null : context.directDecoder();
        // The fast path, when on: the items come decoded, the rest of the response from the SDK.
        ResponseDecoder direct = decoder == null ? null : ResponseDecoder.items(decoder, cursorNames, kept);
        ReadResponse response;
        if (spec.isQuery()) {
            QueryRequest request = direct == null ? queryRequest(call) : direct.attach(queryRequest(call), context.client());
            QueryResponse sdkResponse = context.recorder().send(request, call.page(), context.client()::query);
            response = ReadResponse.of(sdkResponse);
        } else {
            ScanRequest request = direct == null ? scanRequest(call) : direct.attach(scanRequest(call), context.client());
            ScanResponse sdkResponse = context.recorder().send(request, call.page(), context.client()::scan);
            response = ReadResponse.of(sdkResponse);
        }
        return direct == null ? response : response.withItems(direct.decoded());
    }

    /**
     * Sends one request with the async client.
     *
     * @param call what the paging logic asks for
     * @return the response, when it comes
     */
    public CompletableFuture<ReadResponse> executeAsync(ReadCall call) {
        if (spec.isQuery()) {
            CompletableFuture<QueryResponse> response = context.recorder().sendAsync(queryRequest(call), call.page(),
                    context.asyncClient()::query);
            return response.thenApply(ReadResponse::of);
        }
        CompletableFuture<ScanResponse> response = context.recorder().sendAsync(scanRequest(call), call.page(),
                context.asyncClient()::scan);
        return response.thenApply(ReadResponse::of);
    }

    private String projectionExpression(ExpressionWriter writer) {
        if (projected == null) {
            return null;
        }
        List<String> placeholders = new ArrayList<>(projected.size());
        for (String name : projected) {
            placeholders.add(writer.name(name));
        }
        return String.join(", ", placeholders);
    }

    /**
     * @param total the capacity so far, or {@code null}
     * @param more the capacity of one more request, or {@code null}
     * @return their sum
     */
    public static ConsumedCapacity addCapacity(ConsumedCapacity total, ConsumedCapacity more) {
        if (total == null) {
            return more;
        }
        if (more == null) {
            return total;
        }
        return ConsumedCapacity.builder()
                .tableName(total.tableName() != null ? total.tableName() : more.tableName())
                .capacityUnits(sum(total.capacityUnits(), more.capacityUnits()))
                .readCapacityUnits(sum(total.readCapacityUnits(), more.readCapacityUnits()))
                .writeCapacityUnits(sum(total.writeCapacityUnits(), more.writeCapacityUnits()))
                .table(addUnits(total.table(), more.table()))
                .build();
    }

    private static Capacity addUnits(Capacity a, Capacity b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return Capacity.builder()
                .capacityUnits(sum(a.capacityUnits(), b.capacityUnits()))
                .readCapacityUnits(sum(a.readCapacityUnits(), b.readCapacityUnits()))
                .writeCapacityUnits(sum(a.writeCapacityUnits(), b.writeCapacityUnits()))
                .build();
    }

    private static Double sum(Double a, Double b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + b;
    }
}
