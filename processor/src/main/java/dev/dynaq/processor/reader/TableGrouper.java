package dev.dynaq.processor.reader;

import dev.dynaq.processor.model.AttributeModel;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.GlobalIndexModel;
import dev.dynaq.processor.model.IndexModel;
import dev.dynaq.processor.model.SharedTableModel;
import dev.dynaq.processor.model.TableModel;
import dev.dynaq.processor.model.TypeMapping;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Groups the table entities of a compilation into physical tables: one {@link TableModel} per table
 * name, whatever the number of entities stored in it. Entities of one table must agree on its key
 * schema, on every index they both declare, on the type of every key attribute and on the attribute of
 * their time to live (where both have one); an entity that does not is reported ({@link Diagnostics#INFRA_TABLE_CONFLICT}) and left out of the table.
 */
final class TableGrouper {
    private TableGrouper() {
    }

    /**
     * @param entities valid table entities, in any order
     * @param sharedTables the {@code @SingleTable} declarations, whose global indexes the table has even
     *     when no entity has a template for them
     * @param report receives the conflicts
     * @return the tables, ordered by name, each with its entities ordered by class name
     */
    static List<TableModel> group(List<EntityModel> entities, List<SharedTableModel> sharedTables, Report report) {
        Map<String, List<EntityModel>> byTable = new TreeMap<>();
        entities.stream()
                .filter(entity -> !entity.document())
                .sorted(Comparator.comparing(entity -> entity.className().canonicalName()))
                .forEach(entity -> byTable.computeIfAbsent(entity.tableName(), name -> new ArrayList<>()).add(entity));
        List<TableModel> tables = new ArrayList<>(byTable.size());
        for (Map.Entry<String, List<EntityModel>> entry : byTable.entrySet()) {
            SharedTableModel declaration = sharedTables.stream()
                    .filter(shared -> shared.tableName().equals(entry.getKey()))
                    .findFirst()
                    .orElse(null);
            tables.add(table(entry.getKey(), entry.getValue(), declaration, report));
        }
        return tables;
    }

    private static TableModel table(String name, List<EntityModel> candidates, SharedTableModel declaration,
            Report report) {
        EntityModel first = candidates.get(0);
        List<EntityModel> members = new ArrayList<>(List.of(first));
        Map<String, TypeMapping.Stored> definitions = new LinkedHashMap<>();
        Map<String, IndexModel> indexes = new LinkedHashMap<>();
        define(first, definitions, indexes);
        for (EntityModel entity : candidates.subList(1, candidates.size())) {
            String conflict = conflict(first, entity, definitions, indexes);
            if (conflict != null) {
                report.error(Diagnostics.INFRA_TABLE_CONFLICT, entity.element(), entity.className().canonicalName(),
                        first.className().canonicalName(), name, conflict);
                continue;
            }
            define(entity, definitions, indexes);
            members.add(entity);
        }
        List<TableModel.Index> globals = new ArrayList<>();
        List<TableModel.Index> locals = new ArrayList<>();
        for (IndexModel index : indexes.values()) {
            (index.kind() == IndexModel.Kind.GLOBAL ? globals : locals).add(TableModel.Index.of(index));
        }
        if (declaration != null) {
            // a shared table's indexes, in declaration order, each a string key projecting everything
            globals.clear();
            for (GlobalIndexModel index : declaration.globalIndexes()) {
                definitions.putIfAbsent(index.partitionKey(), TypeMapping.Stored.S);
                definitions.putIfAbsent(index.sortKey(), TypeMapping.Stored.S);
                globals.add(new TableModel.Index(index.name(), IndexModel.Kind.GLOBAL, index.partitionKey(),
                        index.sortKey(), IndexModel.Projection.ALL, List.of()));
            }
        }
        List<TableModel.KeyAttribute> attributeDefinitions = new ArrayList<>(definitions.size());
        definitions.forEach((attribute, type) -> attributeDefinitions.add(new TableModel.KeyAttribute(attribute, type)));
        String timeToLive = members.stream().map(entity -> entity.lifecycle().timeToLiveAttribute()).flatMap(Optional::stream)
                .map(AttributeModel::attributeName).findFirst().orElse(null);
        return new TableModel(name, members, attributeDefinitions, TableModel.Index.of(first.primaryKey()), globals, locals,
                timeToLive);
    }

    /** Adds the entity's key attributes and indexes, which {@link #conflict} found compatible. */
    private static void define(EntityModel entity, Map<String, TypeMapping.Stored> definitions,
            Map<String, IndexModel> indexes) {
        for (IndexModel index : entity.allIndexes()) {
            for (AttributeModel key : keys(index)) {
                definitions.putIfAbsent(key.attributeName(), stored(key));
            }
            if (index.kind() != IndexModel.Kind.PRIMARY) {
                indexes.putIfAbsent(index.name(), index);
            }
        }
    }

    /** @return what makes the entity disagree with the table so far, or {@code null} */
    private static String conflict(EntityModel first, EntityModel entity, Map<String, TypeMapping.Stored> definitions,
            Map<String, IndexModel> indexes) {
        if (!sameShape(first.primaryKey(), entity.primaryKey())) {
            return "their primary keys differ (" + shape(first.primaryKey()) + " and " + shape(entity.primaryKey()) + ")";
        }
        Optional<String> firstTtl = first.lifecycle().timeToLiveAttribute().map(AttributeModel::attributeName);
        Optional<String> ttl = entity.lifecycle().timeToLiveAttribute().map(AttributeModel::attributeName);
        if (firstTtl.isPresent() && ttl.isPresent() && !firstTtl.equals(ttl)) {
            return "their @TimeToLive attributes differ ('" + firstTtl.get() + "' and '" + ttl.get() + "'; DynamoDB reads one"
                    + " per table)";
        }
        for (IndexModel index : entity.allIndexes()) {
            for (AttributeModel key : keys(index)) {
                TypeMapping.Stored known = definitions.get(key.attributeName());
                if (known != null && known != stored(key)) {
                    return "key attribute '" + key.attributeName() + "' has type " + known + " in one and "
                            + stored(key) + " in the other";
                }
            }
            IndexModel declared = index.name() == null ? null : indexes.get(index.name());
            if (declared != null && !sameShape(declared, index)) {
                return "index '" + index.name() + "' differs (" + shape(declared) + " and " + shape(index) + ")";
            }
        }
        return null;
    }

    /** @return whether the two keys are the same index in DynamoDB's terms: kind, key attributes, projection */
    private static boolean sameShape(IndexModel a, IndexModel b) {
        return a.kind() == b.kind()
                && a.partitionKey().attributeName().equals(b.partitionKey().attributeName())
                && Objects.equals(attributeName(a.sortKey()), attributeName(b.sortKey()))
                && a.projection() == b.projection()
                && a.include().equals(b.include());
    }

    private static String shape(IndexModel index) {
        StringBuilder out = new StringBuilder();
        out.append(index.kind() == IndexModel.Kind.PRIMARY ? "key " : index.kind() == IndexModel.Kind.GLOBAL
                ? "global " : "local ");
        out.append(index.partitionKey().attributeName());
        if (index.sortKey() != null) {
            out.append(", ").append(index.sortKey().attributeName());
        }
        if (index.kind() != IndexModel.Kind.PRIMARY) {
            out.append(", ").append(index.projection());
            if (!index.include().isEmpty()) {
                out.append(' ').append(index.include());
            }
        }
        return out.toString();
    }

    static List<AttributeModel> keys(IndexModel index) {
        return index.sortKey() == null ? List.of(index.partitionKey()) : List.of(index.partitionKey(), index.sortKey());
    }

    static TypeMapping.Stored stored(AttributeModel key) {
        return key.type().valueMapping().stored();
    }

    private static String attributeName(AttributeModel attribute) {
        return attribute == null ? null : attribute.attributeName();
    }
}
