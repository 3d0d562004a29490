package dev.dynaq.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * An item collection: the entities of a shared table whose partition templates in the table (or in
 * one global index) agree (same literals, same variable types), so that one query of one partition
 * reads all of them, such as a customer and their orders.
 *
 * @param name the collection name ({@code Customer}): {@code queryCustomerCollection(...)}
 * @param indexName the global index; {@code null} for the table
 * @param members the entities, in the table's entity order
 */
public record CollectionModel(String name, String indexName, List<Member> members) {
    /**
     * One entity of the collection.
     *
     * @param entity the entity
     * @param key its key in the collection's table or index (the partition template of the collection)
     * @param single whether a partition holds at most one item of it (a constant sort template on the table)
     */
    public record Member(EntityModel entity, EntityKeyModel key, boolean single) {
        /** Validates. */
        public Member {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(key, "key");
        }
    }

    /** Validates and copies. */
    public CollectionModel {
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
        if (members.size() < 2) {
            throw new IllegalArgumentException("a collection has at least two entities");
        }
    }

    /** @return the partition template the members agree on (the first member's) */
    public KeyTemplateModel partition() {
        return members.get(0).key().partition();
    }
}
