package dev.dynaq.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * One in-process DynamoDB Local (in memory, over HTTP on loopback) per test JVM, started on first
 * use. Tests share it and keep apart by table name: {@link #uniqueTableName(String)}.
 */
public final class LocalDynamoDb {
    private static final AtomicInteger TABLE_COUNTER = new AtomicInteger();

    private LocalDynamoDb() {
    }

    private static final class Holder {
        static final URI ENDPOINT = start();
        static final DynamoDbClient CLIENT = DynamoDbClient.builder()
                .endpointOverride(ENDPOINT)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dynaq", "local")))
                .httpClient(Apache5HttpClient.builder().maxConnections(64).build())
                .build();
        static final DynamoDbAsyncClient ASYNC_CLIENT = DynamoDbAsyncClient.builder()
                .endpointOverride(ENDPOINT)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dynaq", "local")))
                .build();

        private static URI start() {
            try {
                int port;
                try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                    port = socket.getLocalPort();
                }
                DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(new String[] {
                    "-inMemory", "-sharedDb", "-port", Integer.toString(port), "-disableTelemetry"});
                server.start();
                return URI.create("http://127.0.0.1:" + port);
            } catch (IOException e) {
                throw new IllegalStateException("cannot pick a port for DynamoDB Local", e);
            } catch (Exception e) {
                throw new IllegalStateException("cannot start DynamoDB Local", e);
            }
        }
    }

    /** @return the endpoint of the shared server */
    public static URI endpoint() {
        return Holder.ENDPOINT;
    }

    /** @return a sync client of the shared server (Apache 5 HTTP) */
    public static DynamoDbClient client() {
        return Holder.CLIENT;
    }

    /** @return an async client of the shared server */
    public static DynamoDbAsyncClient asyncClient() {
        return Holder.ASYNC_CLIENT;
    }

    /** @return a table name no other test in this JVM uses */
    public static String uniqueTableName(String base) {
        return base + "_" + TABLE_COUNTER.incrementAndGet();
    }
}
