package dev.dynaq.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynaq.Dynaq;
import dev.dynaq.OptimisticLockException;
import dev.dynaq.ReturnChoice;
import dev.dynaq.Transaction;
import dev.dynaq.TransactionCanceledException;
import dev.dynaq.it.model.PageView;
import dev.dynaq.it.model.PageViewTable;
import dev.dynaq.it.model.Session;
import dev.dynaq.it.model.SessionAsyncTable;
import dev.dynaq.it.model.SessionTable;
import dev.dynaq.it.model.Session_;
import dev.dynaq.it.model.Ticket;
import dev.dynaq.it.model.TicketTable;
import dev.dynaq.it.model.Ticket_;
import dev.dynaq.testing.DynaqTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code @CreatedDate}, {@code @LastModifiedDate} and {@code @AtomicCounter} through every kind of write,
 * with a clock that stands still until the test moves it: put (which keeps the stored created date and
 * counters), update, versioning, transactions, batch writes, async puts, and counters under concurrent
 * updaters.
 */
@DynaqTest(tables = {Session.class, Ticket.class, PageView.class})
class DatesAndCountersTest {
    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00.123456789Z");

    private TestClock clock;

    @BeforeEach
    void clock() {
        clock = new TestClock(T1);
    }

    private static Map<String, AttributeValue> raw(DynamoDbClient client, String table, Map<String, AttributeValue> key) {
        return client.getItem(b -> b.tableName(table).key(key).consistentRead(true)).item();
    }

    @Nested
    class Puts {
        @Test
        void aNewItemGetsBothDatesFromTheClockAndTheCounterStart(SessionTable table) {
            SessionTable sessions = table.withClock(clock);

            Session saved = sessions.save(Session.of("s1", "ann", null));

            Session read = sessions.get("s1").orElseThrow();
            assertThat(read.createdAt()).isEqualTo(T1);
            assertThat(read.updatedAt()).isEqualTo(T1);
            assertThat(read.requests()).isZero();
            assertThat(saved).isEqualTo(read);
        }

        @Test
        void theClockOfTheDynaqEnvironmentIsEveryTablesClock(DynamoDbClient client, DynamoDbAsyncClient asyncClient) throws Exception {
            Dynaq dynaq = Dynaq.builder().client(client).asyncClient(asyncClient).clock(clock).build();

            SessionTable.create(dynaq).put(Session.of("s1", "ann", null));
            SessionTable.createAsync(dynaq).putAsync(Session.of("s2", "bob", null)).get(10, TimeUnit.SECONDS);

            SessionTable sessions = SessionTable.create(client);
            assertThat(sessions.get("s1").orElseThrow().createdAt()).isEqualTo(T1);
            assertThat(sessions.get("s2").orElseThrow().updatedAt()).isEqualTo(T1);
            assertThat(dynaq.toBuilder().build().clock()).isSameAs(clock);
        }

        @Test
        void aPutOverAnExistingItemKeepsItsCreatedDateAndCounter(SessionTable table) {
            SessionTable sessions = table.withClock(clock);
            sessions.put(Session.of("s1", "ann", null));
            sessions.update("s1").execute();
            sessions.update("s1").execute();
            Instant t2 = clock.advance(Duration.ofHours(1));

            Session saved = sessions.save(new Session("s1", "bob", null, Instant.parse("2000-01-01T00:00:00Z"), null, 99));

            Session read = sessions.get("s1").orElseThrow();
            assertThat(read.user()).isEqualTo("bob");
            assertThat(read.createdAt()).isEqualTo(T1);
            assertThat(read.updatedAt()).isEqualTo(t2);
            assertThat(read.requests()).isEqualTo(2);
            assertThat(saved).isEqualTo(read);
        }

        @Test
        void aNewItemKeepsTheCreatedDateItCarries(SessionTable table) {
            Instant imported = Instant.parse("2020-05-05T05:05:05Z");

            table.withClock(clock).put(new Session("s1", "ann", null, imported, null, 7));

            Session read = table.get("s1").orElseThrow();
            assertThat(read.createdAt()).isEqualTo(imported);
            assertThat(read.requests()).as("a put writes the start value, not the item's").isZero();
        }

        @Test
        void aPutReplacesEveryAttributeOfTheModelButKeepsOthers(SessionTable table, DynamoDbClient client) {
            SessionTable sessions = table.withClock(clock);
            // a future expiry: DynamoDB Local deletes expired items within seconds
            sessions.put(Session.of("s1", "ann", Instant.parse("2100-01-01T00:00:00Z")));
            client.updateItem(b -> b.tableName("sessions").key(Map.of("sessionId", AttributeValue.fromS("s1")))
                    .updateExpression("SET legacy = :v").expressionAttributeValues(Map.of(":v", AttributeValue.fromS("kept"))));

            sessions.put(new Session("s1", null, null, null, null, 0));

            Map<String, AttributeValue> stored = raw(client, "sessions", Map.of("sessionId", AttributeValue.fromS("s1")));
            assertThat(stored).doesNotContainKeys("user", "expiresAt");
            assertThat(stored.get("legacy").s()).isEqualTo("kept");
        }

        @Test
        void putIfAbsentWritesANewItemOnly(SessionTable table) {
            SessionTable sessions = table.withClock(clock);
            assertThat(sessions.putIfAbsent(Session.of("s1", "ann", null))).isTrue();
            clock.advance(Duration.ofMinutes(5));

            assertThat(sessions.putIfAbsent(Session.of("s1", "bob", null))).isFalse();

            Session read = sessions.get("s1").orElseThrow();
            assertThat(read.user()).isEqualTo("ann");
            assertThat(read.updatedAt()).isEqualTo(T1);
        }

        @Test
        void aBeanGetsTheStoredDatesAndCounterSetAfterThePut(TicketTable table) {
            TicketTable tickets = table.withClock(clock);
            Ticket ticket = Ticket.of("q1", "t1", "printer jam");

            tickets.put(ticket);

            assertThat(ticket.getOpenedAt()).isEqualTo(T1);
            assertThat(ticket.getChangedAt()).isEqualTo(T1);
            assertThat(ticket.getScore()).isEqualTo(100);
            assertThat(ticket.getVersion()).isEqualTo(1);
        }

        @Test
        void anAsyncPutStampsAndKeepsLikeTheSyncOne(DynamoDbAsyncClient asyncClient, SessionTable sessions) throws Exception {
            SessionAsyncTable async = SessionTable.createAsync(asyncClient).withClock(clock);
            async.putAsync(Session.of("s1", "ann", null)).get(10, TimeUnit.SECONDS);
            Instant t2 = clock.advance(Duration.ofSeconds(30));

            async.putAsync(Session.of("s1", "bob", null)).get(10, TimeUnit.SECONDS);

            Session read = sessions.get("s1").orElseThrow();
            assertThat(read.user()).isEqualTo("bob");
            assertThat(read.createdAt()).isEqualTo(T1);
            assertThat(read.updatedAt()).isEqualTo(t2);
        }
    }

    /** {@code putPreserving}: a put through UpdateItem that keeps foreign attributes keeps the stored dates and counters too. */
    @Nested
    class PreservingPuts {
        private final Map<String, AttributeValue> ticketKey = Map.of("queue", AttributeValue.fromS("q1"),
                "ticketId", AttributeValue.fromS("t1"));

        private void addForeign(DynamoDbClient client, String table, Map<String, AttributeValue> key) {
            client.updateItem(b -> b.tableName(table).key(key)
                    .updateExpression("SET legacy = :v").expressionAttributeValues(Map.of(":v", AttributeValue.fromS("kept"))));
        }

        @Test
        void itKeepsTheStoredCreatedDateAndCounterAdvancesTheLastModifiedDateAndKeepsForeignAttributes(TicketTable table,
                DynamoDbClient client) {
            TicketTable tickets = table.withClock(clock);
            tickets.put(Ticket.of("q1", "t1", "printer jam"));
            tickets.update("q1", "t1").execute();                       // score 100 -> 105, version 2
            addForeign(client, "tickets", ticketKey);
            Instant t2 = clock.advance(Duration.ofHours(2));
            Ticket read = tickets.get("q1", "t1").orElseThrow();
            read.setTitle("paper jam");
            read.setOpenedAt(Instant.parse("2000-01-01T00:00:00Z"));   // neither the item's date nor counter wins
            read.setScore(1);

            Ticket saved = tickets.putPreserving(read, Ticket_.title.eq("printer jam"));

            Ticket stored = tickets.get("q1", "t1").orElseThrow();
            assertThat(stored.getTitle()).isEqualTo("paper jam");
            assertThat(stored.getOpenedAt()).isEqualTo(T1);
            assertThat(stored.getChangedAt()).isEqualTo(t2);
            assertThat(stored.getScore()).isEqualTo(105);
            assertThat(stored.getVersion()).isEqualTo(3);
            assertThat(raw(client, "tickets", ticketKey).get("legacy").s()).isEqualTo("kept");
            assertThat(saved).isSameAs(read);
            assertThat(saved.getOpenedAt()).as("the bean gets the stored values").isEqualTo(T1);
            assertThat(saved.getScore()).isEqualTo(105);
            assertThat(saved.getChangedAt()).isEqualTo(t2);
            assertThat(saved.getVersion()).isEqualTo(3);
        }

        @Test
        void theVersionIsStillCheckedAndAFailedOneWritesNothing(TicketTable table) {
            TicketTable tickets = table.withClock(clock);
            tickets.put(Ticket.of("q1", "t1", "printer jam"));
            Ticket stale = tickets.get("q1", "t1").orElseThrow();
            tickets.update("q1", "t1").set(Ticket_.title, "toner").execute();
            clock.advance(Duration.ofMinutes(3));
            stale.setTitle("paper jam");

            assertThrows(OptimisticLockException.class, () -> tickets.putPreserving(stale, null));
            assertThrows(OptimisticLockException.class, () -> tickets.putPreserving(Ticket.of("q1", "t1", "new"), null));

            Ticket current = tickets.get("q1", "t1").orElseThrow();
            assertThat(current.getTitle()).isEqualTo("toner");
            assertThat(current.getScore()).isEqualTo(105);
            assertThat(current.getChangedAt()).isEqualTo(T1);
            assertThat(current.getVersion()).isEqualTo(2);
        }

        @Test
        void aNewItemGetsItsCreatedDateNowAndTheCounterStartsAtItsStart(SessionTable table) {
            SessionTable sessions = table.withClock(clock);

            Session saved = sessions.putPreserving(new Session("s1", "ann", null, null, null, 42), null);

            assertThat(sessions.get("s1")).contains(new Session("s1", "ann", null, T1, T1, 0)).contains(saved);
            assertThatThrownBy(() -> sessions.putPreserving(Session.of("s1", "bob", null), Session_.user.eq("carol")))
                    .isInstanceOf(dev.dynaq.ConditionFailedException.class);
            assertThat(sessions.get("s1").orElseThrow().user()).isEqualTo("ann");
        }

        @Test
        void theAsyncTableDoesTheSame(DynamoDbAsyncClient asyncClient, SessionTable sessions, TicketTable tickets,
                DynamoDbClient client) throws Exception {
            SessionAsyncTable async = SessionTable.createAsync(asyncClient).withClock(clock);
            async.putPreservingAsync(Session.of("s1", "ann", null), null).get(10, TimeUnit.SECONDS);
            sessions.withClock(clock).update("s1").execute();
            addForeign(client, "sessions", Map.of("sessionId", AttributeValue.fromS("s1")));
            Instant t2 = clock.advance(Duration.ofSeconds(30));

            Session saved = async.putPreservingAsync(new Session("s1", "bob", null, t2, null, 0), null).get(10, TimeUnit.SECONDS);

            Session expected = new Session("s1", "bob", null, T1, t2, 1);
            assertThat(saved).isEqualTo(expected);
            assertThat(sessions.get("s1")).contains(expected);
            assertThat(raw(client, "sessions", Map.of("sessionId", AttributeValue.fromS("s1"))).get("legacy").s()).isEqualTo("kept");

            // a versioned entity: the new version comes back, a stale one fails with OptimisticLockException
            var asyncTickets = TicketTable.createAsync(asyncClient).withClock(clock);
            Ticket created = asyncTickets.putPreservingAsync(Ticket.of("q1", "t1", "printer jam"), null).get(10, TimeUnit.SECONDS);
            assertThat(created.getVersion()).isEqualTo(1);
            assertThat(created.getScore()).isEqualTo(100);
            Ticket stale = Ticket.of("q1", "t1", "paper jam");
            assertThatThrownBy(() -> asyncTickets.putPreservingAsync(stale, null).get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(OptimisticLockException.class)
                    .hasMessageContaining("expected no item");
            assertThatThrownBy(() -> asyncTickets.putPreservingAsync(created, Ticket_.title.eq("other")).get(10, TimeUnit.SECONDS))
                    .cause().isInstanceOf(dev.dynaq.ConditionFailedException.class).isNotInstanceOf(OptimisticLockException.class);
            assertThat(tickets.get("q1", "t1").orElseThrow().getTitle()).isEqualTo("printer jam");
        }
    }

    @Nested
    class Updates {
        @Test
        void everyUpdateSetsTheLastModifiedDateAndIncrementsTheCounter(SessionTable table) {
            SessionTable sessions = table.withClock(clock);
            sessions.put(Session.of("s1", "ann", null));
            Instant t2 = clock.advance(Duration.ofMinutes(1));

            Session after = sessions.update("s1").set(Session_.user, "bob").returning(ReturnChoice.ALL_NEW).execute().orElseThrow();

            assertThat(after.user()).isEqualTo("bob");
            assertThat(after.createdAt()).isEqualTo(T1);
            assertThat(after.updatedAt()).isEqualTo(t2);
            assertThat(after.requests()).isEqualTo(1);
            assertThat(sessions.get("s1")).contains(after);
        }

        @Test
        void anUpdateWithoutActionsTouchesTheItem(SessionTable table) {
            SessionTable sessions = table.withClock(clock);
            sessions.put(Session.of("s1", "ann", null));
            Instant t2 = clock.advance(Duration.ofSeconds(1));

            sessions.update("s1").execute();

            assertThat(sessions.get("s1").orElseThrow().updatedAt()).isEqualTo(t2);
            assertThat(sessions.get("s1").orElseThrow().requests()).isEqualTo(1);
        }

        @Test
        void anUpdateThatCreatesTheItemSetsTheCreatedDateAndStartsTheCounter(SessionTable sessionTable, TicketTable ticketTable,
                PageViewTable pageViews) {
            sessionTable.withClock(clock).update("new").set(Session_.user, "ann").execute();
            ticketTable.withClock(clock).update("q1", "new").set(Ticket_.title, "fresh").execute();
            pageViews.update("/").execute();

            Session session = sessionTable.get("new").orElseThrow();
            assertThat(session.createdAt()).isEqualTo(T1);
            assertThat(session.requests()).as("ADD on a missing counter: 0 + 1").isEqualTo(1);
            Ticket ticket = ticketTable.get("q1", "new").orElseThrow();
            assertThat(ticket.getOpenedAt()).isEqualTo(T1);
            assertThat(ticket.getScore()).as("start 100 + delta 5").isEqualTo(105);
            assertThat(pageViews.get("/").orElseThrow().views()).isEqualTo(1001);
        }

        @Test
        void anUpdateThatNamesAStampedAttributeDoesWhatItSays(SessionTable table) {
            SessionTable sessions = table.withClock(clock);
            sessions.put(Session.of("s1", "ann", null));
            Instant corrected = Instant.parse("2025-12-24T00:00:00Z");

            sessions.update("s1").set(Session_.createdAt, corrected).add(Session_.requests, 10L).execute();

            Session read = sessions.get("s1").orElseThrow();
            assertThat(read.createdAt()).isEqualTo(corrected);
            assertThat(read.requests()).isEqualTo(10);
        }

        @Test
        void eightConcurrentUpdatersLoseNoIncrement(SessionTable sessions, TicketTable tickets) throws Exception {
            sessions.put(Session.of("hot", "ann", null));
            tickets.put(Ticket.of("q1", "hot", "contended"));
            int threads = 8;
            int perThread = 100;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    running.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < perThread; i++) {
                            sessions.update("hot").execute();
                            tickets.update("q1", "hot").execute();
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> future : running) {
                    future.get(120, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(sessions.get("hot").orElseThrow().requests()).isEqualTo(threads * perThread);
            Ticket ticket = tickets.get("q1", "hot").orElseThrow();
            assertThat(ticket.getScore()).isEqualTo(100 + 5 * threads * perThread);
            assertThat(ticket.getVersion()).isEqualTo(1 + threads * perThread);
        }
    }

    @Nested
    class Versioning {
        @Test
        void aVersionedPutStampsAndStillChecksTheVersion(TicketTable table) {
            TicketTable tickets = table.withClock(clock);
            tickets.put(Ticket.of("q1", "t1", "printer jam"));
            Ticket first = tickets.get("q1", "t1").orElseThrow();
            Ticket second = tickets.get("q1", "t1").orElseThrow();
            tickets.update("q1", "t1").execute();
            Instant t2 = clock.advance(Duration.ofMinutes(2));

            first.setTitle("paper jam");
            assertThrows(OptimisticLockException.class, () -> tickets.put(first));
            Ticket current = tickets.get("q1", "t1").orElseThrow();
            assertThat(current.getTitle()).isEqualTo("printer jam");
            assertThat(current.getChangedAt()).isEqualTo(T1);

            Ticket fresh = tickets.get("q1", "t1").orElseThrow();
            fresh.setTitle("paper jam");
            Ticket saved = tickets.save(fresh);

            assertThat(saved.getVersion()).isEqualTo(3);
            assertThat(saved.getOpenedAt()).isEqualTo(T1);
            assertThat(saved.getChangedAt()).isEqualTo(t2);
            assertThat(saved.getScore()).as("the put keeps the counter the update raised").isEqualTo(105);
            assertThat(second.getVersion()).isEqualTo(1);
        }

        @Test
        void anUpdateExpectingAStaleVersionChangesNothing(TicketTable table) {
            TicketTable tickets = table.withClock(clock);
            tickets.put(Ticket.of("q1", "t1", "printer jam"));
            clock.advance(Duration.ofMinutes(1));

            assertThrows(OptimisticLockException.class, () -> tickets.update("q1", "t1").expectVersion(7).execute());

            Ticket read = tickets.get("q1", "t1").orElseThrow();
            assertThat(read.getScore()).isEqualTo(100);
            assertThat(read.getChangedAt()).isEqualTo(T1);
            assertThat(read.getVersion()).isEqualTo(1);
        }
    }

    @Nested
    class Transactions {
        @Test
        void putsAndUpdatesInATransactionStampLikeSingleWrites(DynamoDbClient client, SessionTable sessionTable,
                TicketTable ticketTable) {
            SessionTable sessions = sessionTable.withClock(clock);
            TicketTable tickets = ticketTable.withClock(clock);
            sessions.put(Session.of("s1", "ann", null));
            tickets.put(Ticket.of("q1", "t1", "printer jam"));
            Instant t2 = clock.advance(Duration.ofHours(2));

            Ticket ticket = Ticket.of("q1", "t2", "new in tx");
            Transaction.write(client)
                    .put(sessions, Session.of("s1", "bob", null))
                    .update(tickets.update("q1", "t1").set(Ticket_.title, "toner"))
                    .put(tickets, ticket)
                    .execute();

            Session session = sessions.get("s1").orElseThrow();
            assertThat(session.user()).isEqualTo("bob");
            assertThat(session.createdAt()).isEqualTo(T1);
            assertThat(session.updatedAt()).isEqualTo(t2);
            Ticket updated = tickets.get("q1", "t1").orElseThrow();
            assertThat(updated.getScore()).isEqualTo(105);
            assertThat(updated.getChangedAt()).isEqualTo(t2);
            assertThat(updated.getVersion()).isEqualTo(2);
            Ticket created = tickets.get("q1", "t2").orElseThrow();
            assertThat(created.getOpenedAt()).isEqualTo(t2);
            assertThat(created.getScore()).isEqualTo(100);
            assertThat(ticket.getVersion()).as("the bean gets its version once committed").isEqualTo(1);
        }

        @Test
        void aCanceledTransactionStampsNothing(DynamoDbClient client, TicketTable table) {
            TicketTable tickets = table.withClock(clock);
            tickets.put(Ticket.of("q1", "t1", "printer jam"));
            clock.advance(Duration.ofHours(1));

            assertThatThrownBy(() -> Transaction.write(client)
                    .update(tickets.update("q1", "t1").set(Ticket_.title, "toner").expectVersion(5))
                    .execute()).isInstanceOf(TransactionCanceledException.class);

            Ticket read = tickets.get("q1", "t1").orElseThrow();
            assertThat(read.getChangedAt()).isEqualTo(T1);
            assertThat(read.getScore()).isEqualTo(100);
        }
    }

    @Nested
    class BatchWrites {
        @Test
        void aBatchPutStoresTheItemsOwnValuesAndCannotKeepStoredOnes(SessionTable table) {
            SessionTable sessions = table.withClock(clock);
            sessions.put(Session.of("s1", "ann", null));
            sessions.update("s1").execute();
            Instant t2 = clock.advance(Duration.ofDays(1));
            Instant imported = Instant.parse("2020-01-01T00:00:00Z");

            sessions.batchPut(List.of(Session.of("s1", "ann", null), new Session("s2", "bob", null, imported, T1, 42)));

            Session replaced = sessions.get("s1").orElseThrow();
            assertThat(replaced.createdAt()).as("BatchWriteItem cannot keep the stored created date").isEqualTo(t2);
            assertThat(replaced.updatedAt()).isEqualTo(t2);
            assertThat(replaced.requests()).as("nor the stored counter: the item's own value").isZero();
            Session carried = sessions.get("s2").orElseThrow();
            assertThat(carried.createdAt()).isEqualTo(imported);
            assertThat(carried.updatedAt()).isEqualTo(t2);
            assertThat(carried.requests()).isEqualTo(42);
        }

        @Test
        void aBatchPutWritesTheStartOfABoxedCounterThatIsNull(PageViewTable pageViews) {
            pageViews.batchPut(List.of(new PageView("/a", null, null), new PageView("/b", 7L, null)));

            assertThat(pageViews.get("/a").orElseThrow().views()).isEqualTo(1000);
            assertThat(pageViews.get("/b").orElseThrow().views()).isEqualTo(7);
            assertThat(pageViews.get("/a").orElseThrow().lastViewed()).isNotNull();
        }
    }
}
