package dev.dynaq.spring.boot;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code dynaq.*} properties of the Spring Boot starter.
 *
 * <pre>
 * dynaq.region=eu-west-1
 * dynaq.table-names.prefix=dev_
 * dynaq.cursor-secret=${DYNAQ_CURSOR_SECRET}
 * dynaq.batch.max-attempts=8
 * dynaq.return-consumed-capacity=true
 * </pre>
 */
@ConfigurationProperties("dynaq")
public class DynaqProperties {
    /**
     * AWS region of the DynamoDbClient the starter creates when the application has none; unset, the
     * SDK's default region chain decides (AWS_REGION, profile, instance metadata).
     */
    private String region;

    /**
     * Endpoint of the DynamoDbClient the starter creates, such as http://localhost:8000 for DynamoDB
     * Local; unset, the region's AWS endpoint.
     */
    private URI endpoint;

    /**
     * Secret that signs the cursors of every table's pages (HMAC-SHA256), as UTF-8 text of at least 16
     * bytes; unset, cursors are not signed. Keep it out of the source, e.g. in an environment variable.
     */
    private String cursorSecret;

    /**
     * Whether to create, at start-up, every table of the application that does not exist yet (key,
     * indexes, on-demand billing). For development and tests; manage production tables with your
     * infrastructure tooling.
     */
    private boolean createTables = false;

    /**
     * Whether request log lines (logger dev.dynaq.requests at DEBUG) also show the values of
     * placeholders and keys, not only the expressions. For development only: values may be personal or
     * secret data.
     */
    private boolean logValues = false;

    /**
     * Whether every request of the tables asks DynamoDB for the capacity it consumed (TOTAL), so that
     * log lines, request listeners, the dynaq.consumed.capacity meter and every page report it.
     */
    private boolean returnConsumedCapacity = false;

    /**
     * Whether sync tables decode query, scan and batch-get responses straight from DynamoDB's JSON to
     * entities, instead of letting the SDK build its item maps first. Both give the same results; false
     * is for comparing or ruling it out.
     */
    private boolean directDecoding = true;

    /** Physical table names of this environment. */
    private final TableNamesProperties tableNames = new TableNamesProperties();

    /** Retries of unprocessed items in batch calls made without a policy. */
    private final Batch batch = new Batch();

    /** Micrometer meters of the tables' requests. */
    private final Metrics metrics = new Metrics();

    /** @return the region, or {@code null} */
    public String getRegion() {
        return region;
    }

    /** @param region the region, such as {@code eu-west-1} */
    public void setRegion(String region) {
        this.region = region;
    }

    /** @return the endpoint, or {@code null} */
    public URI getEndpoint() {
        return endpoint;
    }

    /** @param endpoint the endpoint, such as {@code http://localhost:8000} */
    public void setEndpoint(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** @return the cursor secret, or {@code null} */
    public String getCursorSecret() {
        return cursorSecret;
    }

    /** @param cursorSecret the cursor secret, at least 16 bytes of UTF-8 */
    public void setCursorSecret(String cursorSecret) {
        this.cursorSecret = cursorSecret;
    }

    /** @return whether missing tables are created at start-up */
    public boolean isCreateTables() {
        return createTables;
    }

    /** @param createTables whether missing tables are created at start-up */
    public void setCreateTables(boolean createTables) {
        this.createTables = createTables;
    }

    /** @return whether request log lines show values */
    public boolean isLogValues() {
        return logValues;
    }

    /** @param logValues whether request log lines show values */
    public void setLogValues(boolean logValues) {
        this.logValues = logValues;
    }

    /** @return whether every request asks for its consumed capacity */
    public boolean isReturnConsumedCapacity() {
        return returnConsumedCapacity;
    }

    /** @param returnConsumedCapacity whether every request asks for its consumed capacity */
    public void setReturnConsumedCapacity(boolean returnConsumedCapacity) {
        this.returnConsumedCapacity = returnConsumedCapacity;
    }

    /** @return whether responses are decoded directly */
    public boolean isDirectDecoding() {
        return directDecoding;
    }

    /** @param directDecoding whether responses are decoded directly */
    public void setDirectDecoding(boolean directDecoding) {
        this.directDecoding = directDecoding;
    }

    /** @return the table-name properties */
    public TableNamesProperties getTableNames() {
        return tableNames;
    }

    /** @return the batch retry properties */
    public Batch getBatch() {
        return batch;
    }

    /** @return the metrics properties */
    public Metrics getMetrics() {
        return metrics;
    }

    /** {@code dynaq.metrics.*}: Micrometer meters, with {@code dev.dynaq:dynaq-micrometer} on the class path. */
    public static class Metrics {
        /**
         * Whether every request of the tables is recorded as Micrometer meters (dynaq.requests timer,
         * dynaq.items, dynaq.consumed.capacity and dynaq.unprocessed counters, tagged by table, index and
         * operation), when dynaq-micrometer is on the class path and the application has a MeterRegistry.
         */
        private boolean enabled = true;

        /** @return whether meters are recorded */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether meters are recorded */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /** {@code dynaq.table-names.*}: how model table names become this environment's. */
    public static class TableNamesProperties {
        /** Put before every model table name, such as dev_ (orders becomes dev_orders). */
        private String prefix = "";

        /** Put after every model table name, such as -prod (orders becomes orders-prod). */
        private String suffix = "";

        /**
         * Physical names of single tables by model table name, such as orders=legacy_orders; taken as
         * they are, without prefix or suffix.
         */
        private Map<String, String> mapping = new LinkedHashMap<>();

        /** @return the prefix */
        public String getPrefix() {
            return prefix;
        }

        /** @param prefix the prefix */
        public void setPrefix(String prefix) {
            this.prefix = prefix;
        }

        /** @return the suffix */
        public String getSuffix() {
            return suffix;
        }

        /** @param suffix the suffix */
        public void setSuffix(String suffix) {
            this.suffix = suffix;
        }

        /** @return physical names by model table name */
        public Map<String, String> getMapping() {
            return mapping;
        }

        /** @param mapping physical names by model table name */
        public void setMapping(Map<String, String> mapping) {
            this.mapping = mapping;
        }
    }

    /** {@code dynaq.batch.*}: the default batch policy (exponential backoff with full jitter). */
    public static class Batch {
        /** Requests per chunk of a batch in total, the first one included (1: no retry). */
        private int maxAttempts = 10;

        /** Cap of the first wait before a retry, doubled on each retry. */
        private Duration baseDelay = Duration.ofMillis(25);

        /** Cap of every wait before a retry. */
        private Duration maxDelay = Duration.ofSeconds(2);

        /** @return requests per chunk in total */
        public int getMaxAttempts() {
            return maxAttempts;
        }

        /** @param maxAttempts requests per chunk in total, at least 1 */
        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        /** @return the cap of the first wait */
        public Duration getBaseDelay() {
            return baseDelay;
        }

        /** @param baseDelay the cap of the first wait */
        public void setBaseDelay(Duration baseDelay) {
            this.baseDelay = baseDelay;
        }

        /** @return the cap of every wait */
        public Duration getMaxDelay() {
            return maxDelay;
        }

        /** @param maxDelay the cap of every wait */
        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }
    }
}
