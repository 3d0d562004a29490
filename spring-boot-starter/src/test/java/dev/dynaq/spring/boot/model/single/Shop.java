package dev.dynaq.spring.boot.model.single;

import dev.dynaq.annotation.GlobalIndex;
import dev.dynaq.annotation.SingleTable;

/** A shared table of a single-table design: generates {@code ShopTable}. */
@SingleTable(name = "shop", globalIndexes = @GlobalIndex(name = "gsi1"))
public interface Shop {
}
