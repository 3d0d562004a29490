package com.acme;

import dev.dynaq.annotation.DynamoEntity;
import dev.dynaq.annotation.IndexTemplate;
import dev.dynaq.annotation.KeyTemplate;
import java.math.BigDecimal;
import java.time.Instant;

@DynamoEntity(table = Shop.class, type = "Order")
@KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#{createdAt}#{orderId}")
@IndexTemplate(index = "gsi1", partition = "STATUS#{status}", sort = "{createdAt}#{orderId}")
public record ShopOrder(String customerId, String orderId, Instant createdAt, OrderStatus status, BigDecimal total) {
}
