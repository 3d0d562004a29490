package dev.dynaq;

import static dev.dynaq.WriteTest.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.WriteFixtures.Invoice;
import dev.dynaq.WriteFixtures.InvoiceTable;
import dev.dynaq.WriteFixtures.Invoice_;
import dev.dynaq.internal.PartialItems;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UpdateTest {
    private static InvoiceTable invoices;

    @BeforeAll
    static void createTable() {
        invoices = WriteFixtures.newInvoiceTable();
    }

    @Test
    void setAddAndRemoveChangeOnlyTheNamedAttributes() {
        invoices.put(Invoice.of("upd", "1", "OPEN", 10).withNote("remove me"));

        invoices.update(invoices.key("upd", "1"))
                .set(Invoice_.status, "PAID")
                .add(Invoice_.total, 5L)
                .remove(Invoice_.note)
                .execute();

        assertThat(stored(invoices, invoices.key("upd", "1")))
                .contains(new Invoice("upd", "1", "PAID", 15L, null, null, null, "2024-01-01"));
    }

    @Test
    void setToNullRemovesTheAttribute() {
        invoices.put(Invoice.of("upd", "2", "OPEN", 10).withNote("gone"));
        invoices.update(invoices.key("upd", "2")).set(Invoice_.note, null).execute();
        assertThat(stored(invoices, invoices.key("upd", "2")).orElseThrow().note()).isNull();
    }

    @Test
    void addOnAMissingNumberStartsFromZeroAndTheUpdateCreatesTheItem() {
        invoices.update(invoices.key("upd", "new")).add(Invoice_.total, 3L).add(Invoice_.tags, Set.of("a"))
                .execute();
        Invoice created = stored(invoices, invoices.key("upd", "new")).orElseThrow();
        assertThat(created.total()).isEqualTo(3L);
        assertThat(created.tags()).containsExactly("a");
    }

    @Test
    void setIfAbsentKeepsAnExistingValue() {
        invoices.put(Invoice.of("upd", "3", "OPEN", 1));
        invoices.update(invoices.key("upd", "3"))
                .setIfAbsent(Invoice_.status, "IGNORED")
                .setIfAbsent(Invoice_.note, "set")
                .execute();
        Invoice after = stored(invoices, invoices.key("upd", "3")).orElseThrow();
        assertThat(after.status()).isEqualTo("OPEN");
        assertThat(after.note()).isEqualTo("set");
    }

    @Test
    void setElementsAreAddedAndDeleted() {
        invoices.put(Invoice.of("upd", "4", "OPEN", 1));
        invoices.update(invoices.key("upd", "4")).add(Invoice_.tags, Set.of("a", "b", "c")).execute();
        invoices.update(invoices.key("upd", "4")).delete(Invoice_.tags, Set.of("b")).execute();
        assertThat(stored(invoices, invoices.key("upd", "4")).orElseThrow().tags()).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void listsGrowAtBothEndsAndAMissingListIsCreated() {
        invoices.put(Invoice.of("upd", "5", "OPEN", 1));
        invoices.update(invoices.key("upd", "5")).append(Invoice_.lines, List.of("b", "c")).execute();
        invoices.update(invoices.key("upd", "5")).prepend(Invoice_.lines, List.of("a")).execute();
        invoices.update(invoices.key("upd", "5")).append(Invoice_.lines, List.of("d")).execute();
        assertThat(stored(invoices, invoices.key("upd", "5")).orElseThrow().lines()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void returnChoicesGiveTheItemBeforeOrAfter() {
        Invoice before = Invoice.of("upd", "6", "OPEN", 1);
        invoices.put(before);
        Update<Invoice> pay = invoices.update(invoices.key("upd", "6")).set(Invoice_.status, "PAID");

        assertThat(pay.execute()).isEmpty();
        assertThat(pay.set(Invoice_.note, "x").returning(ReturnChoice.ALL_OLD).execute())
                .contains(new Invoice("upd", "6", "PAID", 1L, null, null, null, "2024-01-01"));
        assertThat(invoices.update(invoices.key("upd", "6")).add(Invoice_.total, 1L).returning(ReturnChoice.ALL_NEW).execute())
                .contains(new Invoice("upd", "6", "PAID", 2L, "x", null, null, "2024-01-01"));
    }

    @Test
    void updatedNewHoldsTheKeyAndTheUpdatedAttributesAndIsPartial() {
        invoices.put(Invoice.of("upd", "7", "OPEN", 1).withNote("kept"));
        Invoice updated = invoices.update(invoices.key("upd", "7")).add(Invoice_.total, 10L)
                .returning(ReturnChoice.UPDATED_NEW).execute().orElseThrow();

        assertThat(updated).isEqualTo(new Invoice("upd", "7", null, 11L, null, null, null, null));
        assertThat(PartialItems.isPartial(updated)).isTrue();
        assertThatThrownBy(() -> invoices.put(updated)).isInstanceOf(InvalidValueException.class);
        assertThat(stored(invoices, invoices.key("upd", "7")).orElseThrow().note()).isEqualTo("kept");
    }

    @Test
    void failedConditionLeavesTheItemAndCarriesIt() {
        Invoice item = Invoice.of("upd", "8", "PAID", 1);
        invoices.put(item);
        Update<Invoice> cancel = invoices.update(invoices.key("upd", "8"))
                .set(Invoice_.status, "CANCELLED")
                .condition(Invoice_.status.eq("OPEN"));

        assertThatThrownBy(cancel::execute)
                .isInstanceOfSatisfying(ConditionFailedException.class,
                        e -> assertThat(e.currentItem(Invoice_.SCHEMA)).contains(item));
        assertThat(stored(invoices, invoices.key("upd", "8"))).contains(item);
    }

    @Test
    void conditionOnExistenceStopsTheUpsert() {
        Update<Invoice> update = invoices.update(invoices.key("upd", "missing"))
                .set(Invoice_.status, "PAID")
                .condition(Invoice_.customerId.exists());
        assertThatThrownBy(update::execute).isInstanceOf(ConditionFailedException.class);
        assertThat(stored(invoices, invoices.key("upd", "missing"))).isEmpty();
    }

    @Test
    void reservedWordsAsAttributeNamesWork() {
        // "status", "total" and "lines" are DynamoDB reserved words; placeholders make them usable
        invoices.put(Invoice.of("upd", "9", "OPEN", 1));
        invoices.update(invoices.key("upd", "9")).set(Invoice_.status, "PAID").condition(Invoice_.total.eq(1L)).execute();
        assertThat(stored(invoices, invoices.key("upd", "9")).orElseThrow().status()).isEqualTo("PAID");
    }

    @Test
    void keyAttributesCannotBeUpdated() {
        Update<Invoice> update = invoices.update(invoices.key("upd", "10"));
        assertThatThrownBy(() -> update.set(Invoice_.invoiceId, "11"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key attribute")
                .hasMessageContaining("Invoice.invoiceId");
    }

    @Test
    void anAttributeCanBeNamedOncePerUpdate() {
        Update<Invoice> update = invoices.update(invoices.key("upd", "10")).set(Invoice_.note, "a");
        assertThatThrownBy(() -> update.remove(Invoice_.note))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'note' is already changed");
    }

    @Test
    void anUpdateWithoutActionsIsRefused() {
        assertThatThrownBy(() -> invoices.update(invoices.key("upd", "10")).execute())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nothing to do");
    }

    @Test
    void updatesAreImmutableAndReusable() {
        invoices.put(Invoice.of("upd", "11", "OPEN", 0));
        Update<Invoice> increment = invoices.update(invoices.key("upd", "11")).add(Invoice_.total, 1L);
        Update<Invoice> withNote = increment.set(Invoice_.note, "n");

        increment.execute();
        increment.execute();

        Invoice after = stored(invoices, invoices.key("upd", "11")).orElseThrow();
        assertThat(after.total()).isEqualTo(2L);
        assertThat(after.note()).isNull();
        assertThat(withNote).isNotSameAs(increment);
    }
}
