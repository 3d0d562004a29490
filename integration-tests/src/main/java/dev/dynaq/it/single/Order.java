package dev.dynaq.it.single;

import dev.dynaq.annotation.DynamoEntity;
import dev.dynaq.annotation.IndexTemplate;
import dev.dynaq.annotation.KeyTemplate;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order, in its customer's partition by time; by state over gsi1, by region and state over gsi2.
 *
 * @param customerId the customer
 * @param orderId the id
 * @param createdAt when it was placed
 * @param state its state
 * @param region where it ships, or {@code null} (then not in gsi2)
 * @param total the amount
 */
@DynamoEntity(table = Shop.class, type = "Order")
@KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#{createdAt}#{orderId}")
@IndexTemplate(index = "gsi1", partition = "STATE#{state}", sort = "{createdAt}#{orderId}")
@IndexTemplate(index = "gsi2", partition = "REGION#{region}", sort = "STATE#{state}#{createdAt}")
public record Order(String customerId, String orderId, Instant createdAt, OrderState state, String region,
        BigDecimal total) {
}
