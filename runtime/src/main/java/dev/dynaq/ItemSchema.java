package dev.dynaq;

import dev.dynaq.internal.direct.ItemDecoder;
import dev.dynaq.stream.Change;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * The reflection-free mapping of one entity type to DynamoDB items, generated as {@code Order_.SCHEMA}.
 *
 * @param <T> the entity type
 */
public interface ItemSchema<T> {
    /** @return the entity class */
    Class<T> itemType();

    /** @return the table name from {@code @DynamoTable} */
    String tableName();

    /**
     * @param item the entity
     * @return a new mutable map with one entry per non-null attribute
     */
    Map<String, AttributeValue> toItem(T item);

    /**
     * @param item a DynamoDB item; missing attributes read as {@code null} (primitives: zero), attributes
     *     the entity does not map are ignored
     * @return the entity
     * @throws UnreadableAttributeException if a stored value cannot be read into its Java type
     */
    T fromItem(Map<String, AttributeValue> item);

    /**
     * @param item the entity
     * @return the table's primary key of the item (partition key, then sort key)
     * @throws InvalidValueException if a key attribute is null or empty
     */
    Map<String, AttributeValue> primaryKey(T item);

    /** @return the table's own key: partition and optional sort key */
    IndexDescriptor primaryIndex();

    /** @return every global and local secondary index, in declaration order */
    List<IndexDescriptor> secondaryIndexes();

    /** @return every mapped attribute, in declaration order */
    List<Attribute<T, ?>> attributes();

    /**
     * Decodes a DynamoDB Streams record of this entity's table: its event name, key, and the old and
     * new items the stream's view type carries ({@link Change} lists which).
     *
     * @param record a record read with the DynamoDB Streams client
     * @return the typed change
     * @throws IllegalArgumentException if the record is not a stream record of this key schema
     * @throws DynaqException if an image holds a value the entity cannot read
     */
    default Change<T> change(Record record) {
        return Change.of(this, record);
    }

    /**
     * @return for an entity type of a shared table ({@code @DynamoEntity}), how it composes its keys; the
     *     update of such an entity keeps them consistent
     */
    default Optional<dev.dynaq.single.EntityKeys> entityKeys() {
        return Optional.empty();
    }

    /**
     * @return the generated decoder of this entity's items from DynamoDB's JSON text, used by the
     *     direct-decoding read path of sync tables; empty for hand-written schemas, which are read the
     *     ordinary way
     */
    default Optional<ItemDecoder<T>> itemDecoder() {
        return Optional.empty();
    }

    /** @return the {@code @Version} attribute, if the entity has one */
    default Optional<VersionSupport<T>> versioning() {
        return Optional.empty();
    }

    /**
     * @return the time-to-live, date and counter attributes; {@link Lifecycle#none()} for an entity
     *     without them
     */
    default Lifecycle<T> lifecycle() {
        return Lifecycle.none();
    }

    /**
     * Reads and writes the {@code @Version} attribute of an entity.
     *
     * @param <T> the entity type
     */
    interface VersionSupport<T> {
        /** @return the DynamoDB attribute name of the version */
        String attributeName();

        /**
         * @param item the entity
         * @return its version, or 0 when it has none yet (a new item)
         */
        long version(T item);

        /**
         * @param item the entity
         * @param version the new version
         * @return a bean with the version set, or a copy of a record with it
         */
        T withVersion(T item, long version);
    }
}
