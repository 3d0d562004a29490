package dev.dynaq.examples.single;

import dev.dynaq.annotation.DynamoEntity;
import dev.dynaq.annotation.IndexTemplate;
import dev.dynaq.annotation.KeyTemplate;
import dev.dynaq.examples.model.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order, in its customer's partition by time (so the newest orders are read first in descending
 * order, right after the profile); by status and time over the overloaded gsi1.
 *
 * @param customerId the customer
 * @param orderId the id
 * @param createdAt when it was placed
 * @param status its status
 * @param total the amount
 */
@DynamoEntity(table = Store.class, type = "Order")
@KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#{createdAt}#{orderId}")
@IndexTemplate(index = "gsi1", partition = "STATUS#{status}", sort = "{createdAt}#{orderId}")
public record StoreOrder(String customerId, String orderId, Instant createdAt, OrderStatus status, BigDecimal total) {
}
