package dev.dynaq.it.model;

import dev.dynaq.annotation.PartitionKey;
import java.time.Instant;

/**
 * A base class that is not an entity itself: its properties, key included, belong to every bean
 * entity that extends it.
 *
 * @param <ID> the key type, bound by each subclass
 */
public abstract class Audited<ID> {
    @PartitionKey
    private ID id;
    private Instant createdAt;
    private String createdBy;

    public ID getId() {
        return id;
    }

    public void setId(ID id) {
        this.id = id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }
}
