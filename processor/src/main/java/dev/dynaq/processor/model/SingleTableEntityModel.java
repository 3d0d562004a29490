package dev.dynaq.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What makes an entity one type of a shared table ({@code @DynamoEntity}): the table, the type name
 * written on its items, and its composed keys.
 *
 * @param table the {@code @SingleTable} type
 * @param typeName the value of the type attribute on this entity's items
 * @param typeAttribute the table's type attribute ({@code _type})
 * @param tableKey the table's key ({@code @KeyTemplate})
 * @param indexKeys the keys in global indexes ({@code @IndexTemplate}), in the order of the table's indexes
 */
public record SingleTableEntityModel(
        ClassName table,
        String typeName,
        String typeAttribute,
        EntityKeyModel tableKey,
        List<EntityKeyModel> indexKeys) {

    /** Validates and copies. */
    public SingleTableEntityModel {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(typeAttribute, "typeAttribute");
        Objects.requireNonNull(tableKey, "tableKey");
        indexKeys = List.copyOf(indexKeys);
    }

    /** @return the table key followed by the index keys */
    public List<EntityKeyModel> allKeys() {
        List<EntityKeyModel> all = new java.util.ArrayList<>(indexKeys.size() + 1);
        all.add(tableKey);
        all.addAll(indexKeys);
        return List.copyOf(all);
    }

    /** @return the key in that global index, if the entity has one there */
    public Optional<EntityKeyModel> indexKey(String indexName) {
        return indexKeys.stream().filter(key -> key.indexName().equals(indexName)).findFirst();
    }
}
