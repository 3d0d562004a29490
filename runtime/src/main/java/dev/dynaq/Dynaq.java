package dev.dynaq;

import dev.dynaq.internal.CursorSigner;
import dev.dynaq.internal.RequestRecorder;
import dev.dynaq.internal.TableContext;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The environment that generated tables are created in: the SDK clients, the {@link TableNames} of
 * this environment, and the options every table shares. Build it once at startup and create every
 * table from it:
 *
 * <pre>{@code
 * Dynaq dynaq = Dynaq.builder()
 *         .client(dynamoDbClient)                      // for OrderTable.create(dynaq)
 *         .asyncClient(dynamoDbAsyncClient)            // for OrderTable.createAsync(dynaq)
 *         .tableNames(TableNames.prefix("dev_"))       // orders -> dev_orders
 *         .build();
 * OrderTable orders = OrderTable.create(dynaq);
 * Transaction.write(dynaq).put(orders, order).execute();
 * }</pre>
 *
 * <p>Every request of these tables is logged at DEBUG by the logger {@code dev.dynaq.requests}
 * (values left out unless {@link Builder#logValues(boolean)}), and told to the
 * {@link Builder#requestListener(RequestListener) request listener}, if any.
 *
 * <p>Immutable and thread-safe; {@link #toBuilder()} starts a changed copy. A table created from it
 * keeps the options it had then.
 */
public final class Dynaq {
    private final DynamoDbClient client;
    private final DynamoDbAsyncClient asyncClient;
    private final TableNames tableNames;
    private final byte[] cursorSecret;
    private final BatchPolicy batchPolicy;
    private final RequestListener requestListener;
    private final boolean logValues;
    private final boolean consumedCapacity;
    private final RequestRecorder recorder;
    private final Clock clock;
    private final boolean directDecoding;

    private Dynaq(Builder builder) {
        this.client = builder.client;
        this.asyncClient = builder.asyncClient;
        this.tableNames = builder.tableNames;
        this.cursorSecret = builder.cursorSecret;
        this.batchPolicy = builder.batchPolicy;
        this.requestListener = builder.requestListener;
        this.logValues = builder.logValues;
        this.consumedCapacity = builder.consumedCapacity;
        this.recorder = RequestRecorder.of(requestListener, logValues, consumedCapacity);
        this.clock = builder.clock;
        this.directDecoding = builder.directDecoding;
    }

    /** @return a builder without clients, with unchanged table names, unsigned cursors and the default batch policy */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this environment's settings, to build a changed copy */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.client = client;
        builder.asyncClient = asyncClient;
        builder.tableNames = tableNames;
        builder.cursorSecret = cursorSecret;
        builder.batchPolicy = batchPolicy;
        builder.requestListener = requestListener;
        builder.logValues = logValues;
        builder.consumedCapacity = consumedCapacity;
        builder.clock = clock;
        builder.directDecoding = directDecoding;
        return builder;
    }

    /** @return the sync client, if one was given */
    public Optional<DynamoDbClient> client() {
        return Optional.ofNullable(client);
    }

    /** @return the async client, if one was given */
    public Optional<DynamoDbAsyncClient> asyncClient() {
        return Optional.ofNullable(asyncClient);
    }

    /** @return how model table names map to this environment's tables */
    public TableNames tableNames() {
        return tableNames;
    }

    /**
     * @param schema a model's schema, such as {@code Order_.SCHEMA}
     * @return the physical name of its table in this environment
     * @throws IllegalArgumentException if the table names give an invalid name
     */
    public String tableName(ItemSchema<?> schema) {
        return tableNames.resolve(Objects.requireNonNull(schema, "schema").tableName());
    }

    /** @return whether the tables sign their pages' cursors (a cursor secret was given) */
    public boolean signsCursors() {
        return cursorSecret != null;
    }

    /** @return the policy of batch calls made without one */
    public BatchPolicy batchPolicy() {
        return batchPolicy;
    }

    /** @return the listener told of every request of the tables created from this environment, if one was given */
    public Optional<RequestListener> requestListener() {
        return Optional.ofNullable(requestListener);
    }

    /** @return whether request log lines show the values of placeholders and keys */
    public boolean logsValues() {
        return logValues;
    }

    /** @return whether every request asks DynamoDB for the capacity it consumed */
    public boolean returnsConsumedCapacity() {
        return consumedCapacity;
    }

    /** @return what sends the requests of this environment's tables and transactions */
    RequestRecorder recorder() {
        return recorder;
    }

    /** @return where the tables' {@code @CreatedDate} and {@code @LastModifiedDate} take the time of a write */
    public Clock clock() {
        return clock;
    }

    /** @return whether sync tables decode response items straight to entities (the default) */
    public boolean directDecoding() {
        return directDecoding;
    }

    /**
     * Called by generated factories ({@code OrderTable.create(dynaq)}); not for application code.
     *
     * @param schema the entity's schema
     * @param async whether the table is used through the async client
     * @param <T> the entity type
     * @return what the table needs at run time: client, physical name, schema and options
     * @throws IllegalStateException if this environment has no client of that kind
     */
    public <T> TableContext<T> context(ItemSchema<T> schema, boolean async) {
        String tableName = tableName(schema);
        CursorSigner signer = cursorSecret == null ? null : new CursorSigner(cursorSecret, tableName);
        return new TableContext<>(async ? null : syncClient(), async ? requireAsyncClient() : null, tableName, schema, signer,
                batchPolicy, recorder, clock, directDecoding);
    }

    /**
     * @return the sync client
     * @throws IllegalStateException if none was given
     */
    DynamoDbClient syncClient() {
        if (client == null) {
            throw new IllegalStateException("this Dynaq has no sync client: give one with Dynaq.builder().client(...)"
                    + " to create sync tables and transactions");
        }
        return client;
    }

    private DynamoDbAsyncClient requireAsyncClient() {
        if (asyncClient == null) {
            throw new IllegalStateException("this Dynaq has no async client: give one with Dynaq.builder().asyncClient(...)"
                    + " to create async tables");
        }
        return asyncClient;
    }

    @Override
    public String toString() {
        return "Dynaq[client=" + (client != null) + ", asyncClient=" + (asyncClient != null) + ", tableNames=" + tableNames
                + ", signedCursors=" + signsCursors() + ", batchPolicy=" + batchPolicy + ", requestListener=" + requestListener
                + ", logValues=" + logValues + ", returnConsumedCapacity=" + consumedCapacity + ", clock=" + clock + ", directDecoding=" + directDecoding + "]";
    }

    /** Builds a {@link Dynaq}. Not thread-safe; {@link #build()} can be called more than once. */
    public static final class Builder {
        private DynamoDbClient client;
        private DynamoDbAsyncClient asyncClient;
        private TableNames tableNames = TableNames.unchanged();
        private byte[] cursorSecret;
        private BatchPolicy batchPolicy = BatchPolicy.defaults();
        private RequestListener requestListener;
        private boolean logValues;
        private boolean consumedCapacity;
        private Clock clock = Clock.systemUTC();
        private boolean directDecoding = true;

        private Builder() {
        }

        /**
         * @param client the sync client of {@code OrderTable.create(dynaq)} and {@code Transaction.write(dynaq)};
         *     Dynaq never closes it
         * @return this builder
         */
        public Builder client(DynamoDbClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * @param asyncClient the async client of {@code OrderTable.createAsync(dynaq)}; Dynaq never closes it
         * @return this builder
         */
        public Builder asyncClient(DynamoDbAsyncClient asyncClient) {
            this.asyncClient = Objects.requireNonNull(asyncClient, "asyncClient");
            return this;
        }

        /**
         * @param tableNames how model table names map to this environment's tables, such as
         *     {@code TableNames.prefix("dev_")}; default {@link TableNames#unchanged()}
         * @return this builder
         */
        public Builder tableNames(TableNames tableNames) {
            this.tableNames = Objects.requireNonNull(tableNames, "tableNames");
            return this;
        }

        /**
         * Signs the cursors of every table's pages with HMAC-SHA256 under the secret, as
         * {@code withSignedCursors(secret)} does for one table: reads refuse, before any request, a
         * cursor that is unsigned, altered, or signed for another table or under another secret.
         *
         * @param secret at least 16 bytes (32 random bytes recommended); copied
         * @return this builder
         * @throws IllegalArgumentException if the secret is shorter than 16 bytes
         */
        public Builder cursorSecret(byte[] secret) {
            Objects.requireNonNull(secret, "secret");
            new CursorSigner(secret, "check");   // refuses a short secret now, not when a table is created
            this.cursorSecret = secret.clone();
            return this;
        }

        /**
         * @param batchPolicy how {@code batchPut}, {@code batchGet} and {@code batchDelete} called
         *     without a policy retry unprocessed items; default {@link BatchPolicy#defaults()}
         * @return this builder
         */
        public Builder batchPolicy(BatchPolicy batchPolicy) {
            this.batchPolicy = Objects.requireNonNull(batchPolicy, "batchPolicy");
            return this;
        }

        /**
         * @param requestListener told of every DynamoDB request of the tables and transactions created
         *     from this environment (metrics, tracing); {@code null} for none (the default). Combine
         *     several with {@link RequestListener#andThen(RequestListener)}
         * @return this builder
         */
        public Builder requestListener(RequestListener requestListener) {
            this.requestListener = requestListener;
            return this;
        }

        /**
         * Request log lines ({@code dev.dynaq.requests} at DEBUG) name attributes and show the
         * expressions with their {@code :value} placeholders, never the values. With this set they also
         * show the values of the placeholders and keys: for development only, as they may be personal
         * or secret data.
         *
         * @param logValues whether to log values; default {@code false}
         * @return this builder
         */
        public Builder logValues(boolean logValues) {
            this.logValues = logValues;
            return this;
        }

        /**
         * Makes every request of this environment's tables and transactions ask DynamoDB for the
         * capacity it consumed ({@code ReturnConsumedCapacity.TOTAL}), so that logs, the request
         * listener and metrics ({@code dynaq.consumed.capacity}) have it for every operation, and every
         * {@link Page} reports it as if {@code returnConsumedCapacity()} had been asked.
         *
         * @param consumedCapacity whether to ask; default {@code false} (only reads that ask for it)
         * @return this builder
         */
        public Builder returnConsumedCapacity(boolean consumedCapacity) {
            this.consumedCapacity = consumedCapacity;
            return this;
        }

        /**
         * @param clock where {@code @CreatedDate} and {@code @LastModifiedDate} of every table take the time
         *     of a write, as {@code withClock(clock)} does for one table (a fixed clock makes tests
         *     deterministic); default {@link Clock#systemUTC()}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Whether sync tables read query, scan and batch-get responses by decoding DynamoDB's JSON
         * straight to entities ({@code true}, the default), or let the SDK build its item maps first,
         * as {@code withDirectDecoding(enabled)} sets for one table. Both give the same results.
         *
         * @param enabled whether to decode directly
         * @return this builder
         */
        public Builder directDecoding(boolean enabled) {
            this.directDecoding = enabled;
            return this;
        }

        /**
         * @return the environment
         * @throws IllegalStateException if neither a client nor an async client was given
         */
        public Dynaq build() {
            if (client == null && asyncClient == null) {
                throw new IllegalStateException("a Dynaq needs a client(...), an asyncClient(...) or both");
            }
            return new Dynaq(this);
        }
    }
}
