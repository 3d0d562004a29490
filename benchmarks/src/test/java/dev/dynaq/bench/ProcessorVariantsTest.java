package dev.dynaq.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each javac variant of {@link ProcessorBenchmark} does the work it is named for, told by the class
 * files it writes for 20 entities, so that the benchmark compares what its report says it compares.
 */
class ProcessorVariantsTest {
    private static final int ENTITIES = 20;

    @Test
    void eachVariantCompilesWhatItClaims() throws IOException {
        Map<String, Long> classFiles = new LinkedHashMap<>();
        for (String variant : new String[] {"plain", "dynaq", "dynaq-sync", "generated", "recordbuilder"}) {
            ProcessorBenchmark benchmark = new ProcessorBenchmark();
            benchmark.javac = variant;
            benchmark.entities = ENTITIES;
            benchmark.setUp();
            try {
                classFiles.put(variant, benchmark.compile());
            } finally {
                benchmark.tearDown();
            }
        }

        // the records and one enum per package of twenty
        assertThat(classFiles.get("plain")).isEqualTo(ENTITIES + 1);
        // Entity_ with its Schema and Decoder, EntityTable with 2 query types, EntityAsyncTable with 2
        assertThat(classFiles.get("dynaq")).isEqualTo(classFiles.get("plain") + ENTITIES * 9L);
        assertThat(classFiles.get("dynaq-sync")).isEqualTo(classFiles.get("plain") + ENTITIES * 6L);
        assertThat(classFiles.get("generated")).isEqualTo(classFiles.get("dynaq"));
        // a builder per record, and its nested types
        assertThat(classFiles.get("recordbuilder")).isGreaterThan(classFiles.get("plain") + ENTITIES);
    }
}
