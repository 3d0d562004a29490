package dev.dynaq.bench.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Turns the JMH JSON output and the cold-start JSON into the Markdown tables of
 * {@code docs/BENCHMARKS.md} (best iterations, means and errors, allocation, ratios against H, goals)
 * and a bar chart of the time ratios against H. Deterministic: the same JSON gives the same tables
 * and the same image.
 *
 * <p>Usage: {@code Report <jmh.json> <cold-start.json> <tables.md> <chart.png>}.
 */
public final class Report {
    private static final List<String> VARIANTS = List.of("H", "D", "B", "S");
    /** The contenders of the read path through the SDK client. */
    private static final List<String> READ_VARIANTS = List.of("H", "D", "D-direct", "B");
    private static final Map<String, String> READ_MODELS = orderedMap(
            "small", "small items", "order", "orders", "large", "large shipments");
    private static final List<String> MODELS = List.of("SmallItem", "Order", "Shipment");
    private static final Map<String, String> MODEL_NAMES = Map.of(
            "SmallItem", "small (4 attributes)", "Order", "order (12 attributes)", "Shipment", "large nested");
    /** The javac variants of the processor benchmark, in table order, with what each row shows. */
    private static final Map<String, String> PROCESSOR_VARIANTS = orderedMap(
            "plain", "javac alone (`-proc:none`)",
            "dynaq", "javac with the Dynaq processor",
            "dynaq-sync", "javac with the Dynaq processor, `-Adynaq.asyncTables=false`",
            "generated", "javac alone on the records and the sources Dynaq generates for them",
            "recordbuilder", "reference: javac with RecordBuilder 52 (a builder per record)");
    private static final Map<String, Color> COLORS = Map.of(
            "D", new Color(0x2E7D32), "B", new Color(0xC62828), "S", new Color(0xEF6C00), "D-direct", new Color(0x1565C0));

    /**
     * One JMH result: the mean score and its 99.9% error in the benchmark's unit, the best (lowest)
     * iteration of all forks, and the bytes allocated per operation.
     */
    record Result(double score, double error, String unit, double best, double allocated) {
    }

    /** What a table cell shows. */
    private enum Measure {
        /** The best iteration: on a shared machine, other work only ever adds time to an iteration. */
        BEST,
        /** The mean and its error, as JMH reports them. */
        MEAN,
        /** Bytes allocated per operation. */
        ALLOCATION
    }

    private final Map<String, Result> results = new LinkedHashMap<>();
    private final Map<String, Double> coldMedians = new LinkedHashMap<>();
    private final Map<String, List<Double>> coldMillis = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> coldReadMedians = new LinkedHashMap<>();
    private int coldReadRuns;

    private Report() {
    }

    /**
     * @param args the JMH JSON, the cold-start JSON, the Markdown file and the PNG file to write
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Report report = read(Path.of(args[0]), Path.of(args[1]));
        String markdown = report.markdown();
        Files.writeString(Path.of(args[2]), markdown);
        System.out.print(markdown);
        report.chart(Path.of(args[3]));
    }

    /**
     * @param jmh the JMH JSON output ({@code -rf json})
     * @param coldStart the output of {@code ColdStartRunner}
     * @return the report
     * @throws IOException if a file cannot be read
     */
    static Report read(Path jmh, Path coldStart) throws IOException {
        Report report = new Report();
        JsonArray runs = JsonParser.parseString(Files.readString(jmh)).getAsJsonArray();
        for (JsonElement element : runs) {
            JsonObject run = element.getAsJsonObject();
            String benchmark = run.get("benchmark").getAsString();
            String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            JsonObject params = run.getAsJsonObject("params");
            String variant = params.has("variant") ? params.get("variant").getAsString()
                    : params.get("javac").getAsString();
            JsonObject primary = run.getAsJsonObject("primaryMetric");
            double allocated = Double.NaN;
            JsonObject secondary = run.getAsJsonObject("secondaryMetrics");
            if (secondary != null) {
                for (Map.Entry<String, JsonElement> metric : secondary.entrySet()) {
                    if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
                        allocated = number(metric.getValue().getAsJsonObject().get("score"));
                    }
                }
            }
            double best = Double.NaN;
            for (JsonElement fork : primary.getAsJsonArray("rawData")) {
                for (JsonElement iteration : fork.getAsJsonArray()) {
                    best = Double.isNaN(best) ? iteration.getAsDouble() : Math.min(best, iteration.getAsDouble());
                }
            }
            String model = params.has("model") ? "/" + params.get("model").getAsString() : "";
            report.results.put(name + "/" + variant + model, new Result(number(primary.get("score")),
                    number(primary.get("scoreError")), primary.get("scoreUnit").getAsString(), best, allocated));
        }
        JsonObject cold = JsonParser.parseString(Files.readString(coldStart)).getAsJsonObject();
        for (Map.Entry<String, JsonElement> entry : cold.getAsJsonObject("medianMillis").entrySet()) {
            report.coldMedians.put(entry.getKey(), entry.getValue().getAsDouble());
        }
        report.coldReadRuns = cold.has("readRuns") ? cold.get("readRuns").getAsInt() : cold.get("runs").getAsInt();
        for (String measurement : List.of("readMedianMillis", "readCpuMedianMillis", "appCdsReadMedianMillis")) {
            Map<String, Double> medians = new LinkedHashMap<>();
            if (cold.has(measurement)) {
                cold.getAsJsonObject(measurement).entrySet().forEach(e -> medians.put(e.getKey(), e.getValue().getAsDouble()));
            }
            report.coldReadMedians.put(measurement, medians);
        }
        for (Map.Entry<String, JsonElement> entry : cold.getAsJsonObject("millis").entrySet()) {
            List<Double> times = new ArrayList<>();
            entry.getValue().getAsJsonArray().forEach(t -> times.add(t.getAsDouble()));
            report.coldMillis.put(entry.getKey(), times);
        }
        return report;
    }

    /** JMH writes "NaN" as a string when an error cannot be computed (a single iteration). */
    private static double number(JsonElement element) {
        return element.getAsJsonPrimitive().isNumber() ? element.getAsDouble() : Double.NaN;
    }

    /** @return the Markdown tables */
    String markdown() {
        StringBuilder md = new StringBuilder();
        mappingTable(md, "Mapping time, best iteration (ns/op, lower is better; ratio to H)", Measure.BEST);
        mappingTable(md, "Mapping time, mean ± 99.9% error (ns/op; ratio of the means to H)", Measure.MEAN);
        mappingTable(md, "Mapping allocation (bytes/op; ratio to H)", Measure.ALLOCATION);
        readTable(md, "Read path through the SDK client, best iteration (µs/op; ratio to H, the raw SDK client)",
                Measure.BEST);
        readTable(md, "Read path, mean ± 99.9% error (µs/op; ratio of the means to H)", Measure.MEAN);
        readTable(md, "Read path allocation (bytes/op; ratio to H)", Measure.ALLOCATION);
        md.append("### Cold start to the first mapped order (ms, median of ").append(runs())
                .append(" fresh JVMs per contender; ratio to H)\n\n");
        md.append("| | H | D | B | S |\n|---|---:|---:|---:|---:|\n| median |");
        for (String variant : VARIANTS) {
            md.append(' ').append(format(coldMedians.get(variant))).append(ratio(coldMedians.get(variant),
                    coldMedians.get("H"), variant)).append(" |");
        }
        md.append("\n| min - max |");
        for (String variant : VARIANTS) {
            List<Double> times = coldMillis.get(variant);
            md.append(' ').append(format(times.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN)))
                    .append(" - ").append(format(times.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)))
                    .append(" |");
        }
        md.append("\n\n### Cold start to the first order read from a ready item map (ms, median of ").append(coldReadRuns)
                .append(" fresh JVMs per contender; ratio to H)\n\n")
                .append("| | H | D | B | S |\n|---|---:|---:|---:|---:|\n");
        coldReadRow(md, "wall time, default class-data sharing", "readMedianMillis");
        coldReadRow(md, "main thread CPU time, default class-data sharing", "readCpuMedianMillis");
        coldReadRow(md, "wall time, with an AppCDS archive of the application", "appCdsReadMedianMillis");
        md.append("\n\n### Processor cost: javac on 200 entities, in-process (ms/op; ratio to javac alone)\n\n")
                .append("| javac on the 200 records | best iteration | mean ± error |\n|---|---:|---:|\n");
        Result plain = results.get("ProcessorBenchmark.compile/plain");
        Result dynaq = results.get("ProcessorBenchmark.compile/dynaq");
        for (Map.Entry<String, String> variant : PROCESSOR_VARIANTS.entrySet()) {
            Result result = results.get("ProcessorBenchmark.compile/" + variant.getKey());
            md.append("| ").append(variant.getValue()).append(" | ").append(format(best(result)))
                    .append(ratio(best(result), best(plain), variant.getKey())).append(" | ").append(cell(result))
                    .append(ratio(score(result), score(plain), variant.getKey())).append(" |\n");
        }
        md.append("\n### Goals (D against H, same run)\n\n")
                .append("| goal | D/H, best iterations | D/H, means | met (best iterations) |\n|---|---:|---:|---|\n");
        for (String model : MODELS) {
            for (String direction : List.of("write", "read")) {
                String key = model + "MappingBenchmark." + direction;
                goal(md, MODEL_NAMES.get(model) + " " + direction + " time ≤ 1.05×", ratio(key, Measure.BEST),
                        ratio(key, Measure.MEAN), 1.05);
                double allocation = ratio(key, Measure.ALLOCATION);
                goal(md, MODEL_NAMES.get(model) + " " + direction + " allocation ≤ 1.1×", allocation, allocation, 1.1);
            }
        }
        double cold = coldMedians.get("D") / coldMedians.get("H");
        goal(md, "cold start ≤ 1.5× (medians)", cold, cold, 1.5);
        Map<String, Double> read = coldReadMedians.get("readMedianMillis");
        double coldRead = read.containsKey("D") ? read.get("D") / read.get("H") : Double.NaN;
        Map<String, Double> readCpu = coldReadMedians.get("readCpuMedianMillis");
        double coldReadCpu = readCpu.containsKey("D") ? readCpu.get("D") / readCpu.get("H") : Double.NaN;
        goal(md, "cold first read from an item map ≤ 1.5× (medians; wall, CPU)", coldRead, coldReadCpu, 1.5);
        goal(md, "query path ≤ 1.05× raw SDK", ratio("QueryPathBenchmark.query", Measure.BEST),
                ratio("QueryPathBenchmark.query", Measure.MEAN), 1.05);
        goal(md, "get ≤ 1.05× raw SDK", readRatio("ReadPathBenchmark.get/order", "D", Measure.BEST),
                readRatio("ReadPathBenchmark.get/order", "D", Measure.MEAN), 1.05);
        goal(md, "processor ≤ 1.5× plain javac", best(dynaq) / best(plain), score(dynaq) / score(plain), 1.5);
        md.append("\n### Goals of direct decoding (D-direct against H, same run)\n\n")
                .append("| goal | D-direct/H, best iterations | D-direct/H, means | met (best iterations) |\n")
                .append("|---|---:|---:|---|\n");
        for (Map.Entry<String, String> operation : readOperations().entrySet()) {
            String key = operation.getKey();
            goal(md, operation.getValue() + ": time ≤ 1/1.5 (0.67×)", directRatio(key, Measure.BEST),
                    directRatio(key, Measure.MEAN), 1 / 1.5);
            double allocation = directRatio(key, Measure.ALLOCATION);
            goal(md, operation.getValue() + ": allocation ≤ 0.6×", allocation, allocation, 0.6);
        }
        return md.toString();
    }

    /** @return the read-path results' keys (benchmark, without the contender) and their row labels */
    private static Map<String, String> readOperations() {
        Map<String, String> operations = new LinkedHashMap<>();
        operations.put("QueryPathBenchmark.query", "query 10,000 orders (4 pages), stream");
        for (String operation : List.of("scan", "get", "batchGet")) {
            for (Map.Entry<String, String> model : READ_MODELS.entrySet()) {
                String label = switch (operation) {
                    case "scan" -> "scan " + (model.getKey().equals("large") ? "1,000 " : "10,000 ") + model.getValue()
                            + " (4 pages)";
                    case "get" -> "get one of the " + model.getValue();
                    default -> "batch get 100 " + model.getValue();
                };
                operations.put("ReadPathBenchmark." + operation + "/" + model.getKey(), label);
            }
        }
        return operations;
    }

    private double directRatio(String key, Measure measure) {
        return readRatio(key, "D-direct", measure);
    }

    private double readRatio(String key, String variant, Measure measure) {
        return value(readResult(key, variant), measure) / value(readResult(key, "H"), measure);
    }

    /** @return the result of {@code key} ({@code benchmark} or {@code benchmark/model}) for the contender */
    private Result readResult(String key, String variant) {
        int model = key.indexOf('/');
        return model < 0 ? results.get(key + "/" + variant)
                : results.get(key.substring(0, model) + "/" + variant + key.substring(model));
    }

    private void readTable(StringBuilder md, String title, Measure measure) {
        md.append("### ").append(title).append("\n\n");
        md.append("| operation | H | D | D-direct | B |\n|---|---:|---:|---:|---:|\n");
        for (Map.Entry<String, String> operation : readOperations().entrySet()) {
            md.append("| ").append(operation.getValue()).append(" |");
            Result h = readResult(operation.getKey(), "H");
            for (String variant : READ_VARIANTS) {
                Result r = readResult(operation.getKey(), variant);
                String shown = measure == Measure.MEAN ? cell(r) : format(value(r, measure));
                md.append(' ').append(shown).append(ratio(value(r, measure), value(h, measure), variant)).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private void coldReadRow(StringBuilder md, String label, String measurement) {
        Map<String, Double> medians = coldReadMedians.get(measurement);
        md.append("| ").append(label).append(" |");
        for (String variant : VARIANTS) {
            md.append(' ').append(format(medians.get(variant))).append(ratio(medians.get(variant), medians.get("H"), variant))
                    .append(" |");
        }
        md.append('\n');
    }

    private void mappingTable(StringBuilder md, String title, Measure measure) {
        md.append("### ").append(title).append("\n\n");
        header(md, "model, direction");
        for (String model : MODELS) {
            for (String direction : List.of("write", "read")) {
                row(md, MODEL_NAMES.get(model) + ", " + direction, model + "MappingBenchmark." + direction, measure);
            }
        }
        md.append('\n');
    }

    private int runs() {
        return coldMillis.values().stream().mapToInt(List::size).max().orElse(0);
    }

    private double ratio(String key, Measure measure) {
        return value(results.get(key + "/D"), measure) / value(results.get(key + "/H"), measure);
    }

    private static double value(Result result, Measure measure) {
        if (result == null) {
            return Double.NaN;
        }
        return switch (measure) {
            case BEST -> result.best();
            case MEAN -> result.score();
            case ALLOCATION -> result.allocated();
        };
    }

    private static void goal(StringBuilder md, String goal, double best, double mean, double limit) {
        md.append("| ").append(goal).append(" | ").append(format(best)).append("× | ").append(format(mean))
                .append("× | ").append(Double.isNaN(best) ? "not measured" : best <= limit ? "yes" : "**no**")
                .append(" |\n");
    }

    private static void header(StringBuilder md, String first) {
        md.append("| ").append(first).append(" | H | D | B | S |\n|---|---:|---:|---:|---:|\n");
    }

    private void row(StringBuilder md, String label, String key, Measure measure) {
        md.append("| ").append(label).append(" |");
        Result h = results.get(key + "/H");
        for (String variant : VARIANTS) {
            Result r = results.get(key + "/" + variant);
            String shown = measure == Measure.MEAN ? cell(r) : format(value(r, measure));
            md.append(' ').append(shown).append(ratio(value(r, measure), value(h, measure), variant)).append(" |");
        }
        md.append('\n');
    }

    private static String ratio(Double value, Double reference, String variant) {
        if (variant.equals("H") || variant.equals("plain") || value == null || reference == null) {
            return "";
        }
        return " (" + format(value / reference) + "×)";
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static double score(Result result) {
        return value(result, Measure.MEAN);
    }

    private static double best(Result result) {
        return value(result, Measure.BEST);
    }

    private static String cell(Result result) {
        if (result == null) {
            return "-";
        }
        return Double.isNaN(result.error()) ? format(result.score())
                : format(result.score()) + " ± " + format(result.error());
    }

    private static String format(Double value) {
        if (value == null || value.isNaN()) {
            return "-";
        }
        double v = value;
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (Math.abs(v) >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** Writes the bar chart of D's, B's and S's time ratios to H, on a logarithmic axis. */
    void chart(Path png) throws IOException {
        List<String> categories = new ArrayList<>();
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (String variant : VARIANTS.subList(1, VARIANTS.size())) {
            series.put(variant, new ArrayList<>());
        }
        for (String model : MODELS) {
            for (String direction : List.of("write", "read")) {
                categories.add(model.replace("SmallItem", "small").replace("Shipment", "large").toLowerCase(Locale.ROOT)
                        + " " + direction);
                String key = model + "MappingBenchmark." + direction;
                series.forEach((variant, ratios) -> ratios.add(best(results.get(key + "/" + variant))
                        / best(results.get(key + "/H"))));
            }
        }
        for (String key : List.of("QueryPathBenchmark.query", "ReadPathBenchmark.get/order")) {
            categories.add((key.startsWith("Query") ? "query" : "get") + " (SDK)");
            series.forEach((variant, ratios) -> ratios.add(best(readResult(key, variant)) / best(readResult(key, "H"))));
        }
        categories.add("cold start");
        series.forEach((variant, ratios) -> ratios.add(coldMedians.get(variant) / coldMedians.get("H")));

        CategoryChart chart = new CategoryChartBuilder().width(1200).height(600)
                .title("Time relative to hand-written AWS SDK code (H = 1; best iterations, cold-start medians; lower is better; log scale)")
                .xAxisTitle("").yAxisTitle("× H").build();
        chart.getStyler().setYAxisLogarithmic(true);
        // Bars start at the axis minimum, which a log axis needs set explicitly (it cannot be 0).
        double min = series.values().stream().flatMap(List::stream).filter(r -> r > 0).min(Double::compare).orElse(1.0);
        double max = series.values().stream().flatMap(List::stream).filter(r -> r > 0).max(Double::compare).orElse(1.0);
        chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(Math.min(min, 1.0)))));
        chart.getStyler().setYAxisMax(Math.pow(10, Math.ceil(Math.log10(Math.max(max, 1.0) * 1.5))));
        style(chart);
        for (Map.Entry<String, List<Double>> entry : series.entrySet()) {
            String label = switch (entry.getKey()) {
                case "D" -> "D: Dynaq";
                case "B" -> "B: Enhanced Client, fromBean";
                default -> "S: Enhanced Client, StaticTableSchema";
            };
            chart.addSeries(label, categories, entry.getValue()).setFillColor(COLORS.get(entry.getKey()));
        }
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        readChart(png.resolveSibling("read-path.png"));
    }

    /** Writes the bar chart of the read path: D's, D-direct's and B's time ratios to H, on a logarithmic axis. */
    void readChart(Path png) throws IOException {
        List<String> categories = new ArrayList<>();
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (String variant : READ_VARIANTS.subList(1, READ_VARIANTS.size())) {
            series.put(variant, new ArrayList<>());
        }
        for (String key : readOperations().keySet()) {
            categories.add(key.replace("QueryPathBenchmark.query", "query order").replace("ReadPathBenchmark.", "")
                    .replace('/', ' '));
            series.forEach((variant, ratios) -> ratios.add(best(readResult(key, variant)) / best(readResult(key, "H"))));
        }
        CategoryChart chart = new CategoryChartBuilder().width(1200).height(600)
                .title("Read path through the SDK client, time relative to the raw client with hand mapping (H = 1; best"
                        + " iterations; lower is better; log scale)")
                .xAxisTitle("").yAxisTitle("× H").build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setYAxisMin(0.1);
        chart.getStyler().setYAxisMax(10.0);
        style(chart);
        for (Map.Entry<String, List<Double>> entry : series.entrySet()) {
            String label = switch (entry.getKey()) {
                case "D" -> "D: Dynaq, SDK item maps (withDirectDecoding(false))";
                case "D-direct" -> "D-direct: Dynaq, direct decoding (the default)";
                default -> "B: Enhanced Client, fromBean";
            };
            chart.addSeries(label, categories, entry.getValue()).setFillColor(COLORS.get(entry.getKey()));
        }
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    /** The look both charts share: legend, background, labels on the bars. */
    private static void style(CategoryChart chart) {
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setXAxisLabelRotation(20);
        chart.getStyler().setYAxisDecimalPattern("0.#");
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFont(chart.getStyler().getLabelsFont().deriveFont(9f));
        chart.getStyler().setLabelsRotation(90);
        chart.getStyler().setDecimalPattern("0.00");
    }
}
