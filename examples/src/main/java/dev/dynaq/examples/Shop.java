package dev.dynaq.examples;

import dev.dynaq.Table;
import dev.dynaq.examples.model.CartTable;
import dev.dynaq.examples.model.CustomerTable;
import dev.dynaq.examples.model.EmployeeTable;
import dev.dynaq.examples.model.OrderAsyncTable;
import dev.dynaq.examples.model.OrderTable;
import dev.dynaq.examples.model.ProductTable;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The shop's generated tables, opened once on one pair of clients and shared: generated tables are
 * immutable and thread-safe.
 *
 * @param client the sync client, also for transactions
 * @param streams the DynamoDB Streams client of the same endpoint, to read the carts table's stream
 * @param customers the customers
 * @param orders the orders
 * @param products the products
 * @param employees the employees
 * @param asyncOrders the orders again, through the async client
 * @param carts the shopping carts, which expire
 */
public record Shop(DynamoDbClient client, DynamoDbStreamsClient streams, CustomerTable customers, OrderTable orders, ProductTable products,
        EmployeeTable employees, OrderAsyncTable asyncOrders, CartTable carts) {

    /**
     * Opens every table of the shop under its generated name ({@code Order_.TABLE_NAME}, ...).
     *
     * @param client the sync client
     * @param asyncClient the async client
     * @param streams the DynamoDB Streams client
     * @return the shop
     */
    public static Shop open(DynamoDbClient client, DynamoDbAsyncClient asyncClient, DynamoDbStreamsClient streams) {
        return new Shop(client, streams, CustomerTable.create(client), OrderTable.create(client), ProductTable.create(client),
                EmployeeTable.create(client), OrderTable.createAsync(asyncClient), CartTable.create(client));
    }

    /** @return the sync tables, in the order they are created and loaded */
    public List<Table<?>> tables() {
        return List.of(customers, orders, products, employees, carts);
    }
}
