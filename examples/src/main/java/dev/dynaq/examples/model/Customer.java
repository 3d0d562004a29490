package dev.dynaq.examples.model;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.PartitionKey;
import java.time.LocalDate;

/**
 * A shop customer, keyed by id.
 *
 * @param customerId the key, e.g. {@code c-0042}
 * @param name the full name
 * @param email the e-mail address
 * @param city the home city
 * @param tier the loyalty tier
 * @param since the day the customer signed up
 */
@DynamoTable(name = "demo_customers")
public record Customer(
        @PartitionKey String customerId,
        String name,
        String email,
        String city,
        CustomerTier tier,
        LocalDate since) {
}
