package dev.dynaq;

import dev.dynaq.internal.ItemLimits;
import dev.dynaq.internal.PartialItems;
import dev.dynaq.internal.WriteStamps;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What every write of a whole item checks before its request, sync or async, so that a write DynamoDB
 * would refuse, or one that would erase attributes, fails with a message naming the entity and
 * attribute and nothing is sent.
 */
final class ItemChecks {
    private ItemChecks() {
    }

    /**
     * @param schema the entity's schema
     * @param item the item to write
     * @param version the version to store instead of the item's, or {@code null}
     * @param now the time of the write, for the {@code @CreatedDate} and {@code @LastModifiedDate} attributes
     * @param <T> the entity type
     * @return the item's attributes, with the lifecycle attributes {@linkplain WriteStamps#stampItem stamped}
     * @throws InvalidValueException if the item was read partially, a key (also of a secondary index)
     *     is missing or empty, a value cannot be stored, or the item is over 400 KB
     */
    static <T> Map<String, AttributeValue> writableItem(ItemSchema<T> schema, T item, Long version, Instant now) {
        Objects.requireNonNull(item, "item");
        String entity = schema.itemType().getSimpleName();
        if (PartialItems.isPartial(item)) {
            throw new InvalidValueException(entity + " " + item + " was read with only some of its attributes (a projection,"
                    + " keys-only query or UPDATED_* result); writing it would erase the others. Read the whole item, or use"
                    + " update(...) to change single attributes");
        }
        schema.primaryKey(item);
        Map<String, AttributeValue> attributes = schema.toItem(item);
        if (version != null) {
            attributes.put(schema.versioning().orElseThrow().attributeName(), AttributeValue.fromN(Long.toString(version)));
        }
        WriteStamps.stampItem(schema.lifecycle(), attributes, now);
        for (IndexDescriptor index : schema.secondaryIndexes()) {
            requireNonEmptyIndexKey(schema, attributes, index, index.partitionKey(), "partition");
            if (index.sortKey() != null) {
                requireNonEmptyIndexKey(schema, attributes, index, index.sortKey(), "sort");
            }
        }
        ItemLimits.requireWithinLimit(entity, attributes);
        return attributes;
    }

    /** DynamoDB rejects the whole write when an index key is an empty string or binary; say which one. */
    private static void requireNonEmptyIndexKey(ItemSchema<?> schema, Map<String, AttributeValue> attributes,
            IndexDescriptor index, IndexDescriptor.KeyAttribute key, String role) {
        AttributeValue value = attributes.get(key.name());
        boolean empty = value != null && ((value.s() != null && value.s().isEmpty())
                || (value.b() != null && value.b().asByteArrayUnsafe().length == 0));
        if (empty) {
            String attribute = schema.attributes().stream().filter(a -> a.name().equals(key.name())).findFirst()
                    .map(Attribute::describe).orElse(schema.itemType().getSimpleName() + "." + key.name());
            throw new InvalidValueException(attribute + " is the " + role + " key of index '" + index.indexName()
                    + "' and must not be empty: DynamoDB rejects empty strings and binaries in index keys. Store null"
                    + " instead to leave the item out of the index");
        }
    }
}
