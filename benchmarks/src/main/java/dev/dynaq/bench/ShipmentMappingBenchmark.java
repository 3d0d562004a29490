package dev.dynaq.bench;

import dev.dynaq.bench.codec.Codec;
import dev.dynaq.bench.codec.Variant;
import dev.dynaq.bench.model.Shipment;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Mapping of the shipment model ({@link Shipment}): object to item ({@code write}) and item to object
 * ({@code read}). Each contender reads the item it wrote itself.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ShipmentMappingBenchmark {
    /** The contender. */
    @Param({"H", "D", "B", "S"})
    public Variant variant;

    private Codec<Shipment> codec;
    private Shipment value;
    private Map<String, AttributeValue> item;

    /** Builds the contender's codec and its item. */
    @Setup
    public void setUp() {
        codec = variant.shipment();
        value = Fixtures.shipment();
        item = codec.toItem(value);
    }

    /** @return the item of the object */
    @Benchmark
    public Map<String, AttributeValue> write() {
        return codec.toItem(value);
    }

    /** @return the object of the item */
    @Benchmark
    public Shipment read() {
        return codec.fromItem(item);
    }
}
