package dev.dynaq.bench.cold;

import dev.dynaq.bench.Fixtures;
import dev.dynaq.bench.codec.Codec;
import dev.dynaq.bench.codec.Variant;
import dev.dynaq.bench.model.Order;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One cold start, to run in a fresh JVM: prints the nanoseconds from the first use of a contender to
 * its first mapped order, i.e. building its schema (if it has one), mapping an order to an item and
 * the item back. What a Lambda function pays on its first request, before any network call. The
 * order object is built before the clock starts: it is the application's, not the mapper's.
 */
public final class ColdStart {
    private ColdStart() {
    }

    /**
     * @param args the contender: {@code H}, {@code D}, {@code B} or {@code S}
     */
    public static void main(String[] args) {
        Variant variant = Variant.valueOf(args[0]);
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
}
