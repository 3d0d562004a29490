package dev.dynaq.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * The generated tables of one compilation, written by Dynaq's processor as a class that implements this
 * interface and is registered in {@code META-INF/services/dev.dynaq.spi.TableIndex} (turned off by the
 * processor option {@code -Adynaq.tableIndex=false}). Frameworks call {@link #load(ClassLoader)}.
 */
public interface TableIndex {
    /** @return the generated tables of this compilation, sorted by class name */
    List<GeneratedTable<?>> tables();

    /**
     * Finds the indexes of every compilation visible to the class loader (each jar and output folder
     * compiled with the processor has one) and returns their tables.
     *
     * @param loader where to look, normally the application's class loader
     * @return every generated table once, sorted by class name
     * @throws IllegalStateException if two indexes list the same table class (two copies of one model
     *     on the class path)
     * @throws java.util.ServiceConfigurationError if a listed index cannot be loaded
     */
    static List<GeneratedTable<?>> load(ClassLoader loader) {
        List<GeneratedTable<?>> tables = new ArrayList<>();
        Map<String, String> indexOf = new HashMap<>();
        for (TableIndex index : ServiceLoader.load(TableIndex.class, Objects.requireNonNull(loader, "loader"))) {
            String indexName = index.getClass().getName();
            for (GeneratedTable<?> table : index.tables()) {
                String previous = indexOf.putIfAbsent(table.type().getName(), indexName);
                if (previous != null) {
                    throw new IllegalStateException(table.type().getName() + " is listed by two table indexes, " + previous
                            + " and " + indexName + ": two copies of the same model are on the class path");
                }
                tables.add(table);
            }
        }
        tables.sort(Comparator.comparing(table -> table.type().getName()));
        return List.copyOf(tables);
    }
}
