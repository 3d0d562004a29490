package dev.dynaq.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.dynaq.bench.cold.ColdStartRunner;
import dev.dynaq.bench.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, in this JVM, with one short iteration and no warm-up, then the
 * cold-start runner with one JVM per contender and the report on their output: so that no
 * benchmark rots between full runs. It measures nothing and asserts no timing.
 */
class BenchmarksSmokeTest {
    @Test
    void everyBenchmarkRunsAndTheReportIsWritten(@TempDir Path dir) throws Exception {
        Path jmhJson = dir.resolve("jmh.json");
        Options options = new OptionsBuilder()
                .include("dev\\.dynaq\\.bench\\..*Benchmark")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .param("entities", "10")
                .addProfiler(GCProfiler.class)
                .resultFormat(ResultFormatType.JSON)
                .result(jmhJson.toString())
                .build();

        int results = new Runner(options).run().size();

        // 3 models x 2 directions x 4 contenders; the query x 4 read-path contenders, 3 read operations x 3 models
        // x 4 read-path contenders; javac five ways; the request hook 3 ways
        assertThat(results).isEqualTo(24 + 4 + 36 + 5 + 3);
        assertThat(JsonParser.parseString(Files.readString(jmhJson)).getAsJsonArray()).hasSize(results);

        Path coldJson = dir.resolve("cold-start.json");
        ColdStartRunner.main(new String[] {"1", coldJson.toString()});
        JsonObject millis = JsonParser.parseString(Files.readString(coldJson)).getAsJsonObject().getAsJsonObject("millis");
        assertThat(millis.keySet()).containsExactly("H", "D", "B", "S");
        millis.entrySet().forEach(times -> assertThat(times.getValue().getAsJsonArray()).hasSize(1));
        JsonObject cold = JsonParser.parseString(Files.readString(coldJson)).getAsJsonObject();
        for (String measurement : new String[] {"readMillis", "readCpuMillis", "appCdsReadMillis"}) {
            assertThat(cold.getAsJsonObject(measurement).keySet()).containsExactly("H", "D", "B", "S");
        }

        Path tables = dir.resolve("tables.md");
        Path chart = dir.resolve("ratios.png");
        Report.main(new String[] {jmhJson.toString(), coldJson.toString(), tables.toString(), chart.toString()});
        assertThat(Files.readString(tables)).contains("| order (12 attributes), read |", "| cold start ≤ 1.5× (medians) |",
                "| batch get 100 large shipments: time ≤ 1/1.5 (0.67×) |", "| wall time, with an AppCDS archive of the application |");
        assertThat(chart).isNotEmptyFile();
        assertThat(dir.resolve("read-path.png")).isNotEmptyFile();
    }
}
