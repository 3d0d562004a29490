package dev.dynaq.bench.model;

import dev.dynaq.annotation.DynamoDocument;
import java.math.BigDecimal;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/** One line of a {@link Parcel}: a nested document. */
@DynamoDocument
@DynamoDbBean
public class Line {
    private String sku;
    private int quantity;
    private BigDecimal price;
    private String description;

    /** @return the article */
    public String getSku() {
        return sku;
    }

    /** @param sku the article */
    public void setSku(String sku) {
        this.sku = sku;
    }

    /** @return how many */
    public int getQuantity() {
        return quantity;
    }

    /** @param quantity how many */
    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    /** @return the unit price */
    public BigDecimal getPrice() {
        return price;
    }

    /** @param price the unit price */
    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    /** @return the description */
    public String getDescription() {
        return description;
    }

    /** @param description the description */
    public void setDescription(String description) {
        this.description = description;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Line other && Objects.equals(sku, other.sku) && quantity == other.quantity
                && Objects.equals(price, other.price) && Objects.equals(description, other.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sku, quantity, price, description);
    }
}
