package dev.dynaq.it.single;

import dev.dynaq.annotation.DynamoEntity;
import dev.dynaq.annotation.IndexTemplate;
import dev.dynaq.annotation.KeyTemplate;

/**
 * A customer: the one profile item of its partition, found by email through the overloaded index.
 *
 * @param customerId the id
 * @param name the name
 * @param email the email, or {@code null} (then not in gsi1)
 */
@DynamoEntity(table = Shop.class, type = "Customer")
@KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE")
@IndexTemplate(index = "gsi1", partition = "EMAIL#{email}", sort = "CUSTOMER")
public record Customer(String customerId, String name, String email) {
}
