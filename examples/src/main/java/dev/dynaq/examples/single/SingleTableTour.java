package dev.dynaq.examples.single;

import dev.dynaq.examples.DemoData;
import dev.dynaq.examples.model.Customer;
import dev.dynaq.examples.model.Order;
import dev.dynaq.examples.model.OrderLine;
import dev.dynaq.examples.model.OrderStatus;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * The demo's single-table part: loads the demo's customers, orders and order lines into one shared
 * table, then reads a customer with their latest orders in one request and orders by status over the
 * overloaded index.
 */
public final class SingleTableTour {
    /**
     * What the single-table scenarios found, for the smoke test.
     *
     * @param customerId the customer read
     * @param customerName the name the collection returned
     * @param latestOrderIds the ids of their latest orders, newest first
     * @param linesOfNewest the number of lines of the newest order
     * @param since the start of the pending-orders window: 30 days before the newest order
     * @param pendingSince how many pending orders the index query returned
     */
    public record Result(String customerId, String customerName, List<String> latestOrderIds, int linesOfNewest,
            Instant since, int pendingSince) {
    }

    private SingleTableTour() {
    }

    /**
     * @param client the client
     * @param data the demo's data set
     * @param out where to print
     * @return what the scenarios found
     */
    public static Result run(DynamoDbClient client, DemoData data, PrintStream out) {
        Instant since = data.orders().stream().map(Order::createdAt).max(Instant::compareTo).orElseThrow()
                .minus(java.time.Duration.ofDays(30));
        StoreTable store = StoreTable.create(client);
        try {
            store.createTable();
        } catch (ResourceInUseException exists) {
            // a real endpoint keeps the table between runs; every put below overwrites its item
        }
        StoreCustomerTable customers = StoreCustomerTable.create(client);
        StoreOrderTable orders = StoreOrderTable.create(client);
        StoreOrderLineTable lines = StoreOrderLineTable.create(client);
        List<StoreCustomer> customerItems = new ArrayList<>();
        for (Customer customer : data.customers()) {
            customerItems.add(new StoreCustomer(customer.customerId(), customer.name(), customer.email()));
        }
        List<StoreOrder> orderItems = new ArrayList<>();
        List<StoreOrderLine> lineItems = new ArrayList<>();
        for (Order order : data.orders()) {
            orderItems.add(new StoreOrder(order.customerId(), order.orderId(), order.createdAt(), order.status(),
                    order.total()));
            int lineNo = 1;
            for (OrderLine line : order.lines()) {
                lineItems.add(new StoreOrderLine(order.customerId(), order.orderId(), lineNo++, line.productId(),
                        line.quantity(), line.unitPrice()));
            }
        }
        customers.batchPut(customerItems);
        orders.batchPut(orderItems);
        lines.batchPut(lineItems);
        out.println();
        out.println("Single-table design: table " + store.tableName() + " holds " + customerItems.size() + " customers, "
                + orderItems.size() + " orders and " + lineItems.size() + " order lines (types Customer, Order,"
                + " OrderLine); each customer's items share the partition CUSTOMER#<id>.");

        String customerId = data.orders().get(0).customerId();
        out.println();
        out.println("  store.queryCustomerCollection(\"" + customerId + "\").descending().fetchCollection(6)"
                + "   // one Query, Limit 6: PROFILE sorts after ORDER#...");
        StoreTable.CustomerCollection latest = store.queryCustomerCollection(customerId).descending()
                .fetchCollection(6);
        StoreCustomer customer = latest.customer().orElseThrow();
        out.println("    -> " + customer.name() + " <" + customer.email() + "> and the latest orders:");
        List<String> latestIds = new ArrayList<>();
        for (StoreOrder order : latest.orders()) {
            latestIds.add(order.orderId());
            out.println("       " + order.orderId() + "  " + order.createdAt() + "  " + order.status() + "  "
                    + order.total());
        }

        StoreOrder newest = latest.orders().get(0);
        List<StoreOrderLine> newestLines = lines.queryByCustomerId(customerId).orderIdEq(newest.orderId()).list();
        out.println("  lines.queryByCustomerId(\"" + customerId + "\").orderIdEq(\"" + newest.orderId() + "\").list()");
        out.println("    -> " + newestLines.size() + " lines");

        out.println("  orders.queryByStatus(PENDING).createdAtGe(" + since + ").list()   // overloaded index gsi1");
        List<StoreOrder> pending = orders.queryByStatus(OrderStatus.PENDING).createdAtGe(since).list();
        out.println("    -> " + pending.size() + " pending orders since then, oldest "
                + (pending.isEmpty() ? "-" : pending.get(0).orderId()));
        return new Result(customerId, customer.name(), latestIds, newestLines.size(), since, pending.size());
    }
}
