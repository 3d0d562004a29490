package dev.dynaq.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * A table shared by several entity types ({@code @SingleTable}), with the entities that joined it and
 * the item collections they form. What {@code ShopTable}, the infrastructure templates and reports
 * are written from.
 *
 * @param element the {@code @SingleTable} type; only for the originating element and error positions
 * @param className the {@code @SingleTable} type
 * @param tableName the table name
 * @param partitionKey the table's partition key attribute (S)
 * @param sortKey the table's sort key attribute (S)
 * @param typeAttribute the attribute that holds each item's entity type
 * @param globalIndexes the global indexes, in declaration order
 * @param entities the entities ({@link EntityModel#singleTable()} set), ordered by type name; empty in
 *     the declaration read before the entities
 * @param collections the item collections: table collections first, then per index in index order
 */
public record SharedTableModel(
        TypeElement element,
        ClassName className,
        String tableName,
        String partitionKey,
        String sortKey,
        String typeAttribute,
        List<GlobalIndexModel> globalIndexes,
        List<EntityModel> entities,
        List<CollectionModel> collections) {

    /** Validates and copies. */
    public SharedTableModel {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(partitionKey, "partitionKey");
        Objects.requireNonNull(sortKey, "sortKey");
        Objects.requireNonNull(typeAttribute, "typeAttribute");
        globalIndexes = List.copyOf(globalIndexes);
        entities = List.copyOf(entities);
        collections = List.copyOf(collections);
    }

    /** @return the global index of that name */
    public Optional<GlobalIndexModel> globalIndex(String name) {
        return globalIndexes.stream().filter(index -> index.name().equals(name)).findFirst();
    }

    /**
     * @param newEntities the entities
     * @param newCollections their collections
     * @return this table with them
     */
    public SharedTableModel with(List<EntityModel> newEntities, List<CollectionModel> newCollections) {
        return new SharedTableModel(element, className, tableName, partitionKey, sortKey, typeAttribute, globalIndexes,
                newEntities, newCollections);
    }
}
