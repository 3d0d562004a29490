package dev.dynaq.it.single;

import dev.dynaq.annotation.DynamoEntity;
import dev.dynaq.annotation.KeyTemplate;

/** A line of an order, a JavaBean in its customer's partition, by order then line number. */
@DynamoEntity(table = Shop.class)
@KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "LINE#{orderId}#{lineNo}")
public class OrderLine {
    private String customerId;
    private String orderId;
    private int lineNo;
    private String sku;
    private int quantity;

    /** For the generated schema. */
    public OrderLine() {
    }

    /**
     * @param customerId the customer
     * @param orderId the order
     * @param lineNo the line number
     * @param sku the product
     * @param quantity how many
     */
    public OrderLine(String customerId, String orderId, int lineNo, String sku, int quantity) {
        this.customerId = customerId;
        this.orderId = orderId;
        this.lineNo = lineNo;
        this.sku = sku;
        this.quantity = quantity;
    }

    /** @return the customer */
    public String getCustomerId() {
        return customerId;
    }

    /** @param customerId the customer */
    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    /** @return the order */
    public String getOrderId() {
        return orderId;
    }

    /** @param orderId the order */
    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    /** @return the line number */
    public int getLineNo() {
        return lineNo;
    }

    /** @param lineNo the line number */
    public void setLineNo(int lineNo) {
        this.lineNo = lineNo;
    }

    /** @return the product */
    public String getSku() {
        return sku;
    }

    /** @param sku the product */
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

    @Override
    public boolean equals(Object other) {
        return other instanceof OrderLine line && java.util.Objects.equals(customerId, line.customerId)
                && java.util.Objects.equals(orderId, line.orderId) && lineNo == line.lineNo
                && java.util.Objects.equals(sku, line.sku) && quantity == line.quantity;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(customerId, orderId, lineNo, sku, quantity);
    }

    @Override
    public String toString() {
        return "OrderLine[" + customerId + ", " + orderId + ", " + lineNo + ", " + sku + ", " + quantity + "]";
    }
}
