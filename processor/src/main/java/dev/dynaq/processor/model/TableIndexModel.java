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
 * @param tables the listed tables, sorted by entity class name
 */
public record TableIndexModel(ClassName className, List<Entry> tables) {
    /**
     * One entity whose tables were generated.
     *
     * @param element the {@code @DynamoTable} type; the originating element
     * @param entity its class, from which {@code OrderTable} and {@code OrderAsyncTable} are named
     * @param async whether {@code OrderAsyncTable} was generated too
     */
    public record Entry(TypeElement element, ClassName entity, boolean async) {
        /** Validates. */
        public Entry {
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(entity, "entity");
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
