package dev.dynaq.spring.boot;

import dev.dynaq.Dynaq;
import dev.dynaq.spi.GeneratedTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * The application's generated tables, as the table indexes of its compilations list them
 * ({@link dev.dynaq.spi.TableIndex#load(ClassLoader)}): each one is a bean of its own type, and this bean
 * gives the DynamoDB tables behind them to the table creation and the health indicator.
 */
public final class DynaqTables {
    private final List<GeneratedTable<?>> generated;

    /** @param generated the generated tables, sorted by class name */
    public DynaqTables(List<GeneratedTable<?>> generated) {
        this.generated = List.copyOf(generated);
    }

    /** @return every generated table class found, sorted by class name */
    public List<GeneratedTable<?>> generated() {
        return generated;
    }

    /**
     * @param dynaq the environment, whose table names give the physical names
     * @return the request that creates each DynamoDB table of the application, once per table (a sync
     *     table and its async twin share one; a shared table of a single-table design is defined by its
     *     {@code ShopTable}, not by the tables of its entities), sorted by physical name
     */
    public List<CreateTableRequest> definitions(Dynaq dynaq) {
        Objects.requireNonNull(dynaq, "dynaq");
        Map<String, CreateTableRequest> byName = new TreeMap<>();
        for (GeneratedTable<?> table : generated) {
            if (!table.isAsync()) {
                definition(table, dynaq).ifPresent(request -> byName.putIfAbsent(request.tableName(), request));
            }
        }
        return new ArrayList<>(byName.values());
    }

    private static <S> java.util.Optional<CreateTableRequest> definition(GeneratedTable<S> table, Dynaq dynaq) {
        return table.definition(table.create(dynaq));
    }

    @Override
    public String toString() {
        return "DynaqTables" + generated;
    }
}
