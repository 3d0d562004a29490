package dev.dynaq.it.model;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.PartitionKey;

/** Dynantic's product: a JavaBean with a partition key only. */
@DynamoTable(name = "products")
public class Product {
    @PartitionKey
    private String productId;
    private String name;
    private double price;
    private boolean inStock;

    /** Creates an empty product, for the schema. */
    public Product() {
    }

    /**
     * @param productId the key
     * @param name the display name
     * @param price the unit price
     * @param inStock whether it can be ordered now
     */
    public Product(String productId, String name, double price, boolean inStock) {
        this.productId = productId;
        this.name = name;
        this.price = price;
        this.inStock = inStock;
    }

    public String getProductId() {
        return productId;
    }

    public void setProductId(String productId) {
        this.productId = productId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public double getPrice() {
        return price;
    }

    public void setPrice(double price) {
        this.price = price;
    }

    public boolean isInStock() {
        return inStock;
    }

    public void setInStock(boolean inStock) {
        this.inStock = inStock;
    }
}
