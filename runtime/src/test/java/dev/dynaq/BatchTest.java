package dev.dynaq;

import static dev.dynaq.WriteTest.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.WriteFixtures.Invoice;
import dev.dynaq.WriteFixtures.InvoiceTable;
import dev.dynaq.testsupport.LocalDynamoDb;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class BatchTest {
    private static InvoiceTable invoices;

    @BeforeAll
    static void createTable() {
        invoices = WriteFixtures.newInvoiceTable();
    }

    /** Records the waits instead of sleeping. */
    private static final class RecordingSleeper implements dev.dynaq.internal.Sleeper {
        final List<Duration> waits = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }
    }

    /**
     * A client that sends batches to DynamoDB Local but holds back the writes and keys matching a
     * predicate, returning them as unprocessed (as DynamoDB does under throttling), for the first
     * {@code faultyCalls} calls.
     */
    private static final class UnprocessingClient implements DynamoDbClient {
        private final DynamoDbClient delegate = LocalDynamoDb.client();
        private final Predicate<Map<String, AttributeValue>> heldBack;
        private final int faultyCalls;
        final AtomicInteger writeCalls = new AtomicInteger();
        final AtomicInteger getCalls = new AtomicInteger();

        UnprocessingClient(Predicate<Map<String, AttributeValue>> heldBack, int faultyCalls) {
            this.heldBack = heldBack;
            this.faultyCalls = faultyCalls;
        }

        @Override
        public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
            boolean faulty = writeCalls.incrementAndGet() <= faultyCalls;
            Map<String, List<WriteRequest>> sent = new HashMap<>();
            Map<String, List<WriteRequest>> unprocessed = new HashMap<>();
            request.requestItems().forEach((table, writes) -> {
                for (WriteRequest write : writes) {
                    Map<String, AttributeValue> item = write.putRequest() != null ? write.putRequest().item() : write.deleteRequest().key();
                    boolean hold = faulty && heldBack.test(item);
                    (hold ? unprocessed : sent).computeIfAbsent(table, t -> new ArrayList<>()).add(write);
                }
            });
            if (!sent.isEmpty()) {
                delegate.batchWriteItem(b -> b.requestItems(sent));
            }
            return BatchWriteItemResponse.builder().unprocessedItems(unprocessed).build();
        }

        @Override
        public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
            boolean faulty = getCalls.incrementAndGet() <= faultyCalls;
            Map<String, KeysAndAttributes> sent = new HashMap<>();
            Map<String, KeysAndAttributes> unprocessed = new HashMap<>();
            request.requestItems().forEach((table, keys) -> {
                List<Map<String, AttributeValue>> send = new ArrayList<>();
                List<Map<String, AttributeValue>> hold = new ArrayList<>();
                for (Map<String, AttributeValue> key : keys.keys()) {
                    (faulty && heldBack.test(key) ? hold : send).add(key);
                }
                if (!send.isEmpty()) {
                    sent.put(table, keys.toBuilder().keys(send).build());
                }
                if (!hold.isEmpty()) {
                    unprocessed.put(table, keys.toBuilder().keys(hold).build());
                }
            });
            BatchGetItemResponse response = sent.isEmpty() ? BatchGetItemResponse.builder().responses(Map.of()).build()
                    : delegate.batchGetItem(b -> b.requestItems(sent));
            return response.toBuilder().unprocessedKeys(unprocessed).build();
        }

        @Override
        public String serviceName() {
            return delegate.serviceName();
        }

        @Override
        public void close() {
        }
    }

    private static boolean lastDigitIs7(Map<String, AttributeValue> item) {
        return item.get("invoiceId").s().endsWith("7");
    }

    @Test
    void aThousandItemsArePutAndReadBackInTheOrderOfTheKeys() {
        List<Invoice> items = WriteFixtures.invoices("thousand", 1000);
        invoices.batchPut(items);

        List<Invoice> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(42));
        List<Key<Invoice>> keys = shuffled.stream().map(invoices::keyOf).toList();

        assertThat(invoices.batchGet(keys)).containsExactlyElementsOf(shuffled);
    }

    @Test
    void batchGetSkipsMissingKeysAndReadsDuplicatesOnce() {
        invoices.batchPut(WriteFixtures.invoices("get", 3));
        List<Key<Invoice>> keys = List.of(
                invoices.key("get", "inv-00002"), invoices.key("get", "missing"), invoices.key("get", "inv-00000"),
                invoices.key("get", "inv-00002"));

        assertThat(invoices.batchGet(keys)).extracting(Invoice::invoiceId).containsExactly("inv-00002", "inv-00000");
    }

    @Test
    void batchPutWritesTheLastOfItemsWithTheSameKey() {
        invoices.batchPut(List.of(Invoice.of("dupe", "1", "OPEN", 1), Invoice.of("dupe", "1", "PAID", 2)));
        assertThat(stored(invoices, invoices.key("dupe", "1"))).contains(Invoice.of("dupe", "1", "PAID", 2));
    }

    @Test
    void batchDeleteRemovesEveryKey() {
        List<Invoice> items = WriteFixtures.invoices("bdel", 60);
        invoices.batchPut(items);
        List<Key<Invoice>> keys = new ArrayList<>(items.stream().map(invoices::keyOf).toList());
        keys.add(keys.get(0));

        invoices.batchDelete(keys);

        assertThat(invoices.batchGet(keys)).isEmpty();
    }

    @Test
    void unprocessedItemsAreRetriedUntilEveryItemIsWritten() {
        UnprocessingClient client = new UnprocessingClient(BatchTest::lastDigitIs7, 3);
        InvoiceTable flaky = new InvoiceTable(client, invoices.tableName());
        RecordingSleeper sleeper = new RecordingSleeper();
        List<Invoice> items = WriteFixtures.invoices("retry", 100);

        flaky.batchPut(items, BatchPolicy.defaults().withSleeper(sleeper));

        assertThat(invoices.batchGet(items.stream().map(invoices::keyOf).toList())).containsExactlyElementsOf(items);
        assertThat(client.writeCalls.get()).isGreaterThan(4);
        assertThat(sleeper.waits).isNotEmpty().allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(2)));
    }

    @Test
    void unprocessedKeysAreRetriedUntilEveryKeyIsRead() {
        List<Invoice> items = WriteFixtures.invoices("getretry", 250);
        invoices.batchPut(items);
        UnprocessingClient client = new UnprocessingClient(BatchTest::lastDigitIs7, 2);
        InvoiceTable flaky = new InvoiceTable(client, invoices.tableName());

        List<Invoice> read = flaky.batchGet(items.stream().map(invoices::keyOf).toList(),
                BatchPolicy.defaults().withSleeper(new RecordingSleeper()));

        assertThat(read).containsExactlyElementsOf(items);
        assertThat(client.getCalls.get()).isGreaterThan(3);
    }

    @Test
    void exhaustedRetriesReportExactlyTheItemsNotWritten() {
        UnprocessingClient client = new UnprocessingClient(BatchTest::lastDigitIs7, Integer.MAX_VALUE);
        InvoiceTable flaky = new InvoiceTable(client, invoices.tableName());
        RecordingSleeper sleeper = new RecordingSleeper();
        List<Invoice> items = WriteFixtures.invoices("exhaust", 60);
        List<Invoice> stuck = items.stream().filter(i -> i.invoiceId().endsWith("7")).toList();
        List<Invoice> written = items.stream().filter(i -> !i.invoiceId().endsWith("7")).toList();

        assertThatThrownBy(() -> flaky.batchPut(items, BatchPolicy.defaults().withMaxAttempts(4).withSleeper(sleeper)))
                .isInstanceOfSatisfying(BatchWriteIncompleteException.class, e -> {
                    assertThat(e.unprocessedCount()).isEqualTo(stuck.size());
                    assertThat(e.unprocessedItems()).map(WriteFixtures.Invoice_.SCHEMA::fromItem).containsExactlyElementsOf(stuck);
                    assertThat(e.unprocessedDeleteKeys()).isEmpty();
                    assertThat(e.getMessage()).contains("6 of 60 writes undone", "after 4 attempts");
                });
        assertThat(invoices.batchGet(items.stream().map(invoices::keyOf).toList())).containsExactlyElementsOf(written);
        // three chunks (25, 25, 10), each with stuck items: three waits per chunk before giving up
        assertThat(sleeper.waits).hasSize(9);
    }

    @Test
    void exhaustedRetriesOfAGetReportExactlyTheKeysNotRead() {
        List<Invoice> items = WriteFixtures.invoices("getexhaust", 30);
        invoices.batchPut(items);
        InvoiceTable flaky = new InvoiceTable(new UnprocessingClient(BatchTest::lastDigitIs7, Integer.MAX_VALUE), invoices.tableName());

        assertThatThrownBy(() -> flaky.batchGet(items.stream().map(invoices::keyOf).toList(),
                        BatchPolicy.defaults().withMaxAttempts(2).withSleeper(new RecordingSleeper())))
                .isInstanceOfSatisfying(BatchGetIncompleteException.class, e -> {
                    assertThat(e.unprocessedKeys()).extracting(k -> k.get("invoiceId").s())
                            .containsExactlyInAnyOrder("inv-00007", "inv-00017", "inv-00027");
                    assertThat(e.readItems()).hasSize(27);
                });
    }

    @Test
    void backoffWaitsStayUnderTheExponentialCeiling() {
        dev.dynaq.internal.RetrySchedule schedule = BatchPolicy.defaults().schedule();
        for (int retry = 1; retry <= 12; retry++) {
            long ceiling = Math.min(2000, 25L << (retry - 1));
            for (int i = 0; i < 50; i++) {
                assertThat(schedule.delayBefore(retry).toMillis()).isBetween(0L, ceiling);
            }
        }
    }
}
