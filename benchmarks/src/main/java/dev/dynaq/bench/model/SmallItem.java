package dev.dynaq.bench.model;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.PartitionKey;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * The small model: four attributes. A JavaBean so that every contender maps the very same class:
 * Dynaq reads the annotations on the fields, the Enhanced Client those on the getters.
 */
@DynamoTable(name = "small_items")
@DynamoDbBean
public class SmallItem {
    @PartitionKey
    private String id;
    private String name;
    private int count;
    private boolean active;

    /** For the mappers. */
    public SmallItem() {
    }

    /**
     * @param id the key
     * @param name a name
     * @param count a count
     * @param active a flag
     */
    public SmallItem(String id, String name, int count, boolean active) {
        this.id = id;
        this.name = name;
        this.count = count;
        this.active = active;
    }

    /** @return the partition key */
    @DynamoDbPartitionKey
    public String getId() {
        return id;
    }

    /** @param id the partition key */
    public void setId(String id) {
        this.id = id;
    }

    /** @return the name */
    public String getName() {
        return name;
    }

    /** @param name the name */
    public void setName(String name) {
        this.name = name;
    }

    /** @return the count */
    public int getCount() {
        return count;
    }

    /** @param count the count */
    public void setCount(int count) {
        this.count = count;
    }

    /** @return the flag */
    public boolean isActive() {
        return active;
    }

    /** @param active the flag */
    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SmallItem other && Objects.equals(id, other.id) && Objects.equals(name, other.name)
                && count == other.count && active == other.active;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, count, active);
    }
}
