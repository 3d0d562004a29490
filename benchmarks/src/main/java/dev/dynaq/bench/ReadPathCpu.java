package dev.dynaq.bench;

import com.google.gson.GsonBuilder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The read-path operations of {@link QueryPathBenchmark} and {@link ReadPathBenchmark}, timed by the
 * CPU time of the measuring thread instead of the wall clock, with the contenders interleaved
 * operation by operation: a cross-check of the JMH times for a machine so loaded that wall-clock
 * iterations mostly measure waiting (other processes only ever add wall time; they add CPU time only
 * through cache effects). The JVM's own GC and JIT threads are not counted, for any contender.
 *
 * <p>Usage: {@code ReadPathCpu <rounds> <out.json>}: after {@code rounds / 3} warm-up rounds, the
 * median CPU microseconds per operation of {@code rounds} rounds, per operation and contender.
 */
public final class ReadPathCpu {
    private ReadPathCpu() {
    }

    /**
     * @param args the rounds, then the JSON file to write
     * @throws Exception if the file cannot be written
     */
    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        Map<String, Map<String, Double>> medians = new LinkedHashMap<>();
        medians.put("query/order", measure(rounds, variant -> {
            QueryPathBenchmark benchmark = new QueryPathBenchmark();
            benchmark.variant = variant;
            benchmark.setUp();
            return benchmark::query;
        }));
        for (String operation : List.of("scan", "get", "batchGet")) {
            for (String model : List.of("small", "order", "large")) {
                medians.put(operation + "/" + model, measure(operation.equals("scan") ? rounds : rounds * 10, variant -> {
                    ReadPathBenchmark benchmark = new ReadPathBenchmark();
                    benchmark.variant = variant;
                    benchmark.model = model;
                    benchmark.setUp();
                    return switch (operation) {
                        case "scan" -> benchmark::scan;
                        case "get" -> () -> benchmark.get().hashCode();
                        default -> benchmark::batchGet;
                    };
                }));
                System.out.println(operation + "/" + model + ": " + medians.get(operation + "/" + model));
            }
        }
        Path out = Path.of(args[1]);
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().create().toJson(medians));
    }

    /** Builds a contender's operation. */
    interface Setup {
        LongSupplier operation(String variant);
    }

    private static Map<String, Double> measure(int rounds, Setup setup) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, LongSupplier> operations = new LinkedHashMap<>();
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (String variant : ReadContender.ALL_NAMES) {
            operations.put(variant, setup.operation(variant));
            times.put(variant, new ArrayList<>());
        }
        long sink = 0;
        int warmUp = Math.max(1, rounds / 3);
        for (int round = 0; round < warmUp + rounds; round++) {
            for (Map.Entry<String, LongSupplier> operation : operations.entrySet()) {
                long start = threads.getCurrentThreadCpuTime();
                sink += operation.getValue().getAsLong();
                long cpu = threads.getCurrentThreadCpuTime() - start;
                if (round >= warmUp) {
                    times.get(operation.getKey()).add(cpu / 1e3);
                }
            }
        }
        if (sink == 42) {
            System.out.println();
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        times.forEach((variant, values) -> {
            List<Double> sorted = values.stream().sorted().toList();
            medians.put(variant, sorted.get(sorted.size() / 2));
        });
        return medians;
    }
}
