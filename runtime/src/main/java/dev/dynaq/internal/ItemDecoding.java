package dev.dynaq.internal;

import dev.dynaq.Attribute;
import dev.dynaq.DynaqException;
import dev.dynaq.IndexDescriptor;
import dev.dynaq.ItemSchema;
import dev.dynaq.UnreadableAttributeException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
     * @param value a stored document (generated document converters call this first)
     * @param document the document's type, for the message
     * @return its members
     * @throws DynaqException if it is stored as another type than a map (M): the SDK would give an empty map,
     *     and the document would read as one whose attributes are all missing
     */
    public static Map<String, AttributeValue> members(AttributeValue value, String document) {
        if (!value.hasM()) {
            throw Values.wrongType(value, "M", document);
        }
        return value.m();
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
     * @param schema an item schema (a lenient one is unwrapped first)
     * @param listener receives every attribute that cannot be read
     * @param <T> the entity type
     * @return the schema whose {@code fromItem} reports an attribute that cannot be read to the listener
     *     and reads it as missing (a primitive as zero), instead of throwing; every other method delegates
     */
    public static <T> ItemSchema<T> lenient(ItemSchema<T> schema, Consumer<? super UnreadableAttributeException> listener) {
        Objects.requireNonNull(listener, "listener");
        ItemSchema<T> strict = schema instanceof Lenient<T> lenient ? lenient.strict : schema;
        return new Lenient<>(strict, listener);
    }

    /** A schema whose reads map unreadable attributes to missing ones and report them. */
    private static final class Lenient<T> implements ItemSchema<T> {
        private final ItemSchema<T> strict;
        private final Consumer<? super UnreadableAttributeException> listener;

        Lenient(ItemSchema<T> strict, Consumer<? super UnreadableAttributeException> listener) {
            this.strict = strict;
            this.listener = listener;
        }

        @Override
        public T fromItem(Map<String, AttributeValue> item) {
            Map<String, AttributeValue> readable = item;
            int attributes = strict.attributes().size();
            for (int attempt = 0; ; attempt++) {
                try {
                    return strict.fromItem(readable);
                } catch (UnreadableAttributeException e) {
                    // each attempt removes one attribute, so this ends; an attribute not in the item is a converter's fault
                    if (attempt > attributes || !readable.containsKey(e.attributeName())) {
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

        @Override
        public Class<T> itemType() {
            return strict.itemType();
        }

        @Override
        public String tableName() {
            return strict.tableName();
        }

        @Override
        public Map<String, AttributeValue> toItem(T item) {
            return strict.toItem(item);
        }

        @Override
        public Map<String, AttributeValue> primaryKey(T item) {
            return strict.primaryKey(item);
        }

        @Override
        public IndexDescriptor primaryIndex() {
            return strict.primaryIndex();
        }

        @Override
        public List<IndexDescriptor> secondaryIndexes() {
            return strict.secondaryIndexes();
        }

        @Override
        public List<Attribute<T, ?>> attributes() {
            return strict.attributes();
        }

        @Override
        public Optional<VersionSupport<T>> versioning() {
            return strict.versioning();
        }

        @Override
        public dev.dynaq.Lifecycle<T> lifecycle() {
            return strict.lifecycle();
        }
    }
}
