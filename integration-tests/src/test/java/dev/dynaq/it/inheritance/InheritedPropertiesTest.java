package dev.dynaq.it.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.it.model.Invoice;
import dev.dynaq.it.model.InvoiceTable;
import dev.dynaq.it.model.Invoice_;
import dev.dynaq.testing.DynaqTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A bean's superclass properties are stored, keyed and read back like its own. */
@DynaqTest(tables = Invoice.class)
class InheritedPropertiesTest {

    private static Invoice invoice(long id, String customerId, String amount) {
        Invoice invoice = new Invoice();
        invoice.setId(id);
        invoice.setCreatedAt(Instant.parse("2026-03-01T10:15:30.5Z"));
        invoice.setCreatedBy("billing");
        invoice.setCustomerId(customerId);
        invoice.setAmount(new BigDecimal(amount));
        return invoice;
    }

    @Test
    void superclassPropertiesAreStoredUnderTheirNamesWithTheBoundKeyType(DynamoDbClient client, InvoiceTable invoices) {
        invoices.put(invoice(42L, "c1", "19.90"));

        Map<String, AttributeValue> stored = client.getItem(b -> b.tableName(Invoice_.TABLE_NAME)
                .key(Map.of("id", AttributeValue.fromN("42")))).item();
        assertThat(stored).containsOnlyKeys("id", "createdAt", "createdBy", "customerId", "amount");
        assertThat(stored.get("createdAt").s()).isEqualTo("2026-03-01T10:15:30.500000000Z");

        Invoice read = invoices.get(42L).orElseThrow();
        assertThat(read.getId()).isEqualTo(42L);
        assertThat(read.getCreatedAt()).isEqualTo(Instant.parse("2026-03-01T10:15:30.5Z"));
        assertThat(read.getCreatedBy()).isEqualTo("billing");
        assertThat(read.getAmount()).isEqualByComparingTo("19.90");
    }

    @Test
    void theSubclassIndexFindsItems(InvoiceTable invoices) {
        invoices.batchPut(java.util.List.of(invoice(1, "c1", "1"), invoice(2, "c2", "2"), invoice(3, "c1", "3")));

        assertThat(invoices.queryByCustomerId("c1").list()).extracting(Invoice::getId).containsExactlyInAnyOrder(1L, 3L);
    }
}
