package dev.dynaq.bench.cold;

import com.google.gson.GsonBuilder;
import dev.dynaq.bench.codec.Variant;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link ColdStart} in fresh JVMs, {@code runs} times per contender and measurement, the
 * contenders interleaved so that any drift of the machine hits all of them alike, and writes the
 * times (milliseconds) and their medians as JSON:
 *
 * <ul>
 *   <li>{@code millis}, {@code medianMillis}: the round trip (schema, write, read) with the JDK's
 *       default class-data sharing;
 *   <li>{@code readMillis}, {@code readMedianMillis}, and the main thread's CPU time
 *       {@code readCpuMillis}, {@code readCpuMedianMillis}: the first read from a ready item map;
 *   <li>{@code appCdsReadMillis}, {@code appCdsReadMedianMillis}: the same read with an application
 *       class-data-sharing archive of the contender's classes, made by one training run
 *       ({@code -XX:ArchiveClassesAtExit}, then {@code -XX:SharedArchiveFile}), as a Lambda function
 *       or container image can ship it (only when the class path is all jar files, as the shaded
 *       benchmarks jar is; otherwise the lists stay empty and there are no medians).
 * </ul>
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
        System.out.println("cold start medians (ms): round trip " + result.get("medianMillis") + ", read "
                + result.get("readMedianMillis") + ", read CPU " + result.get("readCpuMedianMillis") + ", read with AppCDS "
                + result.get("appCdsReadMedianMillis"));
    }

    /**
     * @param runs the fresh JVMs per contender and measurement
     * @return the times per measurement and contender, and their medians
     * @throws IOException if a JVM cannot be started
     * @throws InterruptedException if interrupted while waiting for one
     */
    public static Map<String, Object> run(int runs) throws IOException, InterruptedException {
        Map<String, List<Double>> roundTrip = perVariant();
        Map<String, List<Double>> read = perVariant();
        Map<String, List<Double>> readCpu = perVariant();
        Map<String, List<Double>> appCdsRead = perVariant();
        // AppCDS archives only classes from jar files, and refuses a class path with directories (a test run's).
        boolean appCds = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .allMatch(entry -> entry.endsWith(".jar"));
        Path archives = Files.createTempDirectory("dynaq-appcds");
        try {
            for (Variant variant : Variant.values()) {
                if (appCds) {
                    once(variant, "read", "-XX:ArchiveClassesAtExit=" + archive(archives, variant));
                }
            }
            for (int run = 0; run < runs; run++) {
                for (Variant variant : Variant.values()) {
                    roundTrip.get(variant.name()).add(once(variant, "roundtrip", null)[0] / 1e6);
                    long[] times = once(variant, "read", null);
                    read.get(variant.name()).add(times[0] / 1e6);
                    readCpu.get(variant.name()).add(times[1] / 1e6);
                    if (appCds) {
                        appCdsRead.get(variant.name()).add(
                                once(variant, "read", "-XX:SharedArchiveFile=" + archive(archives, variant))[0] / 1e6);
                    }
                }
            }
        } finally {
            for (Variant variant : Variant.values()) {
                Files.deleteIfExists(archive(archives, variant));
            }
            Files.deleteIfExists(archives);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("runs", runs);
        result.put("javaVersion", System.getProperty("java.version"));
        result.put("millis", roundTrip);
        result.put("medianMillis", medians(roundTrip));
        result.put("readMillis", read);
        result.put("readMedianMillis", medians(read));
        result.put("readCpuMillis", readCpu);
        result.put("readCpuMedianMillis", medians(readCpu));
        result.put("appCdsReadMillis", appCdsRead);
        if (appCds) {
            result.put("appCdsReadMedianMillis", medians(appCdsRead));
        }
        return result;
    }

    private static Map<String, List<Double>> perVariant() {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (Variant variant : Variant.values()) {
            times.put(variant.name(), new ArrayList<>());
        }
        return times;
    }

    private static Map<String, Double> medians(Map<String, List<Double>> times) {
        Map<String, Double> medians = new LinkedHashMap<>();
        times.forEach((variant, values) -> medians.put(variant, median(values)));
        return medians;
    }

    private static Path archive(Path directory, Variant variant) {
        return directory.resolve(variant.name() + ".jsa");
    }

    /** @return the printed nanoseconds: wall time, and for {@code read} the main thread's CPU time */
    private static long[] once(Variant variant, String measurement, String jvmOption)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        if (jvmOption != null) {
            command.add(jvmOption);
            command.add("-Xshare:auto");
            command.add("-Xlog:cds=off");
            command.add("-Xlog:cds+dynamic=off");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdStart.class.getName(), variant.name(),
                measurement));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int status = process.waitFor();
        if (status != 0) {
            throw new IllegalStateException("cold start of " + variant + " exited with " + status + ": " + output);
        }
        String[] fields = output.substring(output.lastIndexOf('\n') + 1).trim().split(" ");
        long[] times = new long[fields.length];
        for (int i = 0; i < fields.length; i++) {
            times[i] = Long.parseLong(fields[i]);
        }
        return times;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
