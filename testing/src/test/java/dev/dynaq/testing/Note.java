package dev.dynaq.testing;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.GsiPartitionKey;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.annotation.SortKey;

/** A small entity compiled by the processor, as a user's would be. */
@DynamoTable(name = "dynaq_testing_notes")
public record Note(@PartitionKey String author, @SortKey int number, @GsiPartitionKey(index = "by_topic") String topic, String text) {
}
