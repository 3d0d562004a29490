package dev.dynaq.it.writes;

import static dev.dynaq.it.writes.Seeds.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynaq.ConditionFailedException;
import dev.dynaq.OptimisticLockException;
import dev.dynaq.it.model.Account;
import dev.dynaq.it.model.AccountTable;
import dev.dynaq.it.model.Account_;
import dev.dynaq.it.model.Everything;
import dev.dynaq.it.model.EverythingTable;
import dev.dynaq.it.roundtrip.EverythingValues;
import dev.dynaq.testing.DynaqTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Optimistic locking of the {@code @Version} seed models: a bean (Account) and a record (Everything). */
@DynaqTest(tables = {Account.class, Everything.class})
class VersioningTest {

    @Test
    void aNewItemIsWrittenWithVersionOneAndEachWriteIncrementsIt(AccountTable accounts) {
        Account saved = accounts.save(account("a1", 100));
        assertThat(saved.getVersion()).isEqualTo(1);
        assertThat(accounts.get("a1").orElseThrow().getVersion()).isEqualTo(1);

        Account read = accounts.get("a1").orElseThrow();
        read.setBalance(150);
        accounts.put(read);
        assertThat(accounts.get("a1").orElseThrow().getVersion()).isEqualTo(2);

        accounts.update("a1").add(Account_.balance, 5L).execute();
        Account after = accounts.get("a1").orElseThrow();
        assertThat(after.getVersion()).isEqualTo(3);
        assertThat(after.getBalance()).isEqualTo(155);
    }

    @Test
    void aNewItemRequiresThatTheKeyIsFree(AccountTable accounts) {
        accounts.put(account("a1", 100));

        OptimisticLockException failure = assertThrows(OptimisticLockException.class, () -> accounts.put(account("a1", 1)));

        assertThat(failure.expectedVersion()).isZero();
        assertThat(failure.currentItem(Account_.SCHEMA).orElseThrow().getBalance()).isEqualTo(100);
        assertThat(accounts.putIfAbsent(account("a1", 2))).isFalse();
        assertThat(accounts.get("a1").orElseThrow().getBalance()).isEqualTo(100);
    }

    @Test
    void ofTwoWritersThatReadTheSameVersionTheSecondFails(AccountTable accounts) {
        accounts.put(account("a1", 100));
        Account first = accounts.get("a1").orElseThrow();
        Account second = accounts.get("a1").orElseThrow();

        first.setBalance(110);
        accounts.put(first);
        second.setBalance(90);
        OptimisticLockException failure = assertThrows(OptimisticLockException.class, () -> accounts.put(second));

        assertThat(failure).isInstanceOf(ConditionFailedException.class)
                .hasMessageContaining("expected version 1 but found version 2");
        assertThat(failure.expectedVersion()).isEqualTo(1);
        assertThat(failure.currentItem(Account_.SCHEMA).orElseThrow().getBalance()).isEqualTo(110);
        assertThat(accounts.get("a1").orElseThrow().getBalance()).isEqualTo(110);
        // the loser's copy still holds the version it read, so writing it again fails again
        // instead of silently overwriting the winner's change
        assertThat(second.getVersion()).isEqualTo(1);
        assertThatThrownBy(() -> accounts.put(second)).isInstanceOf(OptimisticLockException.class);
        assertThat(accounts.get("a1").orElseThrow().getBalance()).isEqualTo(110);
    }

    @Test
    void ofTwoConcurrentWritersExactlyOneWins(AccountTable accounts) throws Exception {
        accounts.put(account("a1", 0));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> writers = new ArrayList<>();
            for (long balance : new long[] {1, 2}) {
                Account copy = accounts.get("a1").orElseThrow();
                copy.setBalance(balance);
                Callable<Long> write = () -> {
                    start.await();
                    accounts.put(copy);
                    return balance;
                };
                writers.add(pool.submit(write));
            }
            start.countDown();
            List<Long> winners = new ArrayList<>();
            List<Throwable> losers = new ArrayList<>();
            for (Future<Long> writer : writers) {
                try {
                    winners.add(writer.get());
                } catch (ExecutionException e) {
                    losers.add(e.getCause());
                }
            }
            assertThat(winners).hasSize(1);
            assertThat(losers).singleElement().isInstanceOf(OptimisticLockException.class);
            Account stored = accounts.get("a1").orElseThrow();
            assertThat(stored.getBalance()).isEqualTo(winners.get(0));
            assertThat(stored.getVersion()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void deletingAStaleCopyFailsAndKeepsTheItem(AccountTable accounts) {
        accounts.put(account("a1", 100));
        Account stale = accounts.get("a1").orElseThrow();
        accounts.update("a1").add(Account_.balance, 1L).execute();

        assertThatThrownBy(() -> accounts.delete(stale)).isInstanceOf(OptimisticLockException.class);
        assertThat(accounts.get("a1")).isPresent();

        accounts.delete(accounts.get("a1").orElseThrow());
        assertThat(accounts.get("a1")).isEmpty();
    }

    @Test
    void anUpdateCanExpectTheVersionRead(AccountTable accounts) {
        accounts.put(account("a1", 100));

        assertThatThrownBy(() -> accounts.update("a1").add(Account_.balance, 1L).expectVersion(7).execute())
                .isInstanceOf(OptimisticLockException.class);
        accounts.update("a1").add(Account_.balance, 1L).expectVersion(1).execute();

        assertThat(accounts.get("a1").orElseThrow().getBalance()).isEqualTo(101);
    }

    @Test
    void aRecordIsSavedAsACopyWithTheNewVersion(EverythingTable everything) {
        Everything item = EverythingValues.nulls(1);

        Everything saved = everything.save(item);

        assertThat(item.version()).isZero();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(everything.save(saved).version()).isEqualTo(2);
        assertThatThrownBy(() -> everything.put(saved)).isInstanceOf(OptimisticLockException.class);
        assertThat(everything.get(EverythingValues.ID, 1).orElseThrow().version()).isEqualTo(2);
    }
}
