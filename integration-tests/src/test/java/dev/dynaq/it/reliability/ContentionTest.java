package dev.dynaq.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.OptimisticLockException;
import dev.dynaq.it.model.Account;
import dev.dynaq.it.model.AccountTable;
import dev.dynaq.it.model.Account_;
import dev.dynaq.testing.DynaqTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One generated table instance shared by 8 threads, each incrementing one item 500 times: no
 * increment is lost, with optimistic locking and with atomic updates.
 */
@DynaqTest(tables = Account.class)
class ContentionTest {
    private static final int THREADS = 8;
    private static final int INCREMENTS = 500;

    private static Account account() {
        Account account = new Account();
        account.setAccountId("shared");
        account.setOwner("everyone");
        return account;
    }

    /** Runs the task on 8 threads released together; returns after all finished, rethrowing failures. */
    private static void onEightThreads(Callable<Void> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            for (Future<Void> future : futures) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void readModifyWriteWithVersionRetriesLosesNoIncrement(AccountTable accounts) throws Exception {
        accounts.save(account());
        AtomicInteger conflicts = new AtomicInteger();
        long started = System.nanoTime();

        onEightThreads(() -> {
            for (int i = 0; i < INCREMENTS; i++) {
                while (true) {
                    Account current = accounts.getConsistent("shared").orElseThrow();
                    current.setBalance(current.getBalance() + 1);
                    try {
                        accounts.save(current);
                        break;
                    } catch (OptimisticLockException e) {
                        conflicts.incrementAndGet();
                    }
                }
            }
            return null;
        });

        Account result = accounts.getConsistent("shared").orElseThrow();
        assertThat(result.getBalance()).isEqualTo(THREADS * INCREMENTS);
        assertThat(result.getVersion()).as("one version per write: the first save, then each increment")
                .isEqualTo(1 + THREADS * INCREMENTS);
        System.out.printf("[reliability] contention, @Version read-modify-write: 4,000 increments, %d optimistic-lock"
                + " retries, %d ms%n", conflicts.get(), (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void atomicAddUpdatesLoseNoIncrement(AccountTable accounts) throws Exception {
        accounts.save(account());
        long started = System.nanoTime();

        onEightThreads(() -> {
            for (int i = 0; i < INCREMENTS; i++) {
                accounts.update("shared").add(Account_.balance, 1L).execute();
            }
            return null;
        });

        assertThat(accounts.getConsistent("shared").orElseThrow().getBalance()).isEqualTo(THREADS * INCREMENTS);
        System.out.printf("[reliability] contention, atomic add: 4,000 increments, %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
    }
}
