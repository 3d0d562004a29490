package dev.dynaq.it.model;

import dev.dynaq.annotation.AtomicCounter;
import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.LastModifiedDate;
import dev.dynaq.annotation.PartitionKey;
import java.time.Instant;

/** A record with a boxed counter that starts at 1000, and a last-modified date only. */
@DynamoTable(name = "page_views")
public record PageView(
        @PartitionKey String path,
        @AtomicCounter(start = 1000) Long views,
        @LastModifiedDate Instant lastViewed) {
}
