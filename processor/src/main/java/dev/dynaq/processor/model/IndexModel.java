package dev.dynaq.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * The table's primary key, or one secondary index.
 *
 * @param name the index name; {@code null} for the primary key
 * @param kind primary key, global or local index
 * @param partitionKey the partition key attribute (for an LSI: the table's)
 * @param sortKey the sort key attribute, or {@code null}
 * @param projection the index projection ({@link Projection#ALL} for the primary key)
 * @param include with {@link Projection#INCLUDE}: the projected DynamoDB attribute names
 * @param queryName the base of the query method and type names: the partition-key property name, or
 *     the explicit {@code queryName}; for an LSI the sort-key property name or its {@code queryName}
 */
public record IndexModel(
        String name,
        Kind kind,
        AttributeModel partitionKey,
        AttributeModel sortKey,
        Projection projection,
        List<String> include,
        String queryName) {

    /** What kind of key this is. */
    public enum Kind {
        /** The table's primary key. */
        PRIMARY,
        /** A global secondary index. */
        GLOBAL,
        /** A local secondary index. */
        LOCAL
    }

    /** Index projections, as {@code dev.dynaq.annotation.IndexProjection}. */
    public enum Projection {
        /** Every attribute. */
        ALL,
        /** Key attributes only. */
        KEYS_ONLY,
        /** Key attributes and {@code include}. */
        INCLUDE
    }

    /** Validates and copies. */
    public IndexModel {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(partitionKey, "partitionKey");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(queryName, "queryName");
        include = List.copyOf(include);
        if ((kind == Kind.PRIMARY) != (name == null)) {
            throw new IllegalArgumentException("only the primary key has no name");
        }
    }

    /** @return whether queries of this key may read consistently (not on a GSI) */
    public boolean allowsConsistentRead() {
        return kind != Kind.GLOBAL;
    }
}
