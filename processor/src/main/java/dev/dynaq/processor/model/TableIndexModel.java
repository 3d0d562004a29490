package dev.dynaq.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.TypeElement;

/**
 * The table index of (part of) one compilation: a class listing generated tables for frameworks, found
 * through {@code META-INF/services/dev.dynaq.spi.TableIndex}. It depends on every entity it lists, so it
 * names all of them as originating elements.
 *
 * @param className the index class, from {@link Names#tableIndex(List)}
 * @param tables the listed tables, sorted by the class name of their type
 */
public record TableIndexModel(ClassName className, List<Entry> tables) {
    /** What kind of generated table an entry lists. */
    public enum Kind {
        /** {@code OrderTable} of a {@code @DynamoTable}, which defines its DynamoDB table, and maybe {@code OrderAsyncTable}. */
        TABLE,
        /**
         * {@code CustomerTable} of a {@code @DynamoEntity}: one entity's items of a shared table, which the
         * shared table's class defines.
         */
        SHARED_ENTITY,
        /** {@code ShopTable} of a {@code @SingleTable}, which defines the shared DynamoDB table. */
        SHARED_TABLE
    }

    /**
     * One type whose tables were generated.
     *
     * @param element the {@code @DynamoTable}, {@code @DynamoEntity} or {@code @SingleTable} type; the
     *     originating element
     * @param entity its class, from which the generated classes are named
     * @param kind which generated table class it has
     * @param async whether {@code OrderAsyncTable} was generated too (only for {@link Kind#TABLE})
     */
    public record Entry(TypeElement element, ClassName entity, Kind kind, boolean async) {
        /** Validates. */
        public Entry {
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(kind, "kind");
            if (async && kind != Kind.TABLE) {
                throw new IllegalArgumentException("only a @DynamoTable has an async table");
            }
        }

        /** @return the generated sync class: {@code OrderTable}, {@code CustomerTable} or {@code ShopTable} */
        public ClassName table() {
            return kind == Kind.SHARED_TABLE ? Names.sharedTable(entity) : Names.table(entity);
        }
    }

    /** Validates, copies and sorts. */
    public TableIndexModel {
        Objects.requireNonNull(className, "className");
        tables = tables.stream().sorted(Comparator.comparing(entry -> entry.entity().canonicalName())).toList();
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("a table index lists at least one table");
        }
    }

    /**
     * @param tables the tables to list, in any order
     * @return the index, named after the entities
     */
    public static TableIndexModel of(List<Entry> tables) {
        return new TableIndexModel(Names.tableIndex(tables.stream().map(Entry::entity).toList()), tables);
    }
}
