package dev.dynaq.bench.model;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.annotation.SortKey;
import dev.dynaq.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;
import software.amazon.awssdk.enhanced.dynamodb.extensions.annotations.DynamoDbVersionAttribute;

/**
 * The typical model: twelve attributes of the usual kinds (strings, an enum, an instant, a decimal,
 * an int, a boolean, a string set, a list, a map, a nullable field and a version). Dynaq reads the
 * annotations on the fields, the Enhanced Client those on the getters.
 */
@DynamoTable(name = "orders")
@DynamoDbBean
public class Order {
    @PartitionKey
    private String customerId;
    @SortKey
    private String orderId;
    private OrderStatus status;
    private Instant createdAt;
    private BigDecimal total;
    private int quantity;
    private boolean gift;
    private Set<String> tags;
    private List<String> items;
    private Map<String, String> attributes;
    private String note;
    @Version
    private long version;

    /** @return the partition key */
    @DynamoDbPartitionKey
    public String getCustomerId() {
        return customerId;
    }

    /** @param customerId the partition key */
    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    /** @return the sort key */
    @DynamoDbSortKey
    public String getOrderId() {
        return orderId;
    }

    /** @param orderId the sort key */
    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    /** @return the status */
    public OrderStatus getStatus() {
        return status;
    }

    /** @param status the status */
    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    /** @return when the order was placed */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @param createdAt when the order was placed */
    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** @return the total */
    public BigDecimal getTotal() {
        return total;
    }

    /** @param total the total */
    public void setTotal(BigDecimal total) {
        this.total = total;
    }

    /** @return the number of articles */
    public int getQuantity() {
        return quantity;
    }

    /** @param quantity the number of articles */
    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    /** @return whether it is a gift */
    public boolean isGift() {
        return gift;
    }

    /** @param gift whether it is a gift */
    public void setGift(boolean gift) {
        this.gift = gift;
    }

    /** @return the tags */
    public Set<String> getTags() {
        return tags;
    }

    /** @param tags the tags */
    public void setTags(Set<String> tags) {
        this.tags = tags;
    }

    /** @return the article ids */
    public List<String> getItems() {
        return items;
    }

    /** @param items the article ids */
    public void setItems(List<String> items) {
        this.items = items;
    }

    /** @return free-form attributes */
    public Map<String, String> getAttributes() {
        return attributes;
    }

    /** @param attributes free-form attributes */
    public void setAttributes(Map<String, String> attributes) {
        this.attributes = attributes;
    }

    /** @return a note, usually null */
    public String getNote() {
        return note;
    }

    /** @param note a note */
    public void setNote(String note) {
        this.note = note;
    }

    /** @return the optimistic-locking version */
    @DynamoDbVersionAttribute
    public long getVersion() {
        return version;
    }

    /** @param version the optimistic-locking version */
    public void setVersion(long version) {
        this.version = version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Order other && Objects.equals(customerId, other.customerId)
                && Objects.equals(orderId, other.orderId) && status == other.status
                && Objects.equals(createdAt, other.createdAt) && Objects.equals(total, other.total)
                && quantity == other.quantity && gift == other.gift && Objects.equals(tags, other.tags)
                && Objects.equals(items, other.items) && Objects.equals(attributes, other.attributes)
                && Objects.equals(note, other.note) && version == other.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(customerId, orderId, status, createdAt, total, quantity, gift, tags, items, attributes,
                note, version);
    }
}
