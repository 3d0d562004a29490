package dev.dynaq.testing;

import dev.dynaq.DirectDecodingPlugin;
import dev.dynaq.ItemSchema;
import dev.dynaq.internal.TableFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * One in-process DynamoDB Local per JVM: in memory, over HTTP on loopback, started on first use of
 * {@link #shared()} and shared by every test (and by the demo) in that JVM.
 *
 * <p>Speaking HTTP rather than the embedded no-network mode keeps pagination, errors and limits as
 * real DynamoDB reports them. The server is never stopped: DynamoDB Local's {@code stop()} leaves
 * non-daemon threads behind, so a {@code main} that used it must end with {@code System.exit}.
 * Surefire's forked JVMs exit normally.
 */
public final class DynamoDbLocal {
    private final URI endpoint;
    private final DynamoDbClient client;
    private final DynamoDbAsyncClient asyncClient;
    private final DynamoDbStreamsClient streamsClient;

    private DynamoDbLocal(URI endpoint) {
        StaticCredentialsProvider credentials =
                StaticCredentialsProvider.create(AwsBasicCredentials.create("dynaq", "local"));
        this.endpoint = endpoint;
        this.client = DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials)
                .httpClient(Apache5HttpClient.builder().maxConnections(64).build())
                // the setup the README advises: every read of the generated tables decodes directly
                .addPlugin(DirectDecodingPlugin.create())
                .build();
        this.asyncClient = DynamoDbAsyncClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials)
                .build();
        this.streamsClient = DynamoDbStreamsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials)
                .httpClient(Apache5HttpClient.builder().build())
                .build();
    }

    /** Lazy holder: the server starts when {@link #shared()} is first called, once per JVM. */
    private static final class Holder {
        static final DynamoDbLocal INSTANCE = new DynamoDbLocal(start());

        private static URI start() {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException("cannot find a free port for DynamoDB Local", e);
            }
            try {
                // -sharedDb: without it every access key / region pair would see its own database
                DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(new String[] {
                    "-inMemory", "-sharedDb", "-port", Integer.toString(port), "-disableTelemetry"});
                server.start();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start DynamoDB Local on port " + port, e);
            }
            return URI.create("http://127.0.0.1:" + port);
        }
    }

    /**
     * @return the server of this JVM, started on the first call (about a second)
     * @throws IllegalStateException if it cannot start
     */
    public static DynamoDbLocal shared() {
        return Holder.INSTANCE;
    }

    /** @return the server's endpoint, {@code http://127.0.0.1:<port>} */
    public URI endpoint() {
        return endpoint;
    }

    /** @return a synchronous client of this server (Apache 5 HTTP client); do not close it */
    public DynamoDbClient client() {
        return client;
    }

    /** @return an asynchronous client of this server; do not close it */
    public DynamoDbAsyncClient asyncClient() {
        return asyncClient;
    }

    /**
     * @return a DynamoDB Streams client of this server, for reading the records of tables created with
     *     a stream (DynamoDB Local serves streams on the same endpoint); do not close it
     */
    public DynamoDbStreamsClient streamsClient() {
        return streamsClient;
    }

    /**
     * Creates the entity's table as the generated schema describes it (key, every global and local
     * index with its projection, on-demand billing, time to live on a {@code @TimeToLive} attribute), first
     * dropping a table of that name if one is left over.
     *
     * @param schema a generated schema, e.g. {@code Order_.SCHEMA}
     */
    public void createTable(ItemSchema<?> schema) {
        createTable(schema, schema.tableName());
    }

    /**
     * Like {@link #createTable(ItemSchema)}, under another table name.
     *
     * @param schema a generated schema, e.g. {@code Order_.SCHEMA}
     * @param tableName the name of the table to create
     */
    public void createTable(ItemSchema<?> schema, String tableName) {
        createTable(schema, tableName, null);
    }

    /**
     * Like {@link #createTable(ItemSchema, String)}, with a DynamoDB stream of the view type; read its
     * records with {@link #stream(String)}.
     *
     * @param schema a generated schema, e.g. {@code Order_.SCHEMA}
     * @param tableName the name of the table to create
     * @param streamViewType what the stream's records carry, or {@code null} for no stream
     */
    public void createTable(ItemSchema<?> schema, String tableName, StreamViewType streamViewType) {
        Objects.requireNonNull(schema, "schema");
        deleteTable(tableName);
        CreateTableRequest request = TableFactory.createTableRequest(tableName, schema, null);
        if (streamViewType != null) {
            request = request.toBuilder().streamSpecification(s -> s.streamEnabled(true).streamViewType(streamViewType)).build();
        }
        client.createTable(request);
        try (DynamoDbWaiter waiter = client.waiter()) {
            waiter.waitUntilTableExists(DescribeTableRequest.builder().tableName(tableName).build(), TableFactory.TABLE_WAIT);
        }
        TableFactory.updateTimeToLiveRequest(tableName, schema).ifPresent(client::updateTimeToLive);
    }

    /**
     * @param tableName a table created with a stream
     * @return a reader of every record the table's stream holds, from its start, through {@link #streamsClient()}
     * @throws IllegalArgumentException if the table has no stream
     */
    public StreamReader stream(String tableName) {
        return StreamReader.fromStart(client, streamsClient, tableName);
    }

    /**
     * Drops a table with all its items; does nothing if there is no such table.
     *
     * @param tableName the table's name
     */
    public void deleteTable(String tableName) {
        try {
            client.deleteTable(b -> b.tableName(tableName));
        } catch (ResourceNotFoundException absent) {
            return;
        }
        try (DynamoDbWaiter waiter = client.waiter()) {
            waiter.waitUntilTableNotExists(DescribeTableRequest.builder().tableName(tableName).build(), TableFactory.TABLE_WAIT);
        }
    }
}
