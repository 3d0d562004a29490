package dev.dynaq.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.ConditionFailedException;
import dev.dynaq.Dynaq;
import dev.dynaq.TableNames;
import dev.dynaq.testing.DynamoDbLocal;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The meters recorded for real DynamoDB Local traffic of a generated table. */
class MicrometerRequestListenerTest {
    private static final DynamoDbLocal DB = DynamoDbLocal.shared();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private ShipmentTable shipments;

    @BeforeEach
    void createTable() {
        Dynaq dynaq = Dynaq.builder()
                .client(DB.client())
                .tableNames(TableNames.prefix("metrics_"))
                .requestListener(new MicrometerRequestListener(registry, Tags.of("app", "shop")))
                .build();
        shipments = ShipmentTable.create(dynaq);
        shipments.createTable();
        registry.clear();
    }

    @AfterEach
    void dropTable() {
        DB.deleteTable("metrics_shipments");
    }

    private Timer timer(String operation, String index, String outcome, String exception) {
        return registry.get(MicrometerRequestListener.REQUESTS)
                .tags("operation", operation, "table", "metrics_shipments", "index", index, "outcome", outcome,
                        "exception", exception, "app", "shop")
                .timer();
    }

    private double counter(String name, String operation, String index) {
        Counter counter = registry.find(name).tags("operation", operation, "table", "metrics_shipments", "index", index)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void requestsAreTimedAndTheirItemsCountedByTableIndexAndOperation() {
        IntStream.range(0, 6).forEach(i -> shipments.put(new Shipment("o1", "s" + i, i % 2 == 0 ? "ups" : "dhl", i)));
        assertThat(shipments.get("o1", "s1")).isPresent();
        assertThat(shipments.get("o1", "none")).isEmpty();
        assertThat(shipments.queryByOrderId("o1").pageSize(4).list()).hasSize(6);
        assertThat(shipments.queryByCarrier("ups").list()).hasSize(3);

        assertThat(timer("PutItem", "none", "SUCCESS", "none").count()).isEqualTo(6);
        assertThat(timer("GetItem", "none", "SUCCESS", "none").count()).isEqualTo(2);
        assertThat(timer("Query", "none", "SUCCESS", "none").count()).isEqualTo(2);
        assertThat(timer("Query", "by_carrier", "SUCCESS", "none").count()).isEqualTo(1);
        assertThat(timer("PutItem", "none", "SUCCESS", "none").totalTime(TimeUnit.NANOSECONDS)).isPositive();
        assertThat(counter(MicrometerRequestListener.ITEMS, "PutItem", "none")).isEqualTo(6);
        assertThat(counter(MicrometerRequestListener.ITEMS, "GetItem", "none")).isEqualTo(1);
        assertThat(counter(MicrometerRequestListener.ITEMS, "Query", "none")).isEqualTo(6);
        assertThat(counter(MicrometerRequestListener.ITEMS, "Query", "by_carrier")).isEqualTo(3);
        assertThat(registry.find(MicrometerRequestListener.CAPACITY).counter()).isNull();
    }

    @Test
    void failuresAreTimedWithTheirOutcomeAndException() {
        shipments.put(new Shipment("o1", "s1", "ups", 1));
        assertThatThrownBy(() -> shipments.put(new Shipment("o1", "s1", "ups", 2), Shipment_.carrier.eq("dhl")))
                .isInstanceOf(ConditionFailedException.class);

        assertThat(timer("PutItem", "none", "SUCCESS", "none").count()).isEqualTo(1);
        assertThat(timer("PutItem", "none", "CLIENT_ERROR", "ConditionalCheckFailedException").count()).isEqualTo(1);
        assertThat(counter(MicrometerRequestListener.ITEMS, "PutItem", "none")).isEqualTo(1);
    }

    @Test
    void consumedCapacityIsCountedWhenReturned() {
        IntStream.range(0, 3).forEach(i -> shipments.put(new Shipment("o1", "s" + i, "ups", i)));
        long counted = shipments.queryByOrderId("o1").returnConsumedCapacity().count();
        double expected = shipments.queryByOrderId("o1").returnConsumedCapacity().fetchPage(10).consumedCapacity()
                .orElseThrow().capacityUnits();

        assertThat(counted).isEqualTo(3);
        assertThat(counter(MicrometerRequestListener.CAPACITY, "Query", "none")).isEqualTo(2 * expected).isPositive();
    }

    @Test
    void batchWritesCountTheirItems() {
        shipments.batchPut(IntStream.range(0, 30).mapToObj(i -> new Shipment("o1", "s" + i, "ups", i)).toList());
        assertThat(shipments.batchGet(List.of(shipments.key("o1", "s1"), shipments.key("o1", "s2")))).hasSize(2);

        assertThat(timer("BatchWriteItem", "none", "SUCCESS", "none").count()).isEqualTo(2);
        assertThat(counter(MicrometerRequestListener.ITEMS, "BatchWriteItem", "none")).isEqualTo(30);
        assertThat(counter(MicrometerRequestListener.ITEMS, "BatchGetItem", "none")).isEqualTo(2);
        assertThat(counter(MicrometerRequestListener.UNPROCESSED, "BatchWriteItem", "none")).isZero();
    }

    @Test
    void aDynaqThatAsksForCapacityGetsItCountedForEveryOperation() {
        ShipmentTable asking = ShipmentTable.create(Dynaq.builder()
                .client(DB.client())
                .tableNames(TableNames.prefix("metrics_"))
                .requestListener(new MicrometerRequestListener(registry))
                .returnConsumedCapacity(true)
                .build());

        asking.put(new Shipment("o1", "s1", "ups", 1));
        asking.put(new Shipment("o1", "s2", "ups", 2));
        assertThat(asking.get("o1", "s1")).isPresent();
        assertThat(asking.queryByOrderId("o1").fetchPage(10).consumedCapacity()).isPresent();
        asking.batchPut(List.of(new Shipment("o2", "s1", "dhl", 1), new Shipment("o2", "s2", "dhl", 1), new Shipment("o2", "s3", "dhl", 1)));
        asking.delete("o1", "s2");

        // a write of a small item costs one unit in the table and one in index by_carrier
        assertThat(counter(MicrometerRequestListener.CAPACITY, "PutItem", "none")).isEqualTo(4.0);
        assertThat(counter(MicrometerRequestListener.CAPACITY, "GetItem", "none")).isEqualTo(0.5);
        assertThat(counter(MicrometerRequestListener.CAPACITY, "Query", "none")).isEqualTo(0.5);
        assertThat(counter(MicrometerRequestListener.CAPACITY, "BatchWriteItem", "none")).isEqualTo(6.0);
        assertThat(counter(MicrometerRequestListener.CAPACITY, "DeleteItem", "none")).isEqualTo(2.0);
    }
}
