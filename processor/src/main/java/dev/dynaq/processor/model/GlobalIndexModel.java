package dev.dynaq.processor.model;

import java.util.Objects;

/**
 * A global index of a shared table ({@code @GlobalIndex}); it projects every attribute.
 *
 * @param name the index name
 * @param partitionKey the partition key attribute (S)
 * @param sortKey the sort key attribute (S)
 */
public record GlobalIndexModel(String name, String partitionKey, String sortKey) {
    /** Validates. */
    public GlobalIndexModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(partitionKey, "partitionKey");
        Objects.requireNonNull(sortKey, "sortKey");
    }
}
