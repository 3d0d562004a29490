package dev.dynaq.examples.model;

import dev.dynaq.annotation.DynamoDocument;
import java.math.BigDecimal;

/**
 * One line of an order, stored inside the order as a map (M).
 *
 * @param productId the product ordered
 * @param quantity how many
 * @param unitPrice the price of one, when the order was placed
 */
@DynamoDocument
public record OrderLine(String productId, int quantity, BigDecimal unitPrice) {
    /** @return quantity times unit price */
    public BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
