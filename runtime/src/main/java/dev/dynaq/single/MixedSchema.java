package dev.dynaq.single;

import dev.dynaq.Attribute;
import dev.dynaq.IndexDescriptor;
import dev.dynaq.ItemSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads the items of several entity types of one shared table into one item type {@code I} (the
 * sealed {@code Item} of a generated collection): each item is decoded by the schema of the entity its
 * type attribute names, then wrapped; an item of no known type becomes an {@link UnknownItem}, wrapped
 * too. Read-only: queries use it to decode; writes go through each entity's own table. Immutable.
 *
 * @param <I> the mixed item type
 */
public final class MixedSchema<I> implements ItemSchema<I> {
    private final Class<I> itemType;
    private final String tableName;
    private final String typeAttribute;
    private final IndexDescriptor primaryIndex;
    private final List<IndexDescriptor> secondaryIndexes;
    private final Map<String, Function<Map<String, AttributeValue>, I>> decoders;
    private final Function<UnknownItem, I> unknown;

    private MixedSchema(Builder<I> builder) {
        this.itemType = builder.itemType;
        this.tableName = builder.tableName;
        this.typeAttribute = builder.typeAttribute;
        this.primaryIndex = builder.primaryIndex;
        this.secondaryIndexes = List.copyOf(builder.secondaryIndexes);
        this.decoders = Map.copyOf(builder.decoders);
        this.unknown = builder.unknown;
    }

    /**
     * @param itemType the mixed item type
     * @param tableName the shared table's name
     * @param typeAttribute the attribute holding each item's type
     * @param primaryIndex the shared table's key
     * @param secondaryIndexes the shared table's global indexes
     * @param unknown wraps an item of no known type
     * @param <I> the mixed item type
     * @return a builder to add the entity types to
     */
    public static <I> Builder<I> builder(Class<I> itemType, String tableName, String typeAttribute,
            IndexDescriptor primaryIndex, List<IndexDescriptor> secondaryIndexes, Function<UnknownItem, I> unknown) {
        return new Builder<>(itemType, tableName, typeAttribute, primaryIndex, secondaryIndexes, unknown);
    }

    /**
     * Collects the entity types of a {@link MixedSchema}.
     *
     * @param <I> the mixed item type
     */
    public static final class Builder<I> {
        private final Class<I> itemType;
        private final String tableName;
        private final String typeAttribute;
        private final IndexDescriptor primaryIndex;
        private final List<IndexDescriptor> secondaryIndexes;
        private final Function<UnknownItem, I> unknown;
        private final Map<String, Function<Map<String, AttributeValue>, I>> decoders = new LinkedHashMap<>();

        private Builder(Class<I> itemType, String tableName, String typeAttribute, IndexDescriptor primaryIndex,
                List<IndexDescriptor> secondaryIndexes, Function<UnknownItem, I> unknown) {
            this.itemType = Objects.requireNonNull(itemType, "itemType");
            this.tableName = Objects.requireNonNull(tableName, "tableName");
            this.typeAttribute = Objects.requireNonNull(typeAttribute, "typeAttribute");
            this.primaryIndex = Objects.requireNonNull(primaryIndex, "primaryIndex");
            this.secondaryIndexes = List.copyOf(secondaryIndexes);
            this.unknown = Objects.requireNonNull(unknown, "unknown");
        }

        /**
         * @param typeName the type attribute's value for this entity
         * @param schema the entity's schema
         * @param wrap wraps a decoded entity into the mixed item type
         * @param <E> the entity type
         * @return this builder
         */
        public <E> Builder<I> member(String typeName, ItemSchema<E> schema, Function<? super E, ? extends I> wrap) {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(wrap, "wrap");
            if (decoders.putIfAbsent(typeName, item -> wrap.apply(schema.fromItem(item))) != null) {
                throw new IllegalArgumentException("type '" + typeName + "' is added twice");
            }
            return this;
        }

        /** @return the schema */
        public MixedSchema<I> build() {
            return new MixedSchema<>(this);
        }
    }

    @Override
    public Class<I> itemType() {
        return itemType;
    }

    @Override
    public String tableName() {
        return tableName;
    }

    /** @return the attribute holding each item's type */
    public String typeAttribute() {
        return typeAttribute;
    }

    /** @throws UnsupportedOperationException always: write through the entity's own table */
    @Override
    public Map<String, AttributeValue> toItem(I item) {
        throw new UnsupportedOperationException("a mixed result is read-only; write each item through its entity's table");
    }

    @Override
    public I fromItem(Map<String, AttributeValue> item) {
        AttributeValue type = item.get(typeAttribute);
        String name = type == null ? null : type.s();
        Function<Map<String, AttributeValue>, I> decoder = name == null ? null : decoders.get(name);
        return decoder != null ? decoder.apply(item) : unknown.apply(new UnknownItem(name, item));
    }

    /** @throws UnsupportedOperationException always: keys are the entities' */
    @Override
    public Map<String, AttributeValue> primaryKey(I item) {
        throw new UnsupportedOperationException("a mixed result has no key of its own; use the entity's table");
    }

    @Override
    public IndexDescriptor primaryIndex() {
        return primaryIndex;
    }

    @Override
    public List<IndexDescriptor> secondaryIndexes() {
        return secondaryIndexes;
    }

    /** @return no attributes: projections and filters name the entities' attributes */
    @Override
    public List<Attribute<I, ?>> attributes() {
        return List.of();
    }
}
