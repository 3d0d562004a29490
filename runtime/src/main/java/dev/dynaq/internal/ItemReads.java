package dev.dynaq.internal;

import dev.dynaq.Key;
import dev.dynaq.internal.direct.ClientDecoding;
import dev.dynaq.internal.direct.ItemDecoder;
import dev.dynaq.internal.direct.ResponseDecoder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/** Single-item reads ({@code GetItem}) for the sync and async tables; sync ones decode directly on a client with {@link ClientDecoding}. */
public final class ItemReads {
    private ItemReads() {
    }

    /**
     * @param context the table (sync client)
     * @param key the item's key
     * @param consistent whether to read strongly consistent
     * @return the item, if there is one
     */
    public static <T> Optional<T> get(TableContext<T> context, Key<T> key, boolean consistent) {
        ItemDecoder<T> decoder = context.directDecoder();
        // Only through the client's interceptor: a request-level plugin costs one item more than it saves.
        if (decoder == null || !ClientDecoding.installedOn(context.client())) {
            return toItem(context, context.recorder().send(request(context, key, consistent), context.client()::getItem));
        }
        ResponseDecoder direct = ResponseDecoder.item(decoder, List.of(ReadKeys.names(context.schema().primaryIndex())));
        GetItemResponse response = context.recorder().send(direct.attach(request(context, key, consistent), context.client()),
                context.client()::getItem);
        List<Map<String, AttributeValue>> decoded = direct.decoded();
        if (decoded == null) {
            return toItem(context, response);
        }
        return decoded.isEmpty() ? Optional.empty() : Optional.of(entity(context, decoded.get(0)));
    }

    /**
     * @param context the table
     * @param item an item as returned by a read: an SDK map, or an item decoded by the direct path
     * @return its entity
     */
    public static <T> T entity(TableContext<T> context, Map<String, AttributeValue> item) {
        T entity = ResponseDecoder.decodedEntity(item, context.schema().itemType());
        return entity != null ? entity : context.schema().fromItem(item);
    }

    /**
     * @param context the table (async client)
     * @param key the item's key
     * @param consistent whether to read strongly consistent
     * @return the item, if there is one, when the read completes
     */
    public static <T> CompletableFuture<Optional<T>> getAsync(TableContext<T> context, Key<T> key, boolean consistent) {
        GetItemRequest request;
        try {
            request = request(context, key, consistent);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return context.recorder().sendAsync(request, 1, context.asyncClient()::getItem).thenApply(response -> toItem(context, response));
    }

    private static GetItemRequest request(TableContext<?> context, Key<?> key, boolean consistent) {
        Objects.requireNonNull(key, "key");
        return GetItemRequest.builder()
                .tableName(context.tableName())
                .key(key.toMap())
                .consistentRead(consistent ? Boolean.TRUE : null)
                .build();
    }

    private static <T> Optional<T> toItem(TableContext<T> context, GetItemResponse response) {
        Map<String, AttributeValue> item = response.hasItem() ? response.item() : Map.of();
        return item.isEmpty() ? Optional.empty() : Optional.of(entity(context, item));
    }
}
