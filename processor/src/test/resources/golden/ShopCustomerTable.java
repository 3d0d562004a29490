package com.acme;

import dev.dynaq.Condition;
import dev.dynaq.Dynaq;
import dev.dynaq.Key;
import dev.dynaq.Query;
import dev.dynaq.Table;
import dev.dynaq.Update;
import dev.dynaq.internal.QuerySpec;
import dev.dynaq.internal.TableContext;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The {@link ShopCustomer} items of shared table {@value ShopCustomer_#TABLE_NAME}, with methods typed by the
 * variables of its key templates. Its keys are composed ({@code CUSTOMER#{customerId}}, {@code PROFILE}); every item it writes
 * carries {@code _type} {@code Customer}. Immutable and thread-safe: create one and share it.
 */
@Generated("dev.dynaq.processor.DynaqProcessor")
public final class ShopCustomerTable extends Table<ShopCustomer> {
    private ShopCustomerTable(TableContext<ShopCustomer> context) {
        super(context);
    }

    /**
     * Opens the {@link ShopCustomer} items of the shared table in an environment: through its client,
     * under the name its {@link Dynaq#tableNames() table names} map {@value ShopCustomer_#TABLE_NAME} to, with its options.
     *
     * @param dynaq the environment, shared by every table created from it
     * @return the table
     * @throws IllegalStateException if the environment has no sync client
     */
    public static ShopCustomerTable create(Dynaq dynaq) {
        return new ShopCustomerTable(dynaq.context(ShopCustomer_.SCHEMA, false));
    }

    /**
     * Opens the {@link ShopCustomer} items of table {@value ShopCustomer_#TABLE_NAME} through a sync client.
     *
     * @param client the client, shared by every table that uses it
     * @return the table
     */
    public static ShopCustomerTable create(DynamoDbClient client) {
        return create(client, ShopCustomer_.TABLE_NAME);
    }

    /**
     * Opens the {@link ShopCustomer} items of the shared table under another name (per environment,
     * say) through a sync client.
     *
     * @param client the client, shared by every table that uses it
     * @param tableName the physical table name
     * @return the table
     */
    public static ShopCustomerTable create(DynamoDbClient client, String tableName) {
        return new ShopCustomerTable(TableContext.sync(client, tableName, ShopCustomer_.SCHEMA));
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
    public ShopCustomerTable withSignedCursors(byte[] secret) {
        return new ShopCustomerTable(context().withCursorSecret(secret));
    }

    /**
     * Builds the key of the {@link ShopCustomer} with the given {@code customerId}: {@code CUSTOMER#{customerId}}, {@code PROFILE}.
     *
     * @param customerId a variable of the key
     * @return the key
     * @throws dev.dynaq.InvalidValueException if a value is null or empty
     */
    public Key<ShopCustomer> key(String customerId) {
        return Key.fromMap(ShopCustomer_.KEYS.primaryKey(List.of(ShopCustomer_.customerId.toKeyValue(customerId))));
    }

    /**
     * Reads the {@link ShopCustomer} with the given {@code customerId}, eventually consistent.
     *
     * @param customerId a variable of the key
     * @return the item, or empty if there is none
     */
    public Optional<ShopCustomer> get(String customerId) {
        return get(key(customerId));
    }

    /**
     * Reads the {@link ShopCustomer} with the given {@code customerId}, strongly consistent.
     *
     * @param customerId a variable of the key
     * @return the item, or empty if there is none
     */
    public Optional<ShopCustomer> getConsistent(String customerId) {
        return getConsistent(key(customerId));
    }

    /**
     * Deletes the {@link ShopCustomer} with the given {@code customerId}, if there is one.
     *
     * @param customerId a variable of the key
     */
    public void delete(String customerId) {
        delete(key(customerId));
    }

    /**
     * Deletes the {@link ShopCustomer} with the given {@code customerId} if the condition holds; throws {@code ConditionFailedException} if not.
     *
     * @param customerId a variable of the key
     * @param condition the condition, from the metamodel
     */
    public void delete(String customerId, Condition condition) {
        delete(key(customerId), condition);
    }

    /**
     * Deletes the {@link ShopCustomer} with the given {@code customerId} and returns it.
     *
     * @param customerId a variable of the key
     * @return the deleted item, or empty if there was none
     */
    public Optional<ShopCustomer> deleteAndReturn(String customerId) {
        return deleteAndReturn(key(customerId));
    }

    /**
     * Deletes the {@link ShopCustomer} with the given {@code customerId} if the condition holds, and returns it.
     *
     * @param customerId a variable of the key
     * @param condition the condition, from the metamodel
     * @return the deleted item, or empty if there was none
     */
    public Optional<ShopCustomer> deleteAndReturn(String customerId, Condition condition) {
        return deleteAndReturn(key(customerId), condition);
    }

    /**
     * Starts a typed update of the {@link ShopCustomer} with the given {@code customerId}; nothing is sent before {@code execute()}.
     *
     * @param customerId a variable of the key
     * @return an update without actions
     * @throws IllegalArgumentException from {@code execute()} if it changes a variable of the table key
     */
    public Update<ShopCustomer> update(String customerId) {
        return update(key(customerId));
    }

    /**
     * Queries the {@link ShopCustomer} items of partition {@code CUSTOMER#{customerId}} with the given {@code customerId}: only this entity's sort keys
     * ({@code PROFILE}), so no item of another type in the partition is read.
     *
     * @param customerId a variable of the partition key
     * @return the query, to refine and run
     * @throws dev.dynaq.InvalidValueException if a value is null or empty
     */
    public CustomerIdQuery queryByCustomerId(String customerId) {
        return new CustomerIdQuery(context(),
                QuerySpec.partition(ShopCustomer_.PRIMARY_KEY, ShopCustomer_.KEYS.tableKey().partition().key(List.of(ShopCustomer_.customerId.toKeyValue(customerId))))
                .withSortKey(ShopCustomer_.KEYS.tableKey().sort().all()));
    }

    /**
     * Queries the {@link ShopCustomer} items of partition {@code EMAIL#{email}} with the given {@code email} in global index {@code gsi1}: only this entity's sort keys
     * ({@code CUSTOMER}), so no item of another type in the partition is read.
     *
     * @param email a variable of the partition key
     * @return the query, to refine and run
     * @throws dev.dynaq.InvalidValueException if a value is null or empty
     */
    public EmailQuery queryByEmail(String email) {
        return new EmailQuery(context(),
                QuerySpec.partition(ShopCustomer_.GSI1, ShopCustomer_.KEYS.indexKey("gsi1").partition().key(List.of(ShopCustomer_.email.toKeyValue(email))))
                .withSortKey(ShopCustomer_.KEYS.indexKey("gsi1").sort().all()));
    }

    /**
     * A query of the {@link ShopCustomer} items of one partition {@code CUSTOMER#{customerId}}, in the order of their sort
     * keys {@code PROFILE}.
     */
    public static final class CustomerIdQuery extends Query<ShopCustomer, CustomerIdQuery> {
        private CustomerIdQuery(TableContext<ShopCustomer> context, QuerySpec spec) {
            super(context, spec);
        }

        @Override
        protected CustomerIdQuery copy(QuerySpec spec) {
            return new CustomerIdQuery(context(), spec);
        }

        /**
         * Reads strongly consistent: the results include every write that succeeded before.
         *
         * @return the new query
         */
        public CustomerIdQuery consistentRead() {
            return withConsistentRead();
        }
    }

    /**
     * A query of the {@link ShopCustomer} items of one partition {@code EMAIL#{email}} in global index {@code gsi1}, in the order of their sort
     * keys {@code CUSTOMER}.
     */
    public static final class EmailQuery extends Query<ShopCustomer, EmailQuery> {
        private EmailQuery(TableContext<ShopCustomer> context, QuerySpec spec) {
            super(context, spec);
        }

        @Override
        protected EmailQuery copy(QuerySpec spec) {
            return new EmailQuery(context(), spec);
        }
    }
}
