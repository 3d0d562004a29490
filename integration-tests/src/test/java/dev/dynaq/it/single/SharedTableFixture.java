package dev.dynaq.it.single;

import dev.dynaq.testing.DynamoDbLocal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * One shared table on the JVM's DynamoDB Local under a fresh name, with the tables of its entities,
 * through a client that records its Query requests.
 */
final class SharedTableFixture implements ExecutionInterceptor, AutoCloseable {
    private static final AtomicInteger TABLES = new AtomicInteger();

    final DynamoDbClient client;
    final String tableName;
    final ShopTable shop;
    final CustomerTable customers;
    final OrderTable orders;
    final OrderLineTable lines;
    final MeasurementTable measurements;
    private final List<QueryRequest> queries = new ArrayList<>();

    SharedTableFixture() {
        client = DynamoDbClient.builder()
                .endpointOverride(DynamoDbLocal.shared().endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(Apache5HttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(this))
                .build();
        tableName = "it_shop_" + TABLES.incrementAndGet() + "_" + ProcessHandle.current().pid();
        shop = ShopTable.create(client, tableName);
        shop.createTable();
        customers = CustomerTable.create(client, tableName);
        orders = OrderTable.create(client, tableName);
        lines = OrderLineTable.create(client, tableName);
        measurements = MeasurementTable.create(client, tableName);
    }

    @Override
    public synchronized void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof QueryRequest request) {
            queries.add(request);
        }
    }

    /** @return the Query requests sent since the last call, and forgets them */
    synchronized List<QueryRequest> takeQueries() {
        List<QueryRequest> taken = List.copyOf(queries);
        queries.clear();
        return taken;
    }

    /** @return the item as stored, read with a plain GetItem */
    Map<String, AttributeValue> raw(String pk, String sk) {
        return client.getItem(b -> b.tableName(tableName).key(Map.of("pk", AttributeValue.fromS(pk),
                "sk", AttributeValue.fromS(sk))).consistentRead(true)).item();
    }

    /** Writes an item as is, with a plain PutItem. */
    void putRaw(Map<String, AttributeValue> item) {
        client.putItem(b -> b.tableName(tableName).item(item));
    }

    @Override
    public void close() {
        shop.deleteTable();
        client.close();
    }
}
