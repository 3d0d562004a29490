package dev.dynaq.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * One physical DynamoDB table, as the infrastructure writers and the access-pattern report see it:
 * the union of what every entity stored in it declares. Several entities share one table in a
 * single-table design; the table is still one resource.
 *
 * @param name the table name
 * @param entities the entities stored in the table, ordered by class name; the first declares the keys
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
        IndexModel primaryKey,
        List<IndexModel> globalIndexes,
        List<IndexModel> localIndexes,
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
    public List<IndexModel> secondaryIndexes() {
        List<IndexModel> all = new java.util.ArrayList<>(globalIndexes);
        all.addAll(localIndexes);
        return List.copyOf(all);
    }
}
