package dev.dynaq.bench.stub;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An {@link SdkHttpClient} that answers DynamoDB {@code Query} and {@code GetItem} calls with canned
 * JSON built once: the network is out of the picture, the SDK's own marshalling, signing and
 * unmarshalling are in it. Queries are served in pages; the page to return is found from the
 * request's {@code ExclusiveStartKey}, whose sort key {@code orderId} ends with the item's number.
 */
public final class CannedDynamoDb implements SdkHttpClient {
    private static final String SORT_KEY_PREFIX = "\"orderId\":{\"S\":\"";

    private final List<byte[]> pages;
    private final int pageSize;
    private final byte[] getItem;

    /**
     * @param items the items of the partition, in sort-key order; item {@code i}'s sort key must end with {@code i}
     * @param pageSize the items per response
     * @param keyOf the key attributes of item {@code i}, for {@code LastEvaluatedKey}
     * @param getItem the item every {@code GetItem} returns
     */
    public CannedDynamoDb(List<Map<String, AttributeValue>> items, int pageSize,
            IntFunction<Map<String, AttributeValue>> keyOf, Map<String, AttributeValue> getItem) {
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
    }

    /**
     * @param http this stub, or any HTTP client
     * @return a sync DynamoDB client over it, with fixed credentials and region
     */
    public static DynamoDbClient client(SdkHttpClient http) {
        return DynamoDbClient.builder()
                .httpClient(http)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .build();
    }

    /** @return the number of query pages */
    public int pageCount() {
        return pages.size();
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
        byte[] body;
        if (target.endsWith(".Query")) {
            body = pages.get(pageAfter(requestBody(request)));
        } else if (target.endsWith(".GetItem")) {
            body = getItem;
        } else {
            throw new UnsupportedOperationException("the stub serves Query and GetItem only, not " + target);
        }
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                SdkHttpResponse response = SdkHttpResponse.builder()
                        .statusCode(200)
                        .putHeader("Content-Type", "application/x-amz-json-1.0")
                        .putHeader("Content-Length", Integer.toString(body.length))
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
        int key = requestBody.indexOf(SORT_KEY_PREFIX, start);
        int end = requestBody.indexOf('"', key + SORT_KEY_PREFIX.length());
        String orderId = requestBody.substring(key + SORT_KEY_PREFIX.length(), end);
        int n = Integer.parseInt(orderId.substring(orderId.lastIndexOf('-') + 1));
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
