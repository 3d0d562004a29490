package dev.dynaq;

import static dev.dynaq.WriteTest.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.TransactionCanceledException.ActionKind;
import dev.dynaq.WriteFixtures.Account;
import dev.dynaq.WriteFixtures.AccountTable;
import dev.dynaq.WriteFixtures.Account_;
import dev.dynaq.WriteFixtures.Invoice;
import dev.dynaq.WriteFixtures.InvoiceTable;
import dev.dynaq.WriteFixtures.Invoice_;
import dev.dynaq.testsupport.LocalDynamoDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TransactionTest {
    private static InvoiceTable invoices;
    private static AccountTable accounts;

    @BeforeAll
    static void createTables() {
        invoices = WriteFixtures.newInvoiceTable();
        accounts = WriteFixtures.newAccountTable();
    }

    @Test
    void aTransactionAcrossTablesCommitsEveryAction() {
        Account account = accounts.save(new Account("tx-ok", 0, 100L, "ann"));
        invoices.put(Invoice.of("tx-ok", "old", "OPEN", 1));
        invoices.put(Invoice.of("tx-ok", "checked", "PAID", 1));

        Transaction.write(LocalDynamoDb.client())
                .put(invoices, Invoice.of("tx-ok", "new", "OPEN", 40))
                .update(accounts.update(accounts.key("tx-ok")).add(Account_.balance, -40L).expectVersion(account.version()))
                .delete(invoices, invoices.key("tx-ok", "old"))
                .conditionCheck(invoices, invoices.key("tx-ok", "checked"), Invoice_.status.eq("PAID"))
                .idempotencyToken("tx-ok-1")
                .execute();

        assertThat(stored(invoices, invoices.key("tx-ok", "new"))).contains(Invoice.of("tx-ok", "new", "OPEN", 40));
        assertThat(stored(invoices, invoices.key("tx-ok", "old"))).isEmpty();
        assertThat(stored(accounts, accounts.key("tx-ok"))).contains(new Account("tx-ok", 2, 60L, "ann"));
    }

    @Test
    void aCanceledTransactionWritesNothingAndNamesTheFailingAction() {
        Account account = accounts.save(new Account("tx-fail", 0, 100L, "ann"));
        invoices.put(Invoice.of("tx-fail", "checked", "OPEN", 1));

        Transaction.Write transaction = Transaction.write(LocalDynamoDb.client())
                .put(invoices, Invoice.of("tx-fail", "new", "OPEN", 40))
                .update(accounts, accounts.key("tx-fail"), u -> u.add(Account_.balance, -40L))
                .conditionCheck(invoices, invoices.key("tx-fail", "checked"), Invoice_.status.eq("PAID"));

        assertThatThrownBy(transaction::execute)
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                    assertThat(e.reasons()).hasSize(1);
                    TransactionCanceledException.Reason reason = e.reasons().get(0);
                    assertThat(reason.index()).isEqualTo(2);
                    assertThat(reason.kind()).isEqualTo(ActionKind.CONDITION_CHECK);
                    assertThat(reason.tableName()).isEqualTo(invoices.tableName());
                    assertThat(reason.conditionFailed()).isTrue();
                    assertThat(reason.versionConflict()).isFalse();
                    assertThat(reason.currentItem(Invoice_.SCHEMA)).contains(Invoice.of("tx-fail", "checked", "OPEN", 1));
                    assertThat(e.getMessage()).contains("action 2 (CONDITION_CHECK");
                });
        assertThat(stored(invoices, invoices.key("tx-fail", "new"))).isEmpty();
        assertThat(stored(accounts, accounts.key("tx-fail"))).contains(account);
    }

    @Test
    void aStaleVersionCancelsTheTransactionAsAVersionConflict() {
        Account v1 = accounts.save(new Account("tx-stale", 0, 100L, "ann"));
        Account v2 = accounts.save(v1.withBalance(90));

        Transaction.Write transaction = Transaction.write(LocalDynamoDb.client())
                .put(accounts, v1.withBalance(0))
                .put(invoices, Invoice.of("tx-stale", "1", "OPEN", 1));

        assertThatThrownBy(transaction::execute)
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                    assertThat(e.hasVersionConflict()).isTrue();
                    assertThat(e.reasons()).singleElement().satisfies(r -> {
                        assertThat(r.index()).isZero();
                        assertThat(r.kind()).isEqualTo(ActionKind.PUT);
                    });
                });
        assertThat(stored(accounts, accounts.key("tx-stale"))).contains(v2);
        assertThat(stored(invoices, invoices.key("tx-stale", "1"))).isEmpty();
    }

    @Test
    void theHundredAndFirstActionIsRefusedBeforeAnyRequest() {
        Transaction.Write transaction = Transaction.write(LocalDynamoDb.client());
        for (int i = 0; i < Transaction.MAX_ACTIONS; i++) {
            transaction.put(invoices, Invoice.of("tx-limit", Integer.toString(i), "OPEN", i));
        }
        assertThatThrownBy(() -> transaction.put(invoices, Invoice.of("tx-limit", "100", "OPEN", 100)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at most 100 actions");
        assertThat(transaction.size()).isEqualTo(100);
    }

    @Test
    void twoActionsOnOneItemAreRefused() {
        Transaction.Write transaction = Transaction.write(LocalDynamoDb.client())
                .put(invoices, Invoice.of("tx-twice", "1", "OPEN", 1));
        assertThatThrownBy(() -> transaction.delete(invoices, invoices.key("tx-twice", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already in the transaction (action 0, PUT)");
    }

    @Test
    void aTransactionalGetReturnsTypedItemsByKey() {
        Account account = accounts.save(new Account("tx-get", 0, 5L, "ann"));
        Invoice invoice = Invoice.of("tx-get", "1", "OPEN", 1);
        invoices.put(invoice);

        Transaction.Results results = Transaction.get(LocalDynamoDb.client())
                .get(invoices, invoices.key("tx-get", "1"))
                .get(accounts, accounts.key("tx-get"))
                .get(invoices, invoices.key("tx-get", "missing"))
                .execute();

        assertThat(results.size()).isEqualTo(3);
        assertThat(results.get(invoices, invoices.key("tx-get", "1"))).contains(invoice);
        assertThat(results.get(accounts, accounts.key("tx-get"))).contains(account);
        assertThat(results.get(invoices, invoices.key("tx-get", "missing"))).isEmpty();
        assertThatThrownBy(() -> results.get(invoices, invoices.key("tx-get", "other")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
