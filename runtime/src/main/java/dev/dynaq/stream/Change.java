package dev.dynaq.stream;

import dev.dynaq.DynaqException;
import dev.dynaq.IndexDescriptor;
import dev.dynaq.ItemSchema;
import dev.dynaq.Key;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * One change of one item, decoded from a DynamoDB Streams record with the entity's generated schema:
 * {@code Change<Order> change = Order_.SCHEMA.change(record)}.
 *
 * <p>What a record carries depends on the stream's view type, and so does what a change holds:
 * <table>
 * <caption>images per view type</caption>
 * <tr><th>view type</th><th>{@link #oldItem()}</th><th>{@link #newItem()}</th></tr>
 * <tr><td>{@code KEYS_ONLY}</td><td>empty</td><td>empty</td></tr>
 * <tr><td>{@code NEW_IMAGE}</td><td>empty</td><td>after INSERT and MODIFY</td></tr>
 * <tr><td>{@code OLD_IMAGE}</td><td>after MODIFY and REMOVE</td><td>empty</td></tr>
 * <tr><td>{@code NEW_AND_OLD_IMAGES}</td><td>after MODIFY and REMOVE</td><td>after INSERT and MODIFY</td></tr>
 * </table>
 * The {@link #key()} is always there. Images are whole items (never projections), decoded like
 * {@link ItemSchema#fromItem}: attributes the entity does not map are ignored, and a stored value of
 * the wrong type throws {@link DynaqException} (naming the record and the image) from the decoding call.
 *
 * <p>Immutable; decoded eagerly.
 *
 * @param <T> the entity type
 */
public final class Change<T> {
    /** The principal DynamoDB names in {@code userIdentity} of the deletes its time to live makes. */
    private static final String TTL_PRINCIPAL = "dynamodb.amazonaws.com";

    /** What happened to the item: DynamoDB Streams' {@code eventName}. */
    public enum EventName {
        /** A new item was written. */
        INSERT,
        /** An existing item was changed (a put over an item, or an update). */
        MODIFY,
        /** An item was deleted (by a delete, or by time to live). */
        REMOVE
    }

    private final EventName eventName;
    private final Key<T> key;
    private final Optional<T> oldItem;
    private final Optional<T> newItem;
    private final String eventId;
    private final String sequenceNumber;
    private final Instant approximateCreationTime;
    private final StreamViewType viewType;
    private final boolean timeToLiveExpiry;

    private Change(EventName eventName, Key<T> key, Optional<T> oldItem, Optional<T> newItem, String eventId,
            String sequenceNumber, Instant approximateCreationTime, StreamViewType viewType, boolean timeToLiveExpiry) {
        this.eventName = eventName;
        this.key = key;
        this.oldItem = oldItem;
        this.newItem = newItem;
        this.eventId = eventId;
        this.sequenceNumber = sequenceNumber;
        this.approximateCreationTime = approximateCreationTime;
        this.viewType = viewType;
        this.timeToLiveExpiry = timeToLiveExpiry;
    }

    /**
     * Decodes a record read with the DynamoDB Streams client ({@code DynamoDbStreamsClient.getRecords}).
     * The same as {@code schema.change(record)}.
     *
     * @param schema the entity's schema ({@code Order_.SCHEMA})
     * @param record a stream record of the entity's table
     * @param <T> the entity type
     * @return the decoded change
     * @throws IllegalArgumentException if the record has no event name, no {@code dynamodb} part or no keys
     * @throws DynaqException if an image holds a value the entity cannot read
     */
    public static <T> Change<T> of(ItemSchema<T> schema, Record record) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(record, "record");
        StreamRecord stream = record.dynamodb();
        if (stream == null) {
            throw new IllegalArgumentException("stream record " + record.eventID() + " has no 'dynamodb' part");
        }
        if (!stream.hasKeys() || stream.keys().isEmpty()) {
            throw new IllegalArgumentException("stream record " + record.eventID() + " has no keys");
        }
        EventName eventName = eventName(record);
        Identity identity = record.userIdentity();
        boolean ttl = eventName == EventName.REMOVE && identity != null
                && "Service".equals(identity.type()) && TTL_PRINCIPAL.equals(identity.principalId());
        return new Change<>(
                eventName,
                key(schema, stream.keys()),
                image(schema, record, "old", stream.hasOldImage(), stream.oldImage()),
                image(schema, record, "new", stream.hasNewImage(), stream.newImage()),
                record.eventID(),
                stream.sequenceNumber(),
                stream.approximateCreationDateTime(),
                stream.streamViewType(),
                ttl);
    }

    private static EventName eventName(Record record) {
        OperationType type = record.eventName();
        if (type == null || type == OperationType.UNKNOWN_TO_SDK_VERSION) {
            throw new IllegalArgumentException("stream record " + record.eventID() + " has event name "
                    + record.eventNameAsString() + "; expected INSERT, MODIFY or REMOVE");
        }
        return EventName.valueOf(type.name());
    }

    /** The record's keys, partition key first like every other {@link Key}. */
    private static <T> Key<T> key(ItemSchema<T> schema, Map<String, AttributeValue> keys) {
        IndexDescriptor primary = schema.primaryIndex();
        Map<String, AttributeValue> ordered = new LinkedHashMap<>(4);
        String partition = primary.partitionKey().name();
        if (keys.containsKey(partition)) {
            ordered.put(partition, keys.get(partition));
        }
        primary.sortKeyAttribute().filter(sort -> keys.containsKey(sort.name()))
                .ifPresent(sort -> ordered.put(sort.name(), keys.get(sort.name())));
        if (ordered.size() != keys.size()) {
            throw new IllegalArgumentException("stream record keys " + keys.keySet() + " are not the key of "
                    + schema.itemType().getSimpleName() + " (" + partition
                    + primary.sortKeyAttribute().map(sort -> ", " + sort.name()).orElse("") + ")");
        }
        return Key.fromMap(ordered);
    }

    private static <T> Optional<T> image(ItemSchema<T> schema, Record record, String which, boolean present,
            Map<String, AttributeValue> image) {
        if (!present || image.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(schema.fromItem(image));
        } catch (DynaqException e) {
            throw new DynaqException("Cannot decode the " + which + " image of stream record " + record.eventID()
                    + " as " + schema.itemType().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** @return INSERT, MODIFY or REMOVE */
    public EventName eventName() {
        return eventName;
    }

    /** @return the item's primary key (always present, whatever the view type) */
    public Key<T> key() {
        return key;
    }

    /**
     * @return the item before the change: present for MODIFY and REMOVE on streams with old images
     *     ({@code OLD_IMAGE}, {@code NEW_AND_OLD_IMAGES}); empty otherwise
     */
    public Optional<T> oldItem() {
        return oldItem;
    }

    /**
     * @return the item after the change: present for INSERT and MODIFY on streams with new images
     *     ({@code NEW_IMAGE}, {@code NEW_AND_OLD_IMAGES}); empty otherwise
     */
    public Optional<T> newItem() {
        return newItem;
    }

    /** @return the record's event id, unique per record; empty if the record had none */
    public Optional<String> eventId() {
        return Optional.ofNullable(eventId);
    }

    /**
     * @return the record's sequence number: increases per item (shard) in write order; compare as a
     *     {@link java.math.BigInteger}, not as text
     */
    public Optional<String> sequenceNumber() {
        return Optional.ofNullable(sequenceNumber);
    }

    /** @return when DynamoDB wrote the record, approximately (to the second or finer) */
    public Optional<Instant> approximateCreationTime() {
        return Optional.ofNullable(approximateCreationTime);
    }

    /** @return the stream's view type, which decides which images there are (see the class comment) */
    public Optional<StreamViewType> viewType() {
        return Optional.ofNullable(viewType);
    }

    /**
     * @return whether this is a REMOVE done by DynamoDB's time to live (the record's user identity is
     *     the service {@code dynamodb.amazonaws.com}) rather than by a client's delete
     */
    public boolean isTimeToLiveExpiry() {
        return timeToLiveExpiry;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Change<?> change
                && eventName == change.eventName
                && key.equals(change.key)
                && oldItem.equals(change.oldItem)
                && newItem.equals(change.newItem)
                && Objects.equals(eventId, change.eventId)
                && Objects.equals(sequenceNumber, change.sequenceNumber)
                && Objects.equals(approximateCreationTime, change.approximateCreationTime)
                && viewType == change.viewType
                && timeToLiveExpiry == change.timeToLiveExpiry;
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventName, key, oldItem, newItem, eventId, sequenceNumber);
    }

    @Override
    public String toString() {
        return "Change[" + eventName + " " + key + (timeToLiveExpiry ? " (time to live)" : "")
                + ", old=" + oldItem.map(String::valueOf).orElse("-")
                + ", new=" + newItem.map(String::valueOf).orElse("-")
                + (sequenceNumber == null ? "" : ", sequenceNumber=" + sequenceNumber) + "]";
    }
}
