package dev.dynaq.spi;

import dev.dynaq.AsyncTable;
import dev.dynaq.Dynaq;
import dev.dynaq.Table;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * One generated table class, as listed by a {@link TableIndex}: its type, how to create it in a
 * {@link Dynaq} environment, and what a framework needs to check or create its DynamoDB table. Generated
 * indexes build these with {@link #sync(Class, Function)} and {@link #async(Class, Function)}.
 * Immutable.
 *
 * @param <S> the generated table class, such as {@code OrderTable}
 */
public final class GeneratedTable<S> {
    private final Class<S> type;
    private final Function<Dynaq, S> factory;
    private final Function<? super S, String> tableName;
    private final Function<? super S, CreateTableRequest> definition;
    private final boolean async;

    private GeneratedTable(Class<S> type, Function<Dynaq, S> factory, Function<? super S, String> tableName,
            Function<? super S, CreateTableRequest> definition, boolean async) {
        this.type = Objects.requireNonNull(type, "type");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.tableName = tableName;
        this.definition = definition;
        this.async = async;
    }

    /**
     * @param type the generated sync table class, such as {@code OrderTable}
     * @param factory its factory, {@code OrderTable::create}
     * @param <S> the table class
     * @return the entry; its table is created from {@link Table#createTableRequest()}
     */
    public static <S extends Table<?>> GeneratedTable<S> sync(Class<S> type, Function<Dynaq, S> factory) {
        return new GeneratedTable<>(type, factory, Table::tableName, Table::createTableRequest, false);
    }

    /**
     * @param type the generated async table class, such as {@code OrderAsyncTable}
     * @param factory its factory, {@code OrderTable::createAsync}
     * @param <S> the table class
     * @return the entry; its DynamoDB table is the one of its sync twin, which defines it
     */
    public static <S extends AsyncTable<?>> GeneratedTable<S> async(Class<S> type, Function<Dynaq, S> factory) {
        return new GeneratedTable<>(type, factory, AsyncTable::tableName, null, true);
    }

    /**
     * For generated tables that are neither a {@link Table} nor an {@link AsyncTable}, such as the shared
     * table of a single-table design.
     *
     * @param type the generated class
     * @param factory its factory
     * @param tableName gives the physical name of a table's DynamoDB table
     * @param definition gives the request that creates it, or {@code null} when another entry defines it
     * @param <S> the table class
     * @return the entry of a table used through the sync client
     */
    public static <S> GeneratedTable<S> of(Class<S> type, Function<Dynaq, S> factory, Function<? super S, String> tableName,
            Function<? super S, CreateTableRequest> definition) {
        return new GeneratedTable<>(type, factory, Objects.requireNonNull(tableName, "tableName"), definition, false);
    }

    /** @return the generated class */
    public Class<S> type() {
        return type;
    }

    /** @return whether the table is used through the async client */
    public boolean isAsync() {
        return async;
    }

    /**
     * @param dynaq the environment: clients, table names, options
     * @return a new table, as its generated factory creates it
     * @throws IllegalStateException if the environment lacks the client this table needs
     */
    public S create(Dynaq dynaq) {
        return factory.apply(Objects.requireNonNull(dynaq, "dynaq"));
    }

    /**
     * @param table a table created by {@link #create(Dynaq)}
     * @return the physical name of its DynamoDB table
     */
    public String tableName(S table) {
        return tableName.apply(table);
    }

    /**
     * @param table a table created by {@link #create(Dynaq)}
     * @return the request that creates its DynamoDB table, or empty when another entry defines that
     *     table (an async table's sync twin)
     */
    public Optional<CreateTableRequest> definition(S table) {
        return definition == null ? Optional.empty() : Optional.of(definition.apply(table));
    }

    @Override
    public String toString() {
        return "GeneratedTable[" + type.getName() + (async ? ", async" : "") + "]";
    }
}
