package dev.dynaq.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.bench.codec.Codec;
import dev.dynaq.bench.codec.Variant;
import dev.dynaq.bench.model.Order;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contenders map the same data to the same objects, so the benchmarks compare equal work: each
 * reads back what it wrote and what every other contender wrote.
 */
class ContendersAgreeTest {
    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyContenderReadsWhatEveryContenderWrites(Variant reader) {
        for (Variant writer : Variant.values()) {
            assertRoundTrip(writer, reader, Variant::small, Fixtures.smallItem());
            assertRoundTrip(writer, reader, Variant::order, Fixtures.order("customer-1", 1));
            assertRoundTrip(writer, reader, Variant::shipment, Fixtures.shipment());
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyContenderQueriesAllItemsAndGetsTheRightOne(Variant variant) {
        QueryPathBenchmark benchmark = new QueryPathBenchmark();
        benchmark.variant = variant;
        benchmark.setUp();
        try {
            long expected = 0;
            for (int i = 0; i < QueryPathBenchmark.ITEMS; i++) {
                expected += Fixtures.order("customer-1", i).getQuantity();
            }
            assertThat(benchmark.query()).isEqualTo(expected);
            Order got = benchmark.get();
            assertThat(got).isEqualTo(Fixtures.order("customer-1", 42));
        } finally {
            benchmark.tearDown();
        }
    }

    private static <T> void assertRoundTrip(Variant writer, Variant reader, Function<Variant, Codec<T>> codec, T value) {
        T read = codec.apply(reader).fromItem(codec.apply(writer).toItem(value));
        assertThat(read).as("%s reading %s's item", reader, writer).isEqualTo(value);
    }
}
