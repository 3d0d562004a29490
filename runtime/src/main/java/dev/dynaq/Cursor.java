package dev.dynaq;

import dev.dynaq.internal.CursorCodec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A position in the results of a query or scan: the exclusive start key of the next page, with the
 * index it belongs to. {@link #toUrlSafe()} gives an opaque, versioned, url-safe string that survives
 * JSON and HTTP as is; {@link #fromUrlSafe(String)} reads it back and rejects anything malformed.
 * A query checks that a cursor matches its table, index, key shape and partition before using it.
 *
 * <p>The cursors of a table with signed cursors ({@code OrderTable.withSignedCursors(secret)}) carry an
 * HMAC-SHA256 signature; {@link #fromUrlSafe(String)} keeps such a string as it is, and that table's
 * queries and scans refuse any cursor whose signature does not match, as well as unsigned ones.
 * Immutable.
 */
public final class Cursor {
    private final String indexName;
    private final Map<String, AttributeValue> key;
    /**
     * The string this cursor was read from when it is bound to a table or signed (the page's cursor),
     * or {@code null} for a cursor made from an index and a key.
     */
    private final String encodedForm;

    /**
     * @param indexName the index the key belongs to, or {@code null} for the table
     * @param key the exclusive start key (DynamoDB's {@code LastEvaluatedKey})
     */
    public Cursor(String indexName, Map<String, AttributeValue> key) {
        this.indexName = indexName;
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a cursor needs a non-empty key");
        }
        this.key = Collections.unmodifiableMap(new LinkedHashMap<>(key));
        this.encodedForm = null;
    }

    private Cursor(Cursor position, String encodedForm) {
        this.indexName = position.indexName;
        this.key = position.key;
        this.encodedForm = encodedForm;
    }

    /** @return the index name, or empty for the table itself */
    public Optional<String> indexName() {
        return Optional.ofNullable(indexName);
    }

    /** @return the exclusive start key; unmodifiable */
    public Map<String, AttributeValue> key() {
        return key;
    }

    /**
     * @return an opaque, versioned string of {@code [A-Za-z0-9_-]}, safe in URLs, JSON and HTTP headers;
     *     for a signed cursor, the signed string it was made from
     * @throws IllegalArgumentException if the key holds values no DynamoDB key can hold
     */
    public String toUrlSafe() {
        return encodedForm != null ? encodedForm : CursorCodec.encode(this);
    }

    /**
     * Reads a cursor string. A signed string is parsed here and its signature checked by the table
     * with signed cursors it is given to (only that table holds the secret).
     *
     * @param urlSafe a string from {@link #toUrlSafe()}
     * @return the cursor
     * @throws InvalidCursorException if the string is not a well-formed cursor
     */
    public static Cursor fromUrlSafe(String urlSafe) {
        Cursor position = CursorCodec.decode(urlSafe);
        return CursorCodec.isBound(urlSafe) ? new Cursor(position, urlSafe) : position;
    }

    /** Two cursors are equal when they name the same position, signed or not. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Cursor cursor && Objects.equals(indexName, cursor.indexName) && key.equals(cursor.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indexName, key);
    }

    @Override
    public String toString() {
        return "Cursor[" + (indexName == null ? "table" : indexName) + " " + key + "]";
    }
}
