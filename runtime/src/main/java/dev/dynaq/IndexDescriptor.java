package dev.dynaq;

import dev.dynaq.annotation.IndexProjection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The key schema of the table itself or of one secondary index, as generated in the metamodel
 * ({@code Order_.PRIMARY_KEY}, {@code Order_.ORDER_BY_STATUS}).
 *
 * @param indexName the index name; {@code null} for the table's primary key
 * @param kind what kind of key this is
 * @param partitionKey the partition key attribute
 * @param sortKey the sort key attribute, or {@code null}
 * @param projection the index projection ({@link IndexProjection#ALL} for the primary key)
 * @param includedAttributes with {@link IndexProjection#INCLUDE}: the projected non-key attributes
 */
public record IndexDescriptor(
        String indexName,
        Kind kind,
        KeyAttribute partitionKey,
        KeyAttribute sortKey,
        IndexProjection projection,
        List<String> includedAttributes) {

    /** What kind of key an {@link IndexDescriptor} describes. */
    public enum Kind {
        /** The table's own primary key. */
        PRIMARY,
        /** A global secondary index. */
        GLOBAL,
        /** A local secondary index. */
        LOCAL
    }

    /**
     * A key attribute: its DynamoDB name and scalar type.
     *
     * @param name the DynamoDB attribute name
     * @param type S, N or B
     */
    public record KeyAttribute(String name, ScalarType type) {
        /** Validates the components. */
        public KeyAttribute {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }

        /** @return the type as the SDK names it, for attribute definitions */
        public ScalarAttributeType scalarType() {
            return type.scalarType();
        }
    }

    /**
     * The scalar type of a key attribute. Dynaq's own, not the SDK's {@link ScalarAttributeType},
     * because every generated metamodel names its keys' types when its class is initialised, and
     * initialising the SDK's enum (a lookup map built through a lambda) costs a cold start about
     * 3 ms of the first read; the SDK's type is made only where a request needs it.
     */
    public enum ScalarType {
        /** String. */
        S,
        /** Number. */
        N,
        /** Binary. */
        B;

        /** @return the type as the SDK names it */
        public ScalarAttributeType scalarType() {
            return switch (this) {
                case S -> ScalarAttributeType.S;
                case N -> ScalarAttributeType.N;
                case B -> ScalarAttributeType.B;
            };
        }
    }

    /** Validates the components and copies the list. */
    public IndexDescriptor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(partitionKey, "partitionKey");
        Objects.requireNonNull(projection, "projection");
        includedAttributes = List.copyOf(includedAttributes);
        if ((kind == Kind.PRIMARY) != (indexName == null)) {
            throw new IllegalArgumentException("only the primary key has no index name");
        }
    }

    /**
     * @param partitionKey the table's partition key
     * @param sortKey the table's sort key, or {@code null}
     * @return the descriptor of a table's primary key
     */
    public static IndexDescriptor primary(KeyAttribute partitionKey, KeyAttribute sortKey) {
        return new IndexDescriptor(null, Kind.PRIMARY, partitionKey, sortKey, IndexProjection.ALL, List.of());
    }

    /** @return the sort key, if this key has one */
    public Optional<KeyAttribute> sortKeyAttribute() {
        return Optional.ofNullable(sortKey);
    }

    /** @return whether this is a global secondary index (no consistent reads) */
    public boolean isGlobal() {
        return kind == Kind.GLOBAL;
    }
}
