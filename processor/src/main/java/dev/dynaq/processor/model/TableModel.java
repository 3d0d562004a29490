package dev.dynaq.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One physical DynamoDB table, as the infrastructure writers and the access-pattern report see it:
 * the union of what every entity stored in it declares. Several entities share one table in a
 * single-table design; the table is still one resource.
 *
 * @param name the table name
 * @param entities the entities stored in the table, ordered by class name
 * @param attributeDefinitions each key attribute of the table and its indexes once, in the order
 *     {@code createTable()} defines them: the primary key's, then each index's in declaration order
 * @param primaryKey the table's key
 * @param globalIndexes the global secondary indexes, in order of first declaration
 * @param localIndexes the local secondary indexes, in order of first declaration
 * @param timeToLive the attribute DynamoDB's time to live reads, or {@code null}
 */
public record TableModel(
        String name,
        List<EntityModel> entities,
        List<KeyAttribute> attributeDefinitions,
        Index primaryKey,
        List<Index> globalIndexes,
        List<Index> localIndexes,
        String timeToLive) {

    /**
     * A key attribute definition.
     *
     * @param name the DynamoDB attribute name
     * @param type S, N or B
     */
    public record KeyAttribute(String name, TypeMapping.Stored type) {
        /** Validates. */
        public KeyAttribute {
            Objects.requireNonNull(name, "name");
            if (!type.isKeyType()) {
                throw new IllegalArgumentException("key attribute " + name + " has type " + type);
            }
        }
    }

    /**
     * The table's key or one of its indexes, by DynamoDB attribute names.
     *
     * @param name the index name; {@code null} for the primary key
     * @param kind primary key, global or local index
     * @param partitionKey the partition key attribute
     * @param sortKey the sort key attribute, or {@code null}
     * @param projection the projection ({@link IndexModel.Projection#ALL} for the primary key)
     * @param include with {@link IndexModel.Projection#INCLUDE}: the projected non-key attributes
     */
    public record Index(String name, IndexModel.Kind kind, String partitionKey, String sortKey,
            IndexModel.Projection projection, List<String> include) {
        /** Validates and copies. */
        public Index {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(partitionKey, "partitionKey");
            Objects.requireNonNull(projection, "projection");
            include = List.copyOf(include);
            if ((kind == IndexModel.Kind.PRIMARY) != (name == null)) {
                throw new IllegalArgumentException("only the primary key has no name");
            }
        }

        /** @return the index of an entity's key or index */
        public static Index of(IndexModel index) {
            return new Index(index.name(), index.kind(), index.partitionKey().attributeName(),
                    index.sortKey() == null ? null : index.sortKey().attributeName(), index.projection(), index.include());
        }
    }

    /** Validates and copies. */
    public TableModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(primaryKey, "primaryKey");
        entities = List.copyOf(entities);
        attributeDefinitions = List.copyOf(attributeDefinitions);
        globalIndexes = List.copyOf(globalIndexes);
        localIndexes = List.copyOf(localIndexes);
        if (entities.isEmpty()) {
            throw new IllegalArgumentException("table " + name + " has no entity");
        }
    }

    /** @return the global indexes followed by the local ones */
    public List<Index> secondaryIndexes() {
        List<Index> all = new ArrayList<>(globalIndexes);
        all.addAll(localIndexes);
        return List.copyOf(all);
    }

    /**
     * @param attribute a key attribute of the table or an index
     * @return its type
     */
    public TypeMapping.Stored typeOf(String attribute) {
        for (KeyAttribute definition : attributeDefinitions) {
            if (definition.name().equals(attribute)) {
                return definition.type();
            }
        }
        throw new IllegalArgumentException(attribute + " is no key attribute of table " + name);
    }
}
