package dev.dynaq.examples.single;

import dev.dynaq.annotation.GlobalIndex;
import dev.dynaq.annotation.SingleTable;

/** The shared table of the demo's single-table part: generates {@code StoreTable}. */
@SingleTable(name = "demo_store", globalIndexes = @GlobalIndex(name = "gsi1"))
public interface Store {
}
