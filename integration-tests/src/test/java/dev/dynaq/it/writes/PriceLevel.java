package dev.dynaq.it.writes;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.annotation.SortKey;
import java.math.BigDecimal;

/** An order book level: a number sort key, which DynamoDB returns in its own spelling ({@code 1.5} for {@code 1.50}). */
@DynamoTable(name = "price_levels")
public record PriceLevel(@PartitionKey String market, @SortKey BigDecimal price, int quantity) {
}
