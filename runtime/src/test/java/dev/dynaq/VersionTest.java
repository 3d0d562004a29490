package dev.dynaq;

import static dev.dynaq.WriteTest.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.WriteFixtures.Account;
import dev.dynaq.WriteFixtures.AccountTable;
import dev.dynaq.WriteFixtures.Account_;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VersionTest {
    private static AccountTable accounts;

    @BeforeAll
    static void createTable() {
        accounts = WriteFixtures.newAccountTable();
    }

    @Test
    void aNewItemIsWrittenWithVersionOneAndEachSaveIncrementsIt() {
        Account created = accounts.save(new Account("v1", 0, 100L, "ann"));
        assertThat(created.version()).isEqualTo(1);
        assertThat(stored(accounts, accounts.key("v1"))).contains(created);

        Account second = accounts.save(created.withBalance(50));
        assertThat(second.version()).isEqualTo(2);
        assertThat(stored(accounts, accounts.key("v1"))).contains(second);
    }

    @Test
    void ofTwoWritersThatReadTheSameVersionOnlyTheFirstWins() {
        accounts.put(new Account("race", 0, 100L, "ann"));
        Account readByA = stored(accounts, accounts.key("race")).orElseThrow();
        Account readByB = stored(accounts, accounts.key("race")).orElseThrow();

        Account writtenByA = accounts.save(readByA.withBalance(80));

        assertThatThrownBy(() -> accounts.put(readByB.withBalance(120)))
                .isInstanceOfSatisfying(OptimisticLockException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.currentItem(Account_.SCHEMA)).contains(writtenByA);
                    assertThat(e.getMessage()).contains("expected version 1 but found version 2");
                });
        assertThat(stored(accounts, accounts.key("race"))).contains(writtenByA);
    }

    @Test
    void aNewItemFailsWhenTheKeyIsTaken() {
        accounts.put(new Account("taken", 0, 1L, "ann"));
        assertThatThrownBy(() -> accounts.put(new Account("taken", 0, 2L, "bob")))
                .isInstanceOf(OptimisticLockException.class)
                .hasMessageContaining("expected no item");
        assertThat(stored(accounts, accounts.key("taken")).orElseThrow().owner()).isEqualTo("ann");
    }

    @Test
    void putIfAbsentOfAVersionedItemWritesVersionOne() {
        assertThat(accounts.putIfAbsent(new Account("absent", 7, 1L, "ann"))).isTrue();
        assertThat(stored(accounts, accounts.key("absent")).orElseThrow().version()).isEqualTo(1);
        assertThat(accounts.putIfAbsent(new Account("absent", 0, 1L, "bob"))).isFalse();
    }

    @Test
    void aFailingUserConditionIsNotReportedAsAVersionConflict() {
        Account current = accounts.save(new Account("cond", 0, 10L, "ann"));
        assertThatThrownBy(() -> accounts.save(current.withBalance(5), Account_.owner.eq("bob")))
                .isInstanceOf(ConditionFailedException.class)
                .isNotInstanceOf(OptimisticLockException.class);
    }

    @Test
    void updatesIncrementTheVersionAndCanExpectOne() {
        Account created = accounts.save(new Account("upd", 0, 10L, "ann"));

        Account afterAdd = accounts.update(accounts.key("upd")).add(Account_.balance, 5L)
                .expectVersion(created.version()).returning(ReturnChoice.ALL_NEW).execute().orElseThrow();
        assertThat(afterAdd).isEqualTo(new Account("upd", 2, 15L, "ann"));

        accounts.update(accounts.key("upd")).set(Account_.owner, "bob").execute();
        assertThat(stored(accounts, accounts.key("upd")).orElseThrow().version()).isEqualTo(3);

        assertThatThrownBy(() -> accounts.update(accounts.key("upd")).add(Account_.balance, 1L).expectVersion(2).execute())
                .isInstanceOfSatisfying(OptimisticLockException.class, e -> assertThat(e.expectedVersion()).isEqualTo(2));
        assertThat(stored(accounts, accounts.key("upd")).orElseThrow().balance()).isEqualTo(15L);
    }

    @Test
    void theVersionAttributeCannotBeSetByAnUpdate() {
        assertThatThrownBy(() -> accounts.update(accounts.key("x")).set(Account_.version, 9L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@Version");
    }

    @Test
    void deletingAnItemAsReadChecksItsVersion() {
        Account v1 = accounts.save(new Account("del", 0, 1L, "ann"));
        Account v2 = accounts.save(v1.withBalance(2));

        assertThatThrownBy(() -> accounts.delete(v1)).isInstanceOf(OptimisticLockException.class);
        assertThat(stored(accounts, accounts.key("del"))).contains(v2);

        accounts.delete(v2);
        assertThat(stored(accounts, accounts.key("del"))).isEmpty();
    }

    @Test
    void batchWritesOfVersionedEntitiesAreRefused() {
        assertThatThrownBy(() -> accounts.batchPut(List.of(new Account("b", 0, 1L, "ann"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@Version");
    }
}
