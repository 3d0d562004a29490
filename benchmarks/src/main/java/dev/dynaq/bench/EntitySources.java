package dev.dynaq.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes typical entity sources for {@link ProcessorBenchmark}: twenty records a package, one enum each;
 * optionally each record also annotated {@code @RecordBuilder}, for the reference processor.
 */
final class EntitySources {
    private static final int PER_PACKAGE = 20;

    private EntitySources() {
    }

    /**
     * @param root the source root
     * @param count how many entities
     * @param recordBuilder whether to annotate each record {@code @RecordBuilder} too
     * @return the source files written
     */
    static List<Path> write(Path root, int count, boolean recordBuilder) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int p = 0; p * PER_PACKAGE < count; p++) {
            String pkg = "gen.p" + p;
            Path dir = Files.createDirectories(root.resolve("gen").resolve("p" + p));
            files.add(Files.writeString(dir.resolve("Status.java"),
                    "package " + pkg + ";\n\npublic enum Status { NEW, ACTIVE, CLOSED }\n"));
            for (int n = p * PER_PACKAGE; n < Math.min(count, (p + 1) * PER_PACKAGE); n++) {
                files.add(Files.writeString(dir.resolve("Entity" + n + ".java"), entity(pkg, n, recordBuilder)));
            }
        }
        return files;
    }

    private static String entity(String pkg, int n, boolean recordBuilder) {
        return """
                package %1$s;

                import dev.dynaq.annotation.DynamoTable;
                import dev.dynaq.annotation.GsiPartitionKey;
                import dev.dynaq.annotation.GsiSortKey;
                import dev.dynaq.annotation.PartitionKey;
                import dev.dynaq.annotation.SortKey;
                import java.math.BigDecimal;
                import java.time.Instant;
                import java.util.List;
                import java.util.Map;
                import java.util.Set;

                /** Entity number %2$d. */
                %3$s@DynamoTable(name = "entity_%2$d")
                public record Entity%2$d(
                        @PartitionKey String tenantId,
                        @SortKey String entityId,
                        @GsiPartitionKey(index = "by_status") Status status,
                        @GsiSortKey(index = "by_status") Instant createdAt,
                        String name,
                        BigDecimal amount,
                        int count,
                        long revision,
                        boolean active,
                        List<String> labels,
                        Map<String, String> attributes,
                        Set<String> tags) {
                    /** @return whether the entity has a label */
                    public boolean labelled() {
                        return labels != null && !labels.isEmpty();
                    }
                }
                """.formatted(pkg, n, recordBuilder ? "@io.soabase.recordbuilder.core.RecordBuilder\n" : "");
    }
}
