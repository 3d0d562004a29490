package dev.dynaq.examples.single;

import dev.dynaq.annotation.DynamoEntity;
import dev.dynaq.annotation.IndexTemplate;
import dev.dynaq.annotation.KeyTemplate;

/**
 * A customer: the profile item of its partition; found by e-mail over gsi1.
 *
 * @param customerId the id, e.g. {@code c-0042}
 * @param name the name
 * @param email the e-mail address
 */
@DynamoEntity(table = Store.class, type = "Customer")
@KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "PROFILE")
@IndexTemplate(index = "gsi1", partition = "EMAIL#{email}", sort = "CUSTOMER")
public record StoreCustomer(String customerId, String name, String email) {
}
