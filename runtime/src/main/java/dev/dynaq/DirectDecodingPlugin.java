package dev.dynaq;

import dev.dynaq.internal.direct.ClientDecoding;
import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.core.SdkServiceClientConfiguration;

/**
 * Makes a client you build yourself read with Dynaq's full fast path: add it when building the
 * client, and every table using that client decodes the items of queries, scans and batch gets
 * straight from DynamoDB's JSON, at one execution attribute per request. Single-item gets are read
 * the ordinary way on any client: for one item the fast path costs more than it saves.
 *
 * <pre>{@code
 * DynamoDbClient client = DynamoDbClient.builder()
 *         .addPlugin(DirectDecodingPlugin.create())
 *         .build();
 * }</pre>
 *
 * <p>Without it, tables still decode queries and scans directly, through a plugin on each request
 * (for which the SDK rebuilds that request's client configuration, a cost worth paying for a page of
 * items but not for a small batch), and read batch gets the ordinary way.
 * Requests other than Dynaq's table reads are not touched. {@code withDirectDecoding(false)} still
 * turns the fast path off per table.
 */
public final class DirectDecodingPlugin implements SdkPlugin {
    private static final DirectDecodingPlugin INSTANCE = new DirectDecodingPlugin();

    private DirectDecodingPlugin() {
    }

    /** @return the plugin */
    public static DirectDecodingPlugin create() {
        return INSTANCE;
    }

    @Override
    public void configureClient(SdkServiceClientConfiguration.Builder config) {
        ClientDecoding.install(config);
    }
}
