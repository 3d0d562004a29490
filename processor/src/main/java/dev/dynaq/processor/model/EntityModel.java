package dev.dynaq.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * A validated {@code @DynamoTable} entity or {@code @DynamoDocument} type: everything the writers
 * need, and nothing they would have to compute from elements.
 *
 * @param element the annotated type; only for the originating element and error positions
 * @param className the entity class
 * @param kind record or bean
 * @param document whether this is a {@code @DynamoDocument} (no table, no keys, no indexes)
 * @param tableName the table name ({@code null} for documents)
 * @param attributes the mapped properties, in declaration order
 * @param primaryKey the table's key ({@code null} for documents)
 * @param secondaryIndexes every GSI and LSI, in order of first declaration
 * @param version the {@code @Version} attribute, or {@code null}
 * @param singleTable for a {@code @DynamoEntity} of a shared table: its type name and composed keys;
 *     {@code null} otherwise. Such an entity's {@code tableName} is the shared table's, its
 *     {@code primaryKey} and {@code secondaryIndexes} are the shared table's string key attributes
 *     ({@code pk}/{@code sk}, the global indexes it has templates for), which are not properties
 * @param lifecycle the time-to-live, date and counter attributes ({@link LifecycleModel#NONE} for
 *     documents and entities without them)
 */
public record EntityModel(
        TypeElement element,
        ClassName className,
        Kind kind,
        boolean document,
        String tableName,
        List<AttributeModel> attributes,
        IndexModel primaryKey,
        List<IndexModel> secondaryIndexes,
        AttributeModel version,
        SingleTableEntityModel singleTable,
        LifecycleModel lifecycle) {

    /** How the entity is built and read. */
    public enum Kind {
        /** A record: read through accessors, built through the canonical constructor. */
        RECORD,
        /** A JavaBean: public no-arg constructor, getters and setters. */
        BEAN
    }

    /** Validates and copies. */
    public EntityModel {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(kind, "kind");
        attributes = List.copyOf(attributes);
        secondaryIndexes = List.copyOf(secondaryIndexes);
        Objects.requireNonNull(lifecycle, "lifecycle");
        if (!document) {
            Objects.requireNonNull(tableName, "tableName");
            Objects.requireNonNull(primaryKey, "primaryKey");
        }
    }

    /** A model without lifecycle attributes. */
    public EntityModel(TypeElement element, ClassName className, Kind kind, boolean document, String tableName,
            List<AttributeModel> attributes, IndexModel primaryKey, List<IndexModel> secondaryIndexes,
            AttributeModel version, SingleTableEntityModel singleTable) {
        this(element, className, kind, document, tableName, attributes, primaryKey, secondaryIndexes, version, singleTable,
                LifecycleModel.NONE);
    }

    /** @return the shared-table part of a {@code @DynamoEntity} */
    public Optional<SingleTableEntityModel> singleTableEntity() {
        return Optional.ofNullable(singleTable);
    }

    /** @return the {@code @Version} attribute */
    public Optional<AttributeModel> versionAttribute() {
        return Optional.ofNullable(version);
    }

    /** @return the primary key followed by the secondary indexes */
    public List<IndexModel> allIndexes() {
        if (primaryKey == null) {
            return secondaryIndexes;
        }
        List<IndexModel> all = new java.util.ArrayList<>(secondaryIndexes.size() + 1);
        all.add(primaryKey);
        all.addAll(secondaryIndexes);
        return List.copyOf(all);
    }
}
