package dev.dynaq.internal.direct;

import java.io.IOException;

/**
 * Decodes one item from DynamoDB's JSON text straight to an entity: generated per table entity as
 * {@code Order_}'s nested {@code Decoder}, with the same conversions, checks and messages as the
 * schema's {@code fromItem} (it collects each attribute's value, then converts them exactly as
 * {@code fromItem} does). Stateless and thread-safe.
 *
 * @param <T> the entity type
 */
public interface ItemDecoder<T> {
    /**
     * @param item the item's attributes, positioned at its start; read to its end
     * @return the entity
     * @throws IOException if the text is not an item Dynaq understands (the caller then lets the SDK
     *     read the response); conversion errors are thrown as {@code fromItem} throws them
     */
    T decode(JsonItem item) throws IOException;
}
