package dev.dynaq.examples.single;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.examples.DemoData;
import dev.dynaq.examples.model.Order;
import dev.dynaq.examples.model.OrderStatus;
import dev.dynaq.testing.DynamoDbLocal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** The demo's single-table part, its findings checked against the data set computed in memory. */
class SingleTableTourTest {

    @Test
    void theCustomerWithTheLatestOrdersAndOrdersByStatus() {
        DemoData data = DemoData.generate(7, 40);
        try {
            // DemoTest may have loaded its own data set into the table in this JVM
            StoreTable.create(DynamoDbLocal.shared().client()).deleteTable();
        } catch (ResourceNotFoundException absent) {
            // first in this JVM
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SingleTableTour.Result result;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            result = SingleTableTour.run(DynamoDbLocal.shared().client(), data, out);
        }
        List<Order> own = data.orders().stream().filter(order -> order.customerId().equals(result.customerId()))
                .sorted(Comparator.comparing(Order::createdAt).thenComparing(Order::orderId).reversed())
                .toList();
        String name = data.customers().stream().filter(c -> c.customerId().equals(result.customerId()))
                .findFirst().orElseThrow().name();

        assertThat(result.customerName()).isEqualTo(name);
        assertThat(result.latestOrderIds()).containsExactlyElementsOf(
                own.stream().limit(5).map(Order::orderId).toList());
        assertThat(result.linesOfNewest()).isEqualTo(own.get(0).lines().size());
        assertThat(result.pendingSince()).isEqualTo(data.orders().stream()
                .filter(order -> order.status() == OrderStatus.PENDING && !order.createdAt().isBefore(result.since()))
                .count());
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Single-table design: table demo_store holds 40"
                + " customers");
    }
}
