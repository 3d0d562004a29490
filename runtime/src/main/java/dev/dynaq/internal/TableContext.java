package dev.dynaq.internal;

import dev.dynaq.BatchPolicy;
import dev.dynaq.ItemSchema;
import dev.dynaq.RequestListener;
import dev.dynaq.UnreadableAttributeException;
import java.time.Clock;
import dev.dynaq.internal.direct.ItemDecoder;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What a generated table needs at run time: a client (sync or async), the physical table name and
 * the item schema. Immutable and thread-safe, as the SDK clients are.
 *
 * @param client the sync client, or {@code null} for an async table
 * @param asyncClient the async client, or {@code null} for a sync table
 * @param tableName the physical table name (may differ from the schema's, per environment)
 * @param schema the item schema
 * @param cursorSigner signs the cursors of pages and verifies the cursors given to reads, or
 *     {@code null} for unsigned cursors
 * @param batchPolicy the retry policy of batch calls made without one
 * @param recorder sends every request: logging and the request listener
 * @param clock where {@code @CreatedDate} and {@code @LastModifiedDate} take the time of a write;
 *     {@code null} for {@link Clock#systemUTC()}
 * @param directDecoding whether reads through a sync client decode response items straight to
 *     entities when the schema has a decoder
 * @param <T> the entity type
 */
public record TableContext<T>(DynamoDbClient client, DynamoDbAsyncClient asyncClient, String tableName, ItemSchema<T> schema,
        CursorSigner cursorSigner, BatchPolicy batchPolicy, RequestRecorder recorder, Clock clock,
        boolean directDecoding) {
    /** Validates the components. */
    public TableContext {
        clock = clock == null ? Clock.systemUTC() : clock;
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(batchPolicy, "batchPolicy");
        Objects.requireNonNull(recorder, "recorder");
        if ((client == null) == (asyncClient == null)) {
            throw new IllegalArgumentException("exactly one of client and asyncClient is needed");
        }
        if (tableName.length() < 3 || tableName.length() > 255 || !tableName.matches("[a-zA-Z0-9_.-]+")) {
            throw new IllegalArgumentException("table name '" + tableName + "' must be 3-255 characters of [a-zA-Z0-9_.-]");
        }
    }

    /** @return the context of a table used through a sync client */
    public static <T> TableContext<T> sync(DynamoDbClient client, String tableName, ItemSchema<T> schema) {
        return new TableContext<>(Objects.requireNonNull(client, "client"), null, tableName, schema, null, BatchPolicy.defaults(),
                RequestRecorder.logOnly(), null, true);
    }

    /** @return the context of a table used through an async client */
    public static <T> TableContext<T> async(DynamoDbAsyncClient client, String tableName, ItemSchema<T> schema) {
        return new TableContext<>(null, Objects.requireNonNull(client, "client"), tableName, schema, null, BatchPolicy.defaults(),
                RequestRecorder.logOnly(), null, true);
    }

    /**
     * @param secret the HMAC-SHA256 secret, at least 16 bytes; copied
     * @return a copy whose pages' cursors are signed and whose reads accept only cursors signed with
     *     this secret for this table
     * @throws IllegalArgumentException if the secret is shorter than 16 bytes
     */
    public TableContext<T> withCursorSecret(byte[] secret) {
        return new TableContext<>(client, asyncClient, tableName, schema, new CursorSigner(secret, tableName), batchPolicy, recorder,
                clock, directDecoding);
    }

    /**
     * @param listener told of every request, or {@code null} for none
     * @return a copy whose requests go to that listener (value logging unchanged)
     */
    public TableContext<T> withRequestListener(RequestListener listener) {
        return new TableContext<>(client, asyncClient, tableName, schema, cursorSigner, batchPolicy, recorder.withListener(listener),
                clock, directDecoding);
    }

    /**
     * @param clock the clock of {@code @CreatedDate} and {@code @LastModifiedDate}
     * @return a copy whose writes take their time from {@code clock}
     */
    public TableContext<T> withClock(Clock clock) {
        return new TableContext<>(client, asyncClient, tableName, schema, cursorSigner, batchPolicy, recorder,
                Objects.requireNonNull(clock, "clock"), directDecoding);
    }

    /**
     * @param enabled whether sync reads decode response items straight to entities
     * @return a copy with direct decoding switched on or off
     */
    public TableContext<T> withDirectDecoding(boolean enabled) {
        return new TableContext<>(client, asyncClient, tableName, schema, cursorSigner, batchPolicy, recorder, clock, enabled);
    }

    /**
     * @return the decoder for the direct read path, or {@code null} when reads go the ordinary way:
     *     switched off, an async client, or a schema without a generated decoder
     */
    public ItemDecoder<T> directDecoder() {
        return directDecoding && client != null ? schema.itemDecoder().orElse(null) : null;
    }

    /**
     * @param listener receives every stored attribute that cannot be read into its Java type
     * @return a copy whose reads report such attributes and read them as missing, instead of throwing
     */
    public TableContext<T> withLenientReads(Consumer<? super UnreadableAttributeException> listener) {
        return new TableContext<>(client, asyncClient, tableName, ItemDecoding.lenient(schema, listener), cursorSigner,
                batchPolicy, recorder, clock, directDecoding);
    }

    /**
     * @param other another schema of the same physical table (a shared table's collection or entity)
     * @param <U> its item type
     * @return this context's clients, table name, cursor signing and options with that schema
     */
    public <U> TableContext<U> withSchema(ItemSchema<U> other) {
        return new TableContext<>(client, asyncClient, tableName, other, cursorSigner, batchPolicy, recorder, clock, directDecoding);
    }
}
