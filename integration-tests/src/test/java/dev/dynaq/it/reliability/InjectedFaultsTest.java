package dev.dynaq.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dynaq.BatchGetIncompleteException;
import dev.dynaq.BatchPolicy;
import dev.dynaq.BatchWriteIncompleteException;
import dev.dynaq.Key;
import dev.dynaq.testing.DynaqTest;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Batch loads and reads under throttling, server errors and unprocessed items on about 30 % of calls
 * (seeded, see {@link FaultInjector}): nothing lost, duplicated or altered, and what the retry budget
 * cannot save is reported item by item.
 */
@DynaqTest(tables = RelItem.class)
class InjectedFaultsTest {
    private static final int ITEMS = 10_000;
    private static final BatchPolicy FAST = BatchPolicy.defaults()
            .withMaxAttempts(25).withBaseDelay(Duration.ofMillis(1)).withMaxDelay(Duration.ofMillis(20));

    private static List<RelItem> items(int count) {
        return IntStream.range(0, count).mapToObj(i -> RelItem.of("g" + (i % 40), i)).toList();
    }

    private static Map<String, AttributeValue> keyOf(RelItem item) {
        return RelItem_.SCHEMA.primaryKey(item);
    }

    private static List<RelItem> stored(DynamoDbClient client) {
        return RelItemTable.create(client).scan().list();
    }

    @Test
    void tenThousandItemsArePutAndReadExactlyOnceDespiteFaults(DynamoDbClient plain) {
        FaultInjector faults = new FaultInjector(20260307L, 0.20, 0.15);
        List<RelItem> items = items(ITEMS);
        List<Key<RelItem>> keys = items.stream().map(item -> Key.<RelItem>fromMap(keyOf(item))).toList();
        long started = System.nanoTime();
        try (DynamoDbClient client = faults.client(2)) {
            RelItemTable table = RelItemTable.create(client);

            table.batchPut(items, FAST);
            String afterPut = faults.toString();
            List<RelItem> read = table.batchGet(keys, FAST);

            assertThat(stored(plain)).hasSize(ITEMS).containsExactlyInAnyOrderElementsOf(items);
            assertThat(read).as("batchGet returns the items in key order").containsExactlyElementsOf(items);
            assertThat(faults.faults()).as("faults were injected").isGreaterThan(100);
            System.out.printf("[reliability] faults: 10,000-item batchPut: %s; with the 10,000-key batchGet: %s; %d ms%n",
                    afterPut, faults, (System.nanoTime() - started) / 1_000_000);
        }
    }

    @Test
    void beyondTheRetryBudgetExactlyTheMissingItemsAndKeysAreReported(DynamoDbClient plain) {
        FaultInjector faults = new FaultInjector(7L, 0.30, 0.30);
        BatchPolicy twoAttempts = FAST.withMaxAttempts(2);
        List<RelItem> items = items(2_000);
        try (DynamoDbClient client = faults.client(1)) {
            RelItemTable table = RelItemTable.create(client);

            BatchWriteIncompleteException write = catchThrowableOfType(BatchWriteIncompleteException.class,
                    () -> table.batchPut(items, twoAttempts));

            assertThat(write).isNotNull();
            Set<Map<String, AttributeValue>> missing = write.unprocessedItems().stream()
                    .map(item -> keyOf(RelItem_.SCHEMA.fromItem(item))).collect(Collectors.toSet());
            assertThat(write.unprocessedItems()).as("reported items are the items given, unaltered")
                    .allSatisfy(item -> assertThat(items).contains(RelItem_.SCHEMA.fromItem(item)))
                    .hasSize(missing.size());
            List<RelItem> stored = stored(plain);
            Set<Map<String, AttributeValue>> storedKeys = stored.stream().map(InjectedFaultsTest::keyOf).collect(Collectors.toSet());
            assertThat(storedKeys).doesNotContainAnyElementsOf(missing).hasSize(items.size() - missing.size());
            assertThat(items).containsAll(stored);

            List<Key<RelItem>> keys = items.stream().map(item -> Key.<RelItem>fromMap(keyOf(item))).toList();
            BatchGetIncompleteException get = catchThrowableOfType(BatchGetIncompleteException.class,
                    () -> table.batchGet(keys, twoAttempts));

            assertThat(get).isNotNull();
            Set<Map<String, AttributeValue>> readKeys = new HashSet<>();
            get.readItems().forEach(item -> {
                RelItem read = RelItem_.SCHEMA.fromItem(item);
                assertThat(stored).contains(read);
                assertThat(readKeys.add(keyOf(read))).as("read once").isTrue();
            });
            Set<Map<String, AttributeValue>> unread = new HashSet<>(get.unprocessedKeys());
            assertThat(unread).hasSize(get.unprocessedKeys().size()).doesNotContainAnyElementsOf(readKeys);
            Set<Map<String, AttributeValue>> storedButNotRead = new HashSet<>(storedKeys);
            storedButNotRead.removeAll(readKeys);
            assertThat(unread).as("every stored item not read is reported").containsAll(storedButNotRead);
            System.out.printf("[reliability] faults, 2-attempt budget on 2,000 items: %d writes and %d keys reported; %s%n",
                    write.unprocessedCount(), get.unprocessedCount(), faults);
        }
    }
}
