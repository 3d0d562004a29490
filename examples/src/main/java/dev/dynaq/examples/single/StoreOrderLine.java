package dev.dynaq.examples.single;

import dev.dynaq.annotation.DynamoEntity;
import dev.dynaq.annotation.KeyTemplate;
import java.math.BigDecimal;

/**
 * A line of an order, in its customer's partition, by order and line number.
 *
 * @param customerId the customer
 * @param orderId the order
 * @param lineNo the line number
 * @param productId the product
 * @param quantity how many
 * @param unitPrice the price of one
 */
@DynamoEntity(table = Store.class, type = "OrderLine")
@KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "LINE#{orderId}#{lineNo}")
public record StoreOrderLine(String customerId, String orderId, int lineNo, String productId, int quantity,
        BigDecimal unitPrice) {
}
