package dev.dynaq.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.InvalidValueException;
import dev.dynaq.Transaction;
import dev.dynaq.testing.DynamoDbLocal;
import dev.dynaq.testing.DynaqTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;

/** DynamoDB's limits, each handled before a request or worked around as documented. */
@DynaqTest(tables = RelItem.class)
class LimitsTest {
    /** Counts requests sent, and the writes of each BatchWriteItem. */
    private static final class Requests implements ExecutionInterceptor {
        final AtomicInteger sent = new AtomicInteger();
        final List<Integer> batchSizes = new ArrayList<>();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            sent.incrementAndGet();
            if (context.request() instanceof BatchWriteItemRequest batch) {
                batchSizes.add(batch.requestItems().values().stream().mapToInt(List::size).sum());
            }
        }
    }

    private static DynamoDbClient counting(Requests requests) {
        return DynamoDbClient.builder()
                .endpointOverride(DynamoDbLocal.shared().endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("limits", "limits")))
                .httpClient(Apache5HttpClient.create())
                .overrideConfiguration(o -> o.addExecutionInterceptor(requests))
                .build();
    }

    private static RelItem sized(String group, int seq, int payloadChars) {
        return new RelItem(group, seq, "x".repeat(payloadChars), 0);
    }

    @Test
    void anItemOver400KbIsRefusedBeforeAnyRequestAndOneJustUnderIsStored(RelItemTable plain) {
        Requests requests = new Requests();
        try (DynamoDbClient client = counting(requests)) {
            RelItemTable table = RelItemTable.create(client);
            RelItem tooBig = sized("big", 1, 400 * 1024);

            assertThatThrownBy(() -> table.put(tooBig)).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("400 KB").hasMessageContaining("payload");
            assertThatThrownBy(() -> table.batchPut(List.of(RelItem.of("g", 1), tooBig))).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> Transaction.write(client).put(table, tooBig).execute())
                    .isInstanceOf(InvalidValueException.class);
            assertThat(requests.sent).as("no request was sent").hasValue(0);

            RelItem justUnder = sized("big", 2, 400 * 1024 - 100);
            table.put(justUnder);
            assertThat(plain.get("big", 2)).contains(justUnder);
            assertThat(plain.get("g", 1)).as("the batch with the big item wrote nothing").isEmpty();
        }
    }

    @Test
    void anEmptyKeyIsRefusedBeforeAnyRequest() {
        Requests requests = new Requests();
        try (DynamoDbClient client = counting(requests)) {
            RelItemTable table = RelItemTable.create(client);
            assertThatThrownBy(() -> table.put(new RelItem("", 1, "p", 0))).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("must not be empty");
            assertThatThrownBy(() -> table.get("", 1)).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> table.delete("", 1)).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> table.queryByGroup("").list()).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> table.batchPut(List.of(RelItem.of("g", 1), new RelItem("", 2, "p", 0))))
                    .isInstanceOf(InvalidValueException.class);
            assertThat(requests.sent).hasValue(0);
        }
    }

    @Test
    void aTransactionTakesAtMost100ActionsAnd100Succeed(RelItemTable table, DynamoDbClient client) {
        Transaction.Write transaction = Transaction.write(client);
        for (int i = 0; i < 100; i++) {
            transaction.put(table, RelItem.of("tx", i));
        }
        assertThatThrownBy(() -> transaction.put(table, RelItem.of("tx", 100))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at most 100 actions");
        assertThat(transaction.size()).isEqualTo(100);

        transaction.execute();
        assertThat(table.queryByGroup("tx").count()).isEqualTo(100);
        assertThat(table.get("tx", 100)).isEmpty();
    }

    @Test
    void batchWritesOfMoreThan25ItemsAreSplitNotFailed(RelItemTable plain) {
        Requests requests = new Requests();
        try (DynamoDbClient client = counting(requests)) {
            RelItemTable table = RelItemTable.create(client);
            List<RelItem> items = IntStream.range(0, 1_001).mapToObj(i -> RelItem.of("split", i)).toList();

            table.batchPut(items);

            assertThat(requests.batchSizes).hasSize(41).allSatisfy(size -> assertThat(size).isBetween(1, 25));
            assertThat(requests.batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1_001);
            assertThat(plain.queryByGroup("split").list()).containsExactlyElementsOf(items);

            table.batchDelete(items.subList(0, 26).stream().map(item -> table.key(item.group(), item.seq())).toList());
            assertThat(plain.queryByGroup("split").count()).isEqualTo(1_001 - 26);
        }
    }
}
