package dev.dynaq.spring.boot.model.single;

import dev.dynaq.annotation.DynamoEntity;
import dev.dynaq.annotation.IndexTemplate;
import dev.dynaq.annotation.KeyTemplate;

/**
 * A customer: the profile item of its partition of the shared table, found by e-mail over gsi1.
 *
 * @param customerId the id
 * @param name the name
 * @param email the e-mail address
 */
@DynamoEntity(table = Shop.class, type = "Customer")
@KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE")
@IndexTemplate(index = "gsi1", partition = "EMAIL#{email}", sort = "CUSTOMER")
public record ShopCustomer(String customerId, String name, String email) {
}
