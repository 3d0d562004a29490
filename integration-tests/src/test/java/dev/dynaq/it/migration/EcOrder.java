package dev.dynaq.it.migration;

import dev.dynaq.it.model.OrderStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/** An order as a team stores it today with the Enhanced Client: the "before" of docs/MIGRATING.md. */
@DynamoDbBean
public class EcOrder {
    private String customerId;
    private Instant createdAt;
    private String region;
    private LocalDate day;
    private OrderStatus status;
    private LocalDateTime placedAt;
    private BigDecimal total;
    private Boolean gift;
    private Duration handling;
    private List<String> items;
    private Set<String> tags;
    private OffsetDateTime promisedAt;
    private ZonedDateTime shippedAt;
    private UUID trackingId;
    private int quantity;
    private LocalTime slot;
    private String note;

    @DynamoDbPartitionKey
    public String getCustomerId() { return customerId; }
    public void setCustomerId(String customerId) { this.customerId = customerId; }

    @DynamoDbSortKey
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }

    @DynamoDbSecondaryPartitionKey(indexNames = "by_day")
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }

    @DynamoDbSecondarySortKey(indexNames = "by_day")
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }

    @DynamoDbSecondaryPartitionKey(indexNames = "by_status")
    public OrderStatus getStatus() { return status; }
    public void setStatus(OrderStatus status) { this.status = status; }

    @DynamoDbSecondarySortKey(indexNames = "by_status")
    public LocalDateTime getPlacedAt() { return placedAt; }
    public void setPlacedAt(LocalDateTime placedAt) { this.placedAt = placedAt; }

    public BigDecimal getTotal() { return total; }
    public void setTotal(BigDecimal total) { this.total = total; }

    public Boolean getGift() { return gift; }
    public void setGift(Boolean gift) { this.gift = gift; }

    public Duration getHandling() { return handling; }
    public void setHandling(Duration handling) { this.handling = handling; }

    public List<String> getItems() { return items; }
    public void setItems(List<String> items) { this.items = items; }

    public Set<String> getTags() { return tags; }
    public void setTags(Set<String> tags) { this.tags = tags; }

    public OffsetDateTime getPromisedAt() { return promisedAt; }
    public void setPromisedAt(OffsetDateTime promisedAt) { this.promisedAt = promisedAt; }

    public ZonedDateTime getShippedAt() { return shippedAt; }
    public void setShippedAt(ZonedDateTime shippedAt) { this.shippedAt = shippedAt; }

    public UUID getTrackingId() { return trackingId; }
    public void setTrackingId(UUID trackingId) { this.trackingId = trackingId; }

    public int getQuantity() { return quantity; }
    public void setQuantity(int quantity) { this.quantity = quantity; }

    public LocalTime getSlot() { return slot; }
    public void setSlot(LocalTime slot) { this.slot = slot; }

    @DynamoDbAttribute("order_note")
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
