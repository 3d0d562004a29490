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
 * Immutable.
 */
public final class Cursor {
    private final String indexName;
    private final Map<String, AttributeValue> key;

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
     * @return an opaque, versioned string of {@code [A-Za-z0-9_-]}, safe in URLs, JSON and HTTP headers
     * @throws IllegalArgumentException if the key holds values no DynamoDB key can hold
     */
    public String toUrlSafe() {
        return CursorCodec.encode(this);
    }

    /**
     * @param urlSafe a string from {@link #toUrlSafe()}
     * @return the cursor
     * @throws InvalidCursorException if the string is not a well-formed cursor
     */
    public static Cursor fromUrlSafe(String urlSafe) {
        return CursorCodec.decode(urlSafe);
    }

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
