package dev.dynaq.bench.stub;

import dev.dynaq.DirectDecodingPlugin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.zip.CRC32;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An {@link SdkHttpClient} that answers DynamoDB {@code Query}, {@code Scan}, {@code GetItem} and
 * {@code BatchGetItem} calls with canned JSON built once, with the {@code x-amz-crc32} checksum
 * DynamoDB sends: the network is out of the picture, the SDK's own marshalling, signing, checksum
 * validation and unmarshalling are in it. Queries and scans are served in pages; the page to return
 * is found from the request's {@code ExclusiveStartKey}, whose position attribute (a key attribute)
 * ends with the item's number. A batch get returns the first {@code batchSize} items, whatever keys
 * it asks for.
 */
public final class CannedDynamoDb implements SdkHttpClient {
    private final String positionPrefix;
    private final List<byte[]> pages;
    private final int pageSize;
    private final byte[] getItem;
    private final byte[] batchGet;

    /**
     * @param tableName the table, for batch responses
     * @param positionAttribute the string key attribute whose value ends with an item's number
     * @param items the items, in key order; item {@code i}'s position attribute must end with {@code i}
     * @param pageSize the items per query or scan response
     * @param keyOf the key attributes of item {@code i}, for {@code LastEvaluatedKey}
     * @param getItem the item every {@code GetItem} returns
     * @param batchSize the items every {@code BatchGetItem} returns: the first ones
     */
    public CannedDynamoDb(String tableName, String positionAttribute, List<Map<String, AttributeValue>> items, int pageSize,
            IntFunction<Map<String, AttributeValue>> keyOf, Map<String, AttributeValue> getItem, int batchSize) {
        this.positionPrefix = "\"" + positionAttribute + "\":{\"S\":\"";
        this.pageSize = pageSize;
        this.pages = new ArrayList<>();
        for (int start = 0; start < items.size(); start += pageSize) {
            int end = Math.min(items.size(), start + pageSize);
            StringBuilder json = new StringBuilder(512 * (end - start));
            json.append("{\"Count\":").append(end - start).append(",\"Items\":[");
            for (int i = start; i < end; i++) {
                if (i > start) {
                    json.append(',');
                }
                ItemJson.write(items.get(i), json);
            }
            json.append(']');
            if (end < items.size()) {
                json.append(",\"LastEvaluatedKey\":");
                ItemJson.write(keyOf.apply(end - 1), json);
            }
            json.append(",\"ScannedCount\":").append(end - start).append('}');
            pages.add(json.toString().getBytes(StandardCharsets.UTF_8));
        }
        StringBuilder json = new StringBuilder("{\"Item\":");
        ItemJson.write(getItem, json);
        this.getItem = json.append('}').toString().getBytes(StandardCharsets.UTF_8);
        StringBuilder batch = new StringBuilder("{\"Responses\":{");
        ItemJson.string(tableName, batch);
        batch.append(":[");
        for (int i = 0; i < batchSize; i++) {
            if (i > 0) {
                batch.append(',');
            }
            ItemJson.write(items.get(i), batch);
        }
        this.batchGet = batch.append("]},\"UnprocessedKeys\":{}}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param http this stub, or any HTTP client
     * @return a sync DynamoDB client over it, with fixed credentials and region
     */
    public static DynamoDbClient client(SdkHttpClient http) {
        return client(http, false);
    }

    /**
     * @param http this stub, or any HTTP client
     * @param directDecoding whether to build the client with {@link DirectDecodingPlugin}, as Dynaq's
     *     README advises for clients Dynaq reads through
     * @return a sync DynamoDB client over it, with fixed credentials and region
     */
    public static DynamoDbClient client(SdkHttpClient http, boolean directDecoding) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClient(http)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")));
        if (directDecoding) {
            builder.addPlugin(DirectDecodingPlugin.create());
        }
        return builder.build();
    }

    /** @return the number of query pages */
    public int pageCount() {
        return pages.size();
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
        byte[] body;
        if (target.endsWith(".Query") || target.endsWith(".Scan")) {
            body = pages.get(pageAfter(requestBody(request)));
        } else if (target.endsWith(".GetItem")) {
            body = getItem;
        } else if (target.endsWith(".BatchGetItem")) {
            body = batchGet;
        } else {
            throw new UnsupportedOperationException("the stub serves Query, Scan, GetItem and BatchGetItem only, not " + target);
        }
        CRC32 crc = new CRC32();
        crc.update(body);
        String checksum = Long.toString(crc.getValue());
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                SdkHttpResponse response = SdkHttpResponse.builder()
                        .statusCode(200)
                        .putHeader("Content-Type", "application/x-amz-json-1.0")
                        .putHeader("Content-Length", Integer.toString(body.length))
                        .putHeader("x-amz-crc32", checksum)
                        .putHeader("x-amzn-RequestId", "stub")
                        .build();
                return HttpExecuteResponse.builder()
                        .response(response)
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                        .build();
            }

            @Override
            public void abort() {
            }
        };
    }

    private int pageAfter(String requestBody) {
        int start = requestBody.indexOf("\"ExclusiveStartKey\"");
        if (start < 0) {
            return 0;
        }
        int key = requestBody.indexOf(positionPrefix, start);
        int end = requestBody.indexOf('"', key + positionPrefix.length());
        String position = requestBody.substring(key + positionPrefix.length(), end);
        int n = Integer.parseInt(position.substring(position.lastIndexOf('-') + 1));
        return (n + 1) / pageSize;
    }

    private static String requestBody(HttpExecuteRequest request) {
        try (InputStream in = request.contentStreamProvider().orElseThrow().newStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
    }
}
