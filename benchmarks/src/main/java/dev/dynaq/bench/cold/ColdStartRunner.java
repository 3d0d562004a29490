package dev.dynaq.bench.cold;

import com.google.gson.GsonBuilder;
import dev.dynaq.bench.codec.Variant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link ColdStart} in fresh JVMs, {@code runs} times per contender, the contenders interleaved
 * so that any drift of the machine hits all of them alike, and writes the times (milliseconds) and
 * their medians as JSON.
 */
public final class ColdStartRunner {
    private ColdStartRunner() {
    }

    /**
     * @param args the number of runs per contender, then the JSON file to write
     * @throws Exception if a JVM cannot be started or fails
     */
    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Map<String, Object> result = run(runs);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().create().toJson(result));
        System.out.println("cold start medians (ms): " + result.get("medianMillis"));
    }

    /**
     * @param runs the fresh JVMs per contender
     * @return {@code runs}, {@code millis} per contender and {@code medianMillis} per contender
     * @throws IOException if a JVM cannot be started
     * @throws InterruptedException if interrupted while waiting for one
     */
    public static Map<String, Object> run(int runs) throws IOException, InterruptedException {
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        for (Variant variant : Variant.values()) {
            millis.put(variant.name(), new ArrayList<>());
        }
        for (int run = 0; run < runs; run++) {
            for (Variant variant : Variant.values()) {
                millis.get(variant.name()).add(once(variant) / 1e6);
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        millis.forEach((variant, times) -> medians.put(variant, median(times)));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("runs", runs);
        result.put("javaVersion", System.getProperty("java.version"));
        result.put("millis", millis);
        result.put("medianMillis", medians);
        return result;
    }

    private static long once(Variant variant) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ColdStart.class.getName(), variant.name())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int status = process.waitFor();
        if (status != 0) {
            throw new IllegalStateException("cold start of " + variant + " exited with " + status + ": " + output);
        }
        return Long.parseLong(output);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
