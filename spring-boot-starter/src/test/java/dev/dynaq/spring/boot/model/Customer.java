package dev.dynaq.spring.boot.model;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.PartitionKey;

/** A customer. */
@DynamoTable(name = "customers")
public record Customer(@PartitionKey String customerId, String name) {
}
