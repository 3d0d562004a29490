package dev.dynaq.it.single;

import dev.dynaq.annotation.GlobalIndex;
import dev.dynaq.annotation.SingleTable;

/** The shared table of the single-table tests. */
@SingleTable(name = "it_shop", globalIndexes = {@GlobalIndex(name = "gsi1"), @GlobalIndex(name = "gsi2")})
public interface Shop {
}
