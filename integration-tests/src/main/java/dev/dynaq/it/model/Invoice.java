package dev.dynaq.it.model;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.GsiPartitionKey;
import java.math.BigDecimal;

/** A bean entity whose key and audit fields come from its superclass. */
@DynamoTable(name = "invoices")
public class Invoice extends Audited<Long> {
    @GsiPartitionKey(index = "by_customer")
    private String customerId;
    private BigDecimal amount;

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
