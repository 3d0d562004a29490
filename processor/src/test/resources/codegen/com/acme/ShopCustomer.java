package com.acme;

import dev.dynaq.annotation.DynamoEntity;
import dev.dynaq.annotation.IndexTemplate;
import dev.dynaq.annotation.KeyTemplate;

@DynamoEntity(table = Shop.class, type = "Customer")
@KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE")
@IndexTemplate(index = "gsi1", partition = "EMAIL#{email}", sort = "CUSTOMER")
public record ShopCustomer(String customerId, String name, String email) {
}
