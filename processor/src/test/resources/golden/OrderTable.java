package com.acme;

import dev.dynaq.Condition;
import dev.dynaq.Dynaq;
import dev.dynaq.Key;
import dev.dynaq.Query;
import dev.dynaq.RequestListener;
import dev.dynaq.Table;
import dev.dynaq.UnreadableAttributeException;
import dev.dynaq.Update;
import dev.dynaq.internal.QuerySpec;
import dev.dynaq.internal.SortKeyCondition;
import dev.dynaq.internal.TableContext;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB table of {@link Order} items, with methods typed by its keys.
 * Immutable and thread-safe: create one per table and share it.
 */
@Generated("dev.dynaq.processor.DynaqProcessor")
public final class OrderTable extends Table<Order> {
    private OrderTable(TableContext<Order> context) {
        super(context);
    }

    /**
     * Opens the table of {@link Order} items in an environment: through its client, under the
     * name its {@link Dynaq#tableNames() table names} map {@value Order_#TABLE_NAME} to, with its options.
     *
     * @param dynaq the environment, shared by every table created from it
     * @return the table
     * @throws IllegalStateException if the environment has no sync client
     */
    public static OrderTable create(Dynaq dynaq) {
        return new OrderTable(dynaq.context(Order_.SCHEMA, false));
    }

    /**
     * Opens table {@value Order_#TABLE_NAME} through a sync client.
     *
     * @param client the client, shared by every table that uses it
     * @return the table
     */
    public static OrderTable create(DynamoDbClient client) {
        return create(client, Order_.TABLE_NAME);
    }

    /**
     * Opens the table of {@link Order} items under another name (per environment, say)
     * through a sync client.
     *
     * @param client the client, shared by every table that uses it
     * @param tableName the physical table name
     * @return the table
     */
    public static OrderTable create(DynamoDbClient client, String tableName) {
        return new OrderTable(TableContext.sync(client, tableName, Order_.SCHEMA));
    }

    /**
     * Opens the table of {@link Order} items in an environment: through its async client, under the
     * name its {@link Dynaq#tableNames() table names} map {@value Order_#TABLE_NAME} to, with its options.
     *
     * @param dynaq the environment, shared by every table created from it
     * @return the async table
     * @throws IllegalStateException if the environment has no async client
     */
    public static OrderAsyncTable createAsync(Dynaq dynaq) {
        return new OrderAsyncTable(dynaq.context(Order_.SCHEMA, true));
    }

    /**
     * Opens table {@value Order_#TABLE_NAME} through an async client.
     *
     * @param client the async client, shared by every table that uses it
     * @return the async table
     */
    public static OrderAsyncTable createAsync(DynamoDbAsyncClient client) {
        return createAsync(client, Order_.TABLE_NAME);
    }

    /**
     * Opens the table of {@link Order} items under another name (per environment, say)
     * through an async client.
     *
     * @param client the async client, shared by every table that uses it
     * @param tableName the physical table name
     * @return the async table
     */
    public static OrderAsyncTable createAsync(DynamoDbAsyncClient client, String tableName) {
        return new OrderAsyncTable(TableContext.async(client, tableName, Order_.SCHEMA));
    }

    /**
     * Returns a copy of this table whose pages' cursors carry an HMAC-SHA256 signature under
     * {@code secret}, and whose queries and scans refuse, before any request, every cursor that is
     * unsigned or whose signature does not match (altered, or signed for another table or with
     * another secret). Keep the secret out of the source; share it between the instances that
     * serve the same clients.
     *
     * @param secret the secret, at least 16 bytes (32 random bytes recommended); copied
     * @return the copy; this table is unchanged
     * @throws IllegalArgumentException if the secret is shorter than 16 bytes
     */
    public OrderTable withSignedCursors(byte[] secret) {
        return new OrderTable(context().withCursorSecret(secret));
    }

    /**
     * Returns a copy of this table that tells {@code listener} of every DynamoDB request it sends
     * (operation, table, index, items, consumed capacity, duration, failure), in place of the
     * listener it had (from its {@link Dynaq}, if any).
     *
     * @param listener the listener, or {@code null} for none
     * @return the copy; this table is unchanged
     */
    public OrderTable withRequestListener(RequestListener listener) {
        return new OrderTable(context().withRequestListener(listener));
    }

    /**
     * Returns a copy of this table whose reads (gets, queries, scans, batches, returned items) hand
     * every stored attribute that cannot be read into its Java type (another DynamoDB type, text that
     * is not a value of the type) to {@code listener} and read it as missing ({@code null}, zero for
     * a primitive), instead of throwing {@link UnreadableAttributeException}. For migrations: log what the
     * listener gets and fix the data; writing such an item back stores the missing value.
     *
     * @param listener receives each unreadable attribute, naming entity, attribute, expected and stored type
     * @return the copy; this table is unchanged
     */
    public OrderTable withLenientReads(Consumer<? super UnreadableAttributeException> listener) {
        return new OrderTable(context().withLenientReads(listener));
    }

    /**
     * Returns a copy of this table whose reads (queries, scans, {@code get}, {@code batchGet}) decode
     * DynamoDB's response text straight to entities ({@code enabled}, the default), or let the SDK
     * build its item maps first and convert those ({@code false}). Both give the same entities, pages,
     * cursors, counts, consumed capacity and errors; the direct path is faster and allocates less.
     * Any response it does not understand is read the ordinary way.
     *
     * @param enabled whether to decode directly
     * @return the copy; this table is unchanged
     */
    public OrderTable withDirectDecoding(boolean enabled) {
        return new OrderTable(context().withDirectDecoding(enabled));
    }

    /**
     * Builds the key of the {@link Order} with the given {@code customerId} and {@code orderId}.
     *
     * @param customerId the partition key
     * @param orderId the sort key
     * @return the key
     * @throws dev.dynaq.InvalidValueException if a value is null or empty
     */
    public Key<Order> key(String customerId, String orderId) {
        return Key.of(Order_.customerId, customerId, Order_.orderId, orderId);
    }

    /**
     * Reads the {@link Order} with the given {@code customerId} and {@code orderId}, eventually consistent.
     *
     * @param customerId the partition key
     * @param orderId the sort key
     * @return the item, or empty if there is none
     */
    public Optional<Order> get(String customerId, String orderId) {
        return get(key(customerId, orderId));
    }

    /**
     * Reads the {@link Order} with the given {@code customerId} and {@code orderId}, strongly consistent.
     *
     * @param customerId the partition key
     * @param orderId the sort key
     * @return the item, or empty if there is none
     */
    public Optional<Order> getConsistent(String customerId, String orderId) {
        return getConsistent(key(customerId, orderId));
    }

    /**
     * Deletes the {@link Order} with the given {@code customerId} and {@code orderId}, if there is one.
     *
     * @param customerId the partition key
     * @param orderId the sort key
     */
    public void delete(String customerId, String orderId) {
        delete(key(customerId, orderId));
    }

    /**
     * Deletes the {@link Order} with the given {@code customerId} and {@code orderId} if the condition holds; throws {@code ConditionFailedException} if not.
     *
     * @param customerId the partition key
     * @param orderId the sort key
     * @param condition the condition, from the metamodel
     */
    public void delete(String customerId, String orderId, Condition condition) {
        delete(key(customerId, orderId), condition);
    }

    /**
     * Deletes the {@link Order} with the given {@code customerId} and {@code orderId} and returns it.
     *
     * @param customerId the partition key
     * @param orderId the sort key
     * @return the deleted item, or empty if there was none
     */
    public Optional<Order> deleteAndReturn(String customerId, String orderId) {
        return deleteAndReturn(key(customerId, orderId));
    }

    /**
     * Deletes the {@link Order} with the given {@code customerId} and {@code orderId} if the condition holds, and returns it.
     *
     * @param customerId the partition key
     * @param orderId the sort key
     * @param condition the condition, from the metamodel
     * @return the deleted item, or empty if there was none
     */
    public Optional<Order> deleteAndReturn(String customerId, String orderId, Condition condition) {
        return deleteAndReturn(key(customerId, orderId), condition);
    }

    /**
     * Starts a typed update of the {@link Order} with the given {@code customerId} and {@code orderId}; nothing is sent before {@code execute()}.
     *
     * @param customerId the partition key
     * @param orderId the sort key
     * @return an update without actions
     */
    public Update<Order> update(String customerId, String orderId) {
        return update(key(customerId, orderId));
    }

    /**
     * Queries the {@link Order} items with the given {@code customerId}.
     *
     * @param customerId the partition key value
     * @return the query, to refine and run
     * @throws dev.dynaq.InvalidValueException if the value is null or empty
     */
    public CustomerIdQuery queryByCustomerId(String customerId) {
        return new CustomerIdQuery(context(), QuerySpec.partition(Order_.PRIMARY_KEY,
                Order_.customerId.toKeyValue(customerId)));
    }

    /**
     * Queries the {@link Order} items with the given {@code status} in global index {@code order_by_status}.
     *
     * @param status the partition key value
     * @return the query, to refine and run
     * @throws dev.dynaq.InvalidValueException if the value is null or empty
     */
    public StatusQuery queryByStatus(OrderStatus status) {
        return new StatusQuery(context(), QuerySpec.partition(Order_.ORDER_BY_STATUS,
                Order_.status.toKeyValue(status)));
    }

    /**
     * A query of the {@link Order} items with one {@code customerId}, in {@code orderId} order.
     */
    public static final class CustomerIdQuery extends Query<Order, CustomerIdQuery> {
        private CustomerIdQuery(TableContext<Order> context, QuerySpec spec) {
            super(context, spec);
        }

        @Override
        protected CustomerIdQuery copy(QuerySpec spec) {
            return new CustomerIdQuery(context(), spec);
        }

        /**
         * Selects the items whose {@code orderId} equals the value.
         *
         * @param orderId the value
         * @return the new query
         */
        public CustomerIdQuery orderIdEq(String orderId) {
            return withSortKey(SortKeyCondition.eq(Order_.orderId.toKeyValue(orderId)));
        }

        /**
         * Selects the items whose {@code orderId} is less than the value.
         *
         * @param orderId the value
         * @return the new query
         */
        public CustomerIdQuery orderIdLt(String orderId) {
            return withSortKey(SortKeyCondition.lt(Order_.orderId.toKeyValue(orderId)));
        }

        /**
         * Selects the items whose {@code orderId} is less than or equal to the value.
         *
         * @param orderId the value
         * @return the new query
         */
        public CustomerIdQuery orderIdLe(String orderId) {
            return withSortKey(SortKeyCondition.le(Order_.orderId.toKeyValue(orderId)));
        }

        /**
         * Selects the items whose {@code orderId} is greater than the value.
         *
         * @param orderId the value
         * @return the new query
         */
        public CustomerIdQuery orderIdGt(String orderId) {
            return withSortKey(SortKeyCondition.gt(Order_.orderId.toKeyValue(orderId)));
        }

        /**
         * Selects the items whose {@code orderId} is greater than or equal to the value.
         *
         * @param orderId the value
         * @return the new query
         */
        public CustomerIdQuery orderIdGe(String orderId) {
            return withSortKey(SortKeyCondition.ge(Order_.orderId.toKeyValue(orderId)));
        }

        /**
         * Selects the items whose {@code orderId} is between {@code low} and {@code high}, both included.
         *
         * @param low the lowest value
         * @param high the highest value
         * @return the new query
         */
        public CustomerIdQuery orderIdBetween(String low, String high) {
            return withSortKey(SortKeyCondition.between(Order_.orderId.toKeyValue(low),
                    Order_.orderId.toKeyValue(high)));
        }

        /**
         * Selects the items whose {@code orderId} begins with the prefix.
         *
         * @param prefix the prefix, not empty
         * @return the new query
         */
        public CustomerIdQuery orderIdBeginsWith(String prefix) {
            return withSortKey(SortKeyCondition.beginsWith(Order_.orderId.toKeyValue(prefix)));
        }

        /**
         * Reads strongly consistent: the results include every write that succeeded before.
         *
         * @return the new query
         */
        public CustomerIdQuery consistentRead() {
            return withConsistentRead();
        }

        /**
         * Queries the same {@code customerId} through local index {@code by_created_at}, in {@code createdAt} order,
         * keeping every option but the sort-key condition. Set cursors after this call: a cursor of
         * the table query does not fit the index, and a filter on the index's sort key is refused.
         *
         * @return the query of the local index
         */
        public CustomerIdByCreatedAtQuery byCreatedAt() {
            return new CustomerIdByCreatedAtQuery(context(), spec().withIndex(Order_.BY_CREATED_AT));
        }
    }

    /**
     * A query of the {@link Order} items with one {@code status} in global index {@code order_by_status}, in {@code createdAt} order.
     * Global indexes are read eventually consistent only.
     */
    public static final class StatusQuery extends Query<Order, StatusQuery> {
        private StatusQuery(TableContext<Order> context, QuerySpec spec) {
            super(context, spec);
        }

        @Override
        protected StatusQuery copy(QuerySpec spec) {
            return new StatusQuery(context(), spec);
        }

        /**
         * Selects the items whose {@code createdAt} equals the value.
         *
         * @param createdAt the value
         * @return the new query
         */
        public StatusQuery createdAtEq(Instant createdAt) {
            return withSortKey(SortKeyCondition.eq(Order_.createdAt.toKeyValue(createdAt)));
        }

        /**
         * Selects the items whose {@code createdAt} is less than the value.
         *
         * @param createdAt the value
         * @return the new query
         */
        public StatusQuery createdAtLt(Instant createdAt) {
            return withSortKey(SortKeyCondition.lt(Order_.createdAt.toKeyValue(createdAt)));
        }

        /**
         * Selects the items whose {@code createdAt} is less than or equal to the value.
         *
         * @param createdAt the value
         * @return the new query
         */
        public StatusQuery createdAtLe(Instant createdAt) {
            return withSortKey(SortKeyCondition.le(Order_.createdAt.toKeyValue(createdAt)));
        }

        /**
         * Selects the items whose {@code createdAt} is greater than the value.
         *
         * @param createdAt the value
         * @return the new query
         */
        public StatusQuery createdAtGt(Instant createdAt) {
            return withSortKey(SortKeyCondition.gt(Order_.createdAt.toKeyValue(createdAt)));
        }

        /**
         * Selects the items whose {@code createdAt} is greater than or equal to the value.
         *
         * @param createdAt the value
         * @return the new query
         */
        public StatusQuery createdAtGe(Instant createdAt) {
            return withSortKey(SortKeyCondition.ge(Order_.createdAt.toKeyValue(createdAt)));
        }

        /**
         * Selects the items whose {@code createdAt} is between {@code low} and {@code high}, both included.
         *
         * @param low the lowest value
         * @param high the highest value
         * @return the new query
         */
        public StatusQuery createdAtBetween(Instant low, Instant high) {
            return withSortKey(SortKeyCondition.between(Order_.createdAt.toKeyValue(low),
                    Order_.createdAt.toKeyValue(high)));
        }
    }

    /**
     * A query of the {@link Order} items with one {@code customerId} in local index {@code by_created_at}, in {@code createdAt} order.
     */
    public static final class CustomerIdByCreatedAtQuery extends Query<Order, CustomerIdByCreatedAtQuery> {
        private CustomerIdByCreatedAtQuery(TableContext<Order> context, QuerySpec spec) {
            super(context, spec);
        }

        @Override
        protected CustomerIdByCreatedAtQuery copy(QuerySpec spec) {
            return new CustomerIdByCreatedAtQuery(context(), spec);
        }

        /**
         * Selects the items whose {@code createdAt} equals the value.
         *
         * @param createdAt the value
         * @return the new query
         */
        public CustomerIdByCreatedAtQuery createdAtEq(Instant createdAt) {
            return withSortKey(SortKeyCondition.eq(Order_.createdAt.toKeyValue(createdAt)));
        }

        /**
         * Selects the items whose {@code createdAt} is less than the value.
         *
         * @param createdAt the value
         * @return the new query
         */
        public CustomerIdByCreatedAtQuery createdAtLt(Instant createdAt) {
            return withSortKey(SortKeyCondition.lt(Order_.createdAt.toKeyValue(createdAt)));
        }

        /**
         * Selects the items whose {@code createdAt} is less than or equal to the value.
         *
         * @param createdAt the value
         * @return the new query
         */
        public CustomerIdByCreatedAtQuery createdAtLe(Instant createdAt) {
            return withSortKey(SortKeyCondition.le(Order_.createdAt.toKeyValue(createdAt)));
        }

        /**
         * Selects the items whose {@code createdAt} is greater than the value.
         *
         * @param createdAt the value
         * @return the new query
         */
        public CustomerIdByCreatedAtQuery createdAtGt(Instant createdAt) {
            return withSortKey(SortKeyCondition.gt(Order_.createdAt.toKeyValue(createdAt)));
        }

        /**
         * Selects the items whose {@code createdAt} is greater than or equal to the value.
         *
         * @param createdAt the value
         * @return the new query
         */
        public CustomerIdByCreatedAtQuery createdAtGe(Instant createdAt) {
            return withSortKey(SortKeyCondition.ge(Order_.createdAt.toKeyValue(createdAt)));
        }

        /**
         * Selects the items whose {@code createdAt} is between {@code low} and {@code high}, both included.
         *
         * @param low the lowest value
         * @param high the highest value
         * @return the new query
         */
        public CustomerIdByCreatedAtQuery createdAtBetween(Instant low, Instant high) {
            return withSortKey(SortKeyCondition.between(Order_.createdAt.toKeyValue(low),
                    Order_.createdAt.toKeyValue(high)));
        }

        /**
         * Reads strongly consistent: the results include every write that succeeded before.
         *
         * @return the new query
         */
        public CustomerIdByCreatedAtQuery consistentRead() {
            return withConsistentRead();
        }
    }
}
