package dev.dynaq.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynaq.bench.codec.Codec;
import dev.dynaq.bench.codec.Variant;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

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
    @ValueSource(strings = {"H", "D", "D-direct", "D-direct-bare", "B"})
    void everyContenderQueriesAllOrders(String variant) {
        QueryPathBenchmark benchmark = new QueryPathBenchmark();
        benchmark.variant = variant;
        benchmark.setUp();
        try {
            long expected = 0;
            for (int i = 0; i < QueryPathBenchmark.ITEMS; i++) {
                expected += Fixtures.order(QueryPathBenchmark.CUSTOMER, i).getQuantity();
            }
            assertThat(benchmark.query()).isEqualTo(expected);
        } finally {
            benchmark.tearDown();
        }
    }

    @ParameterizedTest
    @CsvSource({"H, small", "D, small", "D-direct, small", "D-direct-bare, small", "B, small", "H, order", "D, order",
            "D-direct, order", "D-direct-bare, order", "B, order", "H, large", "D, large", "D-direct, large",
            "D-direct-bare, large", "B, large"})
    void everyContenderScansGetsAndBatchGetsTheSameItems(String variant, String model) {
        ReadPathBenchmark benchmark = new ReadPathBenchmark();
        benchmark.variant = variant;
        benchmark.model = model;
        benchmark.setUp();
        try {
            assertReads(benchmark, ReadModel.named(model));
        } finally {
            benchmark.tearDown();
        }
    }

    private static <T> void assertReads(ReadPathBenchmark benchmark, ReadModel<T> model) {
        long all = 0;
        long batch = 0;
        for (int i = 0; i < model.items(); i++) {
            long use = model.use().applyAsLong(model.object().apply(i));
            all += use;
            batch += i < ReadContender.BATCH_KEYS ? use : 0;
        }
        assertThat(benchmark.scan()).isEqualTo(all);
        assertThat(benchmark.get()).isEqualTo(model.object().apply(ReadContender.GET_ITEM));
        assertThat(benchmark.batchGet()).isEqualTo(batch);
    }

    private static <T> void assertRoundTrip(Variant writer, Variant reader, Function<Variant, Codec<T>> codec, T value) {
        T read = codec.apply(reader).fromItem(codec.apply(writer).toItem(value));
        assertThat(read).as("%s reading %s's item", reader, writer).isEqualTo(value);
    }
}
