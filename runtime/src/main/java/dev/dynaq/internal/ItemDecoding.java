package dev.dynaq.internal;

import dev.dynaq.Attribute;
import dev.dynaq.DynaqException;
import dev.dynaq.ItemSchema;
import dev.dynaq.UnreadableAttributeException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What happens when a stored item cannot be read: which attribute failed (generated schemas and
 * document converters call {@link #unreadable} from their one {@code catch}, so the happy path pays
 * nothing), and the lenient reads of {@code withLenientReads(listener)} tables, which report such an
 * attribute and read it as missing.
 */
public final class ItemDecoding {
    private ItemDecoding() {
    }

    /**
     * Finds the attribute whose stored value the converters refused, by reading each present attribute
     * again with its converter (the same conversion the generated code ran).
     *
     * @param attributes the entity's or document's attributes
     * @param item the stored item or map
     * @param cause what the generated reading threw
     * @return an {@link UnreadableAttributeException} naming the attribute, or {@code cause} when no
     *     attribute fails on its own (a converter that failed only once)
     */
    public static DynaqException unreadable(List<? extends Attribute<?, ?>> attributes, Map<String, AttributeValue> item,
            DynaqException cause) {
        for (Attribute<?, ?> attribute : attributes) {
            AttributeValue value = item.get(attribute.name());
            if (Values.isMissing(value)) {
                continue;
            }
            try {
                attribute.converter().fromAttributeValue(value);
            } catch (DynaqException e) {
                return new UnreadableAttributeException(attribute, value, e);
            }
        }
        return cause;
    }

    /**
     * @param schema the item schema
     * @param item a stored item
     * @param listener receives every attribute that cannot be read; {@code null} for strict reads
     * @param <T> the entity type
     * @return the entity; with a listener, attributes that cannot be read are read as missing
     * @throws UnreadableAttributeException without a listener, for the first attribute that cannot be read
     */
    public static <T> T read(ItemSchema<T> schema, Map<String, AttributeValue> item,
            Consumer<? super UnreadableAttributeException> listener) {
        if (listener == null) {
            return schema.fromItem(item);
        }
        Map<String, AttributeValue> readable = item;
        for (int attempt = 0; ; attempt++) {
            try {
                return schema.fromItem(readable);
            } catch (UnreadableAttributeException e) {
                if (attempt > schema.attributes().size() || !readable.containsKey(e.attributeName())) {
                    throw e;
                }
                if (readable == item) {
                    readable = new HashMap<>(item);
                }
                readable.remove(e.attributeName());
                listener.accept(e);
            }
        }
    }
}
