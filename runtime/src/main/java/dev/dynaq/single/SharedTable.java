package dev.dynaq.single;

import dev.dynaq.IndexDescriptor;
import dev.dynaq.ItemSchema;
import dev.dynaq.internal.TableContext;
import dev.dynaq.internal.TableFactory;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * The base of a generated shared table ({@code ShopTable}): one DynamoDB table holding several entity
 * types, with the union of their keys and indexes. It creates and deletes the table; the generated
 * subclass adds a typed query per item collection and the tables of its entities. Immutable and
 * thread-safe.
 */
public abstract class SharedTable {
    private final TableContext<UnknownItem> context;

    /**
     * @param context the client, the physical table name and the table's schema (keys and indexes, see
     *     {@link #schema})
     */
    protected SharedTable(TableContext<UnknownItem> context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * @param tableName the table name in the model
     * @param typeAttribute the attribute holding each item's type
     * @param primaryIndex the table key
     * @param globalIndexes the global indexes
     * @return the schema of the table's items as read without an entity type: every item an
     *     {@link UnknownItem}
     */
    protected static ItemSchema<UnknownItem> schema(String tableName, String typeAttribute, IndexDescriptor primaryIndex,
            List<IndexDescriptor> globalIndexes) {
        return MixedSchema.builder(UnknownItem.class, tableName, typeAttribute, primaryIndex, globalIndexes, item -> item)
                .build();
    }

    /** @return the context: client, physical table name, cursor signing */
    protected final TableContext<UnknownItem> context() {
        return context;
    }

    /**
     * @param schema another schema of this table (a collection's, an entity's)
     * @param <I> its item type
     * @return this table's client, name and options with that schema
     */
    protected final <I> TableContext<I> context(ItemSchema<I> schema) {
        return context.withSchema(schema);
    }

    /** @return the physical table name */
    public final String tableName() {
        return context.tableName();
    }

    /** @return the request that creates the table: its key, every global index, on-demand billing */
    public final CreateTableRequest createTableRequest() {
        return TableFactory.createTableRequest(tableName(), context.schema(), null);
    }

    /**
     * @param throughput the provisioned throughput of the table and of each index
     * @return the request that creates the table with provisioned throughput
     */
    public final CreateTableRequest createTableRequest(ProvisionedThroughput throughput) {
        return TableFactory.createTableRequest(tableName(), context.schema(), Objects.requireNonNull(throughput, "throughput"));
    }

    /** Creates the table (for development and tests) and waits until it is active. */
    public final void createTable() {
        createAndWait(createTableRequest());
    }

    /**
     * Creates the table with provisioned throughput and waits until it is active.
     *
     * @param throughput the provisioned throughput of the table and of each index
     */
    public final void createTable(ProvisionedThroughput throughput) {
        createAndWait(createTableRequest(throughput));
    }

    /** Deletes the table and waits until it is gone. */
    public final void deleteTable() {
        syncClient().deleteTable(b -> b.tableName(tableName()));
        try (DynamoDbWaiter waiter = syncClient().waiter()) {
            waiter.waitUntilTableNotExists(DescribeTableRequest.builder().tableName(tableName()).build(),
                    TableFactory.TABLE_WAIT);
        }
    }

    private void createAndWait(CreateTableRequest request) {
        syncClient().createTable(request);
        try (DynamoDbWaiter waiter = syncClient().waiter()) {
            waiter.waitUntilTableExists(DescribeTableRequest.builder().tableName(tableName()).build(),
                    TableFactory.TABLE_WAIT);
        }
    }

    private software.amazon.awssdk.services.dynamodb.DynamoDbClient syncClient() {
        if (context.client() == null) {
            throw new IllegalStateException("table " + tableName() + " was opened with an async client");
        }
        return context.client();
    }
}
