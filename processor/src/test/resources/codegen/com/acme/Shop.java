package com.acme;

import dev.dynaq.annotation.GlobalIndex;
import dev.dynaq.annotation.SingleTable;

@SingleTable(name = "shop", globalIndexes = @GlobalIndex(name = "gsi1"))
public interface Shop {
}
