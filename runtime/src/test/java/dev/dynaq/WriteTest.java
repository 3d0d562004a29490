package dev.dynaq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.WriteFixtures.Invoice;
import dev.dynaq.WriteFixtures.InvoiceTable;
import dev.dynaq.WriteFixtures.Invoice_;
import dev.dynaq.internal.PartialItems;
import dev.dynaq.testsupport.LocalDynamoDb;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

class WriteTest {
    private static InvoiceTable invoices;

    @BeforeAll
    static void createTable() {
        invoices = WriteFixtures.newInvoiceTable();
    }

    static <T> Optional<T> stored(Table<T> table, Key<T> key) {
        GetItemResponse response = LocalDynamoDb.client().getItem(b -> b.tableName(table.tableName()).key(key.toMap()).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(table.schema().fromItem(response.item())) : Optional.empty();
    }

    @Test
    void putWritesTheItemAndReplacesAnExistingOne() {
        Invoice first = Invoice.of("put", "1", "OPEN", 10).withNote("first");
        invoices.put(first);
        assertThat(stored(invoices, invoices.key("put", "1"))).contains(first);

        Invoice second = Invoice.of("put", "1", "PAID", 20);
        invoices.put(second);
        assertThat(stored(invoices, invoices.key("put", "1"))).contains(second);
    }

    @Test
    void putWithConditionWritesWhenItHolds() {
        invoices.put(Invoice.of("cond", "1", "OPEN", 10));
        Invoice paid = Invoice.of("cond", "1", "PAID", 10);

        invoices.put(paid, Invoice_.status.eq("OPEN"));

        assertThat(stored(invoices, invoices.key("cond", "1"))).contains(paid);
    }

    @Test
    void failedConditionWritesNothingAndCarriesTheCurrentItem() {
        Invoice current = Invoice.of("cond", "2", "PAID", 10);
        invoices.put(current);

        assertThatThrownBy(() -> invoices.put(Invoice.of("cond", "2", "CANCELLED", 0), Invoice_.status.eq("OPEN")))
                .isInstanceOfSatisfying(ConditionFailedException.class, e -> {
                    assertThat(e).isNotInstanceOf(OptimisticLockException.class);
                    assertThat(e.getCause()).isInstanceOf(ConditionalCheckFailedException.class);
                    assertThat(e.currentItem(Invoice_.SCHEMA)).contains(current);
                    assertThat(e.tableName()).isEqualTo(invoices.tableName());
                    assertThat(e.getMessage()).contains("Invoice", "customerId=cond", "invoiceId=2", "nothing was written");
                });
        assertThat(stored(invoices, invoices.key("cond", "2"))).contains(current);
    }

    @Test
    void failedConditionOnMissingItemHasNoCurrentItem() {
        assertThatThrownBy(() -> invoices.put(Invoice.of("cond", "3", "PAID", 1), Invoice_.status.eq("OPEN")))
                .isInstanceOfSatisfying(ConditionFailedException.class,
                        e -> assertThat(e.currentItemAttributes()).isEmpty());
        assertThat(stored(invoices, invoices.key("cond", "3"))).isEmpty();
    }

    @Test
    void putIfAbsentWritesOnlyNewItems() {
        Invoice original = Invoice.of("absent", "1", "OPEN", 1);
        assertThat(invoices.putIfAbsent(original)).isTrue();
        assertThat(invoices.putIfAbsent(Invoice.of("absent", "1", "PAID", 2))).isFalse();
        assertThat(stored(invoices, invoices.key("absent", "1"))).contains(original);
    }

    @Test
    void deleteRemovesTheItemAndIgnoresMissingOnes() {
        invoices.put(Invoice.of("del", "1", "OPEN", 1));
        invoices.delete(invoices.key("del", "1"));
        assertThat(stored(invoices, invoices.key("del", "1"))).isEmpty();

        invoices.delete(invoices.key("del", "never-written"));
    }

    @Test
    void deleteAndReturnGivesTheOldItem() {
        Invoice item = Invoice.of("del", "2", "OPEN", 5);
        invoices.put(item);
        assertThat(invoices.deleteAndReturn(invoices.key("del", "2"))).contains(item);
        assertThat(invoices.deleteAndReturn(invoices.key("del", "2"))).isEmpty();
    }

    @Test
    void conditionalDeleteKeepsTheItemWhenTheConditionFails() {
        Invoice item = Invoice.of("del", "3", "PAID", 5);
        invoices.put(item);

        assertThatThrownBy(() -> invoices.delete(invoices.key("del", "3"), Invoice_.status.eq("OPEN")))
                .isInstanceOfSatisfying(ConditionFailedException.class,
                        e -> assertThat(e.currentItem(Invoice_.SCHEMA)).contains(item));
        assertThat(stored(invoices, invoices.key("del", "3"))).contains(item);

        assertThat(invoices.deleteAndReturn(invoices.key("del", "3"), Invoice_.status.eq("PAID"))).contains(item);
        assertThat(stored(invoices, invoices.key("del", "3"))).isEmpty();
    }

    @Test
    void partialItemsAreRefusedBeforeAnyRequest() {
        Invoice partial = new Invoice("partial", "1", null, null, null, null, null, null);
        PartialItems.mark(partial);

        assertThatThrownBy(() -> invoices.put(partial))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("only some of its attributes");
        assertThat(stored(invoices, invoices.key("partial", "1"))).isEmpty();

        Invoice equalButWhole = new Invoice("partial", "1", null, null, null, null, null, null);
        invoices.put(equalButWhole);
        assertThat(stored(invoices, invoices.key("partial", "1"))).isPresent();
    }

    @Test
    void itemsOverFourHundredKilobytesAreRefusedNamingTheBiggestAttribute() {
        Invoice huge = Invoice.of("big", "1", "OPEN", 1).withNote("x".repeat(410 * 1024));

        assertThatThrownBy(() -> invoices.put(huge))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Invoice")
                .hasMessageContaining("'note'")
                .hasMessageContaining("400 KB");
        assertThat(stored(invoices, invoices.key("big", "1"))).isEmpty();
    }

    @Test
    void itemsJustUnderTheLimitAreWritten() {
        Invoice large = Invoice.of("big", "2", "OPEN", 1).withNote("x".repeat(390 * 1024));
        invoices.put(large);
        assertThat(stored(invoices, invoices.key("big", "2"))).contains(large);
    }

    @Test
    void emptyKeyValuesAreRefused() {
        assertThatThrownBy(() -> invoices.put(Invoice.of("", "1", "OPEN", 1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("customerId");
    }

    @Test
    void aKeyOfTheWrongShapeIsRefused() {
        Key<Invoice> partitionOnly = Key.fromMap(Map.of("customerId", AttributeValue.fromS("x")));
        assertThatThrownBy(() -> invoices.delete(partitionOnly))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customerId, invoiceId");
    }
}
