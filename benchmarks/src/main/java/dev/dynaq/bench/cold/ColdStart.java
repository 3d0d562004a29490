package dev.dynaq.bench.cold;

import dev.dynaq.bench.Fixtures;
import dev.dynaq.bench.codec.Codec;
import dev.dynaq.bench.codec.Variant;
import dev.dynaq.bench.model.Order;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One cold start, to run in a fresh JVM. Two measurements:
 *
 * <ul>
 *   <li>{@code roundtrip} (the default): the nanoseconds from the first use of a contender to its first
 *       mapped order, i.e. building its schema (if it has one), mapping an order to an item and the
 *       item back. The order object is built before the clock starts: it is the application's.
 *   <li>{@code read}: what a Lambda function pays to read its first item, measured the way it pays
 *       it: from the first use of a contender to the first order read from a ready
 *       {@code Map<String, AttributeValue>}. The item is built before the clock starts, by plain SDK
 *       calls (no writing, no parsing by the harness); its instant is in the fixed-width form Dynaq
 *       writes, which every contender's parser reads. Prints the wall time and the main thread's
 *       CPU time (less disturbed by other processes on a busy machine).
 * </ul>
 */
public final class ColdStart {
    private ColdStart() {
    }

    /**
     * @param args the contender ({@code H}, {@code D}, {@code B} or {@code S}), then optionally
     *     {@code roundtrip} or {@code read}
     */
    public static void main(String[] args) {
        Variant variant = Variant.valueOf(args[0]);
        if (args.length > 1 && args[1].equals("read")) {
            read(variant);
            return;
        }
        Order order = Fixtures.order("customer-1", 1);
        long start = System.nanoTime();
        Codec<Order> codec = variant.order();
        Map<String, AttributeValue> item = codec.toItem(order);
        Order mapped = codec.fromItem(item);
        long elapsed = System.nanoTime() - start;
        if (!mapped.equals(order)) {
            throw new IllegalStateException(variant + " did not map the order back to an equal order");
        }
        System.out.println(elapsed);
    }

    private static void read(Variant variant) {
        Map<String, AttributeValue> item = storedOrder();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Order read = variant.order().fromItem(item);
        long elapsed = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        if (!read.equals(Fixtures.order("customer-1", 1))) {
            throw new IllegalStateException(variant + " did not read the stored order");
        }
        System.out.println(elapsed + " " + cpu);
    }

    /** @return order 1 of {@link Fixtures#order} as stored, built with the SDK's factories */
    static Map<String, AttributeValue> storedOrder() {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("customerId", AttributeValue.fromS("customer-1"));
        item.put("orderId", AttributeValue.fromS("order-000001"));
        item.put("status", AttributeValue.fromS("PAID"));
        item.put("createdAt", AttributeValue.fromS("2026-03-01T10:16:31.123000000Z"));
        item.put("total", AttributeValue.fromN("129.91"));
        item.put("quantity", AttributeValue.fromN("2"));
        item.put("gift", AttributeValue.fromBool(false));
        item.put("tags", AttributeValue.fromSs(List.of("priority", "web", "region-1")));
        item.put("items", AttributeValue.fromL(List.of(AttributeValue.fromS("sku-1"), AttributeValue.fromS("sku-2"),
                AttributeValue.fromS("sku-3"), AttributeValue.fromS("sku-4"))));
        item.put("attributes", AttributeValue.fromM(Map.of("channel", AttributeValue.fromS("web"),
                "coupon", AttributeValue.fromS("SPRING1"), "warehouse", AttributeValue.fromS("fra-1"))));
        item.put("version", AttributeValue.fromN("7"));
        return item;
    }
}
