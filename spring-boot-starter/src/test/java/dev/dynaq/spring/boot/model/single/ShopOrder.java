package dev.dynaq.spring.boot.model.single;

import dev.dynaq.annotation.DynamoEntity;
import dev.dynaq.annotation.KeyTemplate;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order, in its customer's partition of the shared table.
 *
 * @param customerId the customer
 * @param orderId the id
 * @param createdAt when it was placed
 * @param total the amount
 */
@DynamoEntity(table = Shop.class, type = "Order")
@KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#{createdAt}#{orderId}")
public record ShopOrder(String customerId, String orderId, Instant createdAt, BigDecimal total) {
}
