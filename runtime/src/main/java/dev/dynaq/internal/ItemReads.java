package dev.dynaq.internal;

import dev.dynaq.Key;
import dev.dynaq.internal.direct.ResponseDecoder;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * Single-item reads ({@code GetItem}) for the sync and async tables, always the ordinary way: for one
 * item the direct path's fixed costs per response (reading and checking the body twice, a second
 * parse of the reduced body by the SDK) outweigh what decoding saves (measured: 1.51x the raw SDK's
 * time for a small item against 1.05x ordinary; docs/BENCHMARKS.md).
 */
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
        return toItem(context, context.recorder().send(request(context, key, consistent), context.client()::getItem));
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
        return item.isEmpty() ? Optional.empty() : Optional.of(context.schema().fromItem(item));
    }
}
