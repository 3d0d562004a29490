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
import dev.dynaq.internal.TableContext;
import java.util.Optional;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB table of {@link Account} items, with methods typed by its keys.
 * Immutable and thread-safe: create one per table and share it.
 */
@Generated("dev.dynaq.processor.DynaqProcessor")
public final class AccountTable extends Table<Account> {
    private AccountTable(TableContext<Account> context) {
        super(context);
    }

    /**
     * Opens the table of {@link Account} items in an environment: through its client, under the
     * name its {@link Dynaq#tableNames() table names} map {@value Account_#TABLE_NAME} to, with its options.
     *
     * @param dynaq the environment, shared by every table created from it
     * @return the table
     * @throws IllegalStateException if the environment has no sync client
     */
    public static AccountTable create(Dynaq dynaq) {
        return new AccountTable(dynaq.context(Account_.SCHEMA, false));
    }

    /**
     * Opens table {@value Account_#TABLE_NAME} through a sync client.
     *
     * @param client the client, shared by every table that uses it
     * @return the table
     */
    public static AccountTable create(DynamoDbClient client) {
        return create(client, Account_.TABLE_NAME);
    }

    /**
     * Opens the table of {@link Account} items under another name (per environment, say)
     * through a sync client.
     *
     * @param client the client, shared by every table that uses it
     * @param tableName the physical table name
     * @return the table
     */
    public static AccountTable create(DynamoDbClient client, String tableName) {
        return new AccountTable(TableContext.sync(client, tableName, Account_.SCHEMA));
    }

    /**
     * Opens the table of {@link Account} items in an environment: through its async client, under the
     * name its {@link Dynaq#tableNames() table names} map {@value Account_#TABLE_NAME} to, with its options.
     *
     * @param dynaq the environment, shared by every table created from it
     * @return the async table
     * @throws IllegalStateException if the environment has no async client
     */
    public static AccountAsyncTable createAsync(Dynaq dynaq) {
        return new AccountAsyncTable(dynaq.context(Account_.SCHEMA, true));
    }

    /**
     * Opens table {@value Account_#TABLE_NAME} through an async client.
     *
     * @param client the async client, shared by every table that uses it
     * @return the async table
     */
    public static AccountAsyncTable createAsync(DynamoDbAsyncClient client) {
        return createAsync(client, Account_.TABLE_NAME);
    }

    /**
     * Opens the table of {@link Account} items under another name (per environment, say)
     * through an async client.
     *
     * @param client the async client, shared by every table that uses it
     * @param tableName the physical table name
     * @return the async table
     */
    public static AccountAsyncTable createAsync(DynamoDbAsyncClient client, String tableName) {
        return new AccountAsyncTable(TableContext.async(client, tableName, Account_.SCHEMA));
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
    public AccountTable withSignedCursors(byte[] secret) {
        return new AccountTable(context().withCursorSecret(secret));
    }

    /**
     * Returns a copy of this table that tells {@code listener} of every DynamoDB request it sends
     * (operation, table, index, items, consumed capacity, duration, failure), in place of the
     * listener it had (from its {@link Dynaq}, if any).
     *
     * @param listener the listener, or {@code null} for none
     * @return the copy; this table is unchanged
     */
    public AccountTable withRequestListener(RequestListener listener) {
        return new AccountTable(context().withRequestListener(listener));
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
    public AccountTable withLenientReads(Consumer<? super UnreadableAttributeException> listener) {
        return new AccountTable(context().withLenientReads(listener));
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
    public AccountTable withDirectDecoding(boolean enabled) {
        return new AccountTable(context().withDirectDecoding(enabled));
    }

    /**
     * Builds the key of the {@link Account} with the given {@code accountId}.
     *
     * @param accountId the partition key
     * @return the key
     * @throws dev.dynaq.InvalidValueException if a value is null or empty
     */
    public Key<Account> key(long accountId) {
        return Key.of(Account_.accountId, accountId);
    }

    /**
     * Reads the {@link Account} with the given {@code accountId}, eventually consistent.
     *
     * @param accountId the partition key
     * @return the item, or empty if there is none
     */
    public Optional<Account> get(long accountId) {
        return get(key(accountId));
    }

    /**
     * Reads the {@link Account} with the given {@code accountId}, strongly consistent.
     *
     * @param accountId the partition key
     * @return the item, or empty if there is none
     */
    public Optional<Account> getConsistent(long accountId) {
        return getConsistent(key(accountId));
    }

    /**
     * Deletes the {@link Account} with the given {@code accountId}, if there is one.
     *
     * @param accountId the partition key
     */
    public void delete(long accountId) {
        delete(key(accountId));
    }

    /**
     * Deletes the {@link Account} with the given {@code accountId} if the condition holds; throws {@code ConditionFailedException} if not.
     *
     * @param accountId the partition key
     * @param condition the condition, from the metamodel
     */
    public void delete(long accountId, Condition condition) {
        delete(key(accountId), condition);
    }

    /**
     * Deletes the {@link Account} with the given {@code accountId} and returns it.
     *
     * @param accountId the partition key
     * @return the deleted item, or empty if there was none
     */
    public Optional<Account> deleteAndReturn(long accountId) {
        return deleteAndReturn(key(accountId));
    }

    /**
     * Deletes the {@link Account} with the given {@code accountId} if the condition holds, and returns it.
     *
     * @param accountId the partition key
     * @param condition the condition, from the metamodel
     * @return the deleted item, or empty if there was none
     */
    public Optional<Account> deleteAndReturn(long accountId, Condition condition) {
        return deleteAndReturn(key(accountId), condition);
    }

    /**
     * Starts a typed update of the {@link Account} with the given {@code accountId}; nothing is sent before {@code execute()}.
     *
     * @param accountId the partition key
     * @return an update without actions
     */
    public Update<Account> update(long accountId) {
        return update(key(accountId));
    }

    /**
     * Queries the {@link Account} items with the given {@code accountId}.
     *
     * @param accountId the partition key value
     * @return the query, to refine and run
     * @throws dev.dynaq.InvalidValueException if the value is null or empty
     */
    public AccountIdQuery queryByAccountId(long accountId) {
        return new AccountIdQuery(context(), QuerySpec.partition(Account_.PRIMARY_KEY,
                Account_.accountId.toKeyValue(accountId)));
    }

    /**
     * A query of the {@link Account} items with one {@code accountId}.
     */
    public static final class AccountIdQuery extends Query<Account, AccountIdQuery> {
        private AccountIdQuery(TableContext<Account> context, QuerySpec spec) {
            super(context, spec);
        }

        @Override
        protected AccountIdQuery copy(QuerySpec spec) {
            return new AccountIdQuery(context(), spec);
        }

        /**
         * Reads strongly consistent: the results include every write that succeeded before.
         *
         * @return the new query
         */
        public AccountIdQuery consistentRead() {
            return withConsistentRead();
        }
    }
}
