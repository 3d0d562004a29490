package dev.dynaq.examples;

import dev.dynaq.ConditionFailedException;
import dev.dynaq.Cursor;
import dev.dynaq.OptimisticLockException;
import dev.dynaq.Page;
import dev.dynaq.ReturnChoice;
import dev.dynaq.Transaction;
import dev.dynaq.TransactionCanceledException;
import dev.dynaq.examples.model.Cart;
import dev.dynaq.examples.model.CartTable;
import dev.dynaq.examples.model.Cart_;
import dev.dynaq.examples.model.Customer_;
import dev.dynaq.examples.model.Order;
import dev.dynaq.examples.model.OrderLine;
import dev.dynaq.examples.model.OrderStatus;
import dev.dynaq.examples.model.OrderTable;
import dev.dynaq.examples.model.Order_;
import dev.dynaq.examples.model.Product;
import dev.dynaq.examples.model.Product_;
import dev.dynaq.stream.Change;
import dev.dynaq.testing.StreamReader;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * The demo's scenarios, one method each, in the order the README lists them: every read and write
 * goes through the generated tables ({@code OrderTable}, {@code ProductTable}, ...), and each
 * scenario prints the call it makes, a few result rows and a count.
 */
final class Tour {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    /** The id of the order the transaction scenario places; fixed, so a re-run replaces it. */
    static final String PLACED_ORDER_ID = "o-demo-0001";

    /**
     * What the scenarios found, for the smoke test to check against the data set.
     *
     * @param customerId the customer the per-customer scenarios use
     * @param streamed the number of that customer's orders the stream returned
     * @param shipped the number of SHIPPED orders {@code list()} collected
     * @param firstPage the order ids of the first page of 25
     * @param cursor the url-safe cursor after it
     * @param secondPage the order ids of the page resumed from the cursor string
     * @param bigOrders the orders of the last 90 days delivered with a total of 100 or more
     * @param newestFirst the creation times of the customer's three newest orders, as returned
     * @param recentlyPaid the orders paid in the last 7 days
     * @param projected the customer's orders read with only {@code orderId} and {@code total}
     * @param keysOnly pending orders read keys only
     * @param cancelled the number of canceled orders
     * @param oldestPending the oldest pending order
     * @param staleWriteRejected whether the stale write failed with {@code OptimisticLockException}
     * @param productVersion the product's version after the optimistic-locking scenario
     * @param conditionalWriteRejected whether the conditional update failed with {@code ConditionFailedException}
     * @param stockBefore the product's stock before the transaction
     * @param stockAfter the product's stock after it
     * @param oversoldRejected whether the transaction ordering more than the stock was canceled
     * @param asyncPending the number of pending orders counted asynchronously
     * @param cart what the cart scenario wrote and read
     * @param cartChange the cart's change as its DynamoDB stream carried it, decoded
     */
    record Report(String customerId, long streamed, int shipped, List<String> firstPage, String cursor,
            List<String> secondPage, int bigOrders, List<Instant> newestFirst, int recentlyPaid, List<Order> projected,
            List<Order> keysOnly, long cancelled, Optional<Order> oldestPending, boolean staleWriteRejected,
            long productVersion, boolean conditionalWriteRejected, int stockBefore, int stockAfter,
            boolean oversoldRejected, long asyncPending, Carts cart, Change<Cart> cartChange) {
    }

    /**
     * What the cart scenario found.
     *
     * @param saved the cart as the first put stored it
     * @param updated the cart after one update, ten minutes later
     * @param storedExpiry the stored form of {@code expiresAt}, as DynamoDB holds it
     * @param timeToLive the table's time-to-live status and attribute, from DescribeTimeToLive
     */
    record Carts(Cart saved, Cart updated, String storedExpiry, String timeToLive) {
    }

    private final Shop shop;
    private final DemoData data;
    private final PrintStream out;
    private int number;

    /**
     * @param shop the tables, loaded with {@code data}
     * @param data the data set, to pick the customer, order and product the scenarios use
     * @param out where to print
     */
    Tour(Shop shop, DemoData data, PrintStream out) {
        this.shop = shop;
        this.data = data;
        this.out = out;
    }

    /**
     * Runs every scenario.
     *
     * @return what they found
     */
    Report run() {
        // the customer with the most orders makes the per-customer scenarios worth reading
        String customerId = data.orders().stream()
                .collect(Collectors.groupingBy(Order::customerId, TreeMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        // the product with the most stock, so the transaction can always take two
        String productId = data.products().stream().max(Comparator.comparingInt(Product::stock)
                .thenComparing(Product::productId, Comparator.reverseOrder())).orElseThrow().productId();

        long streamed = streamEveryOrder(customerId);
        int shipped = collectAll();
        Pages pages = pageCursorAndResume();
        int bigOrders = filter();
        List<Instant> newest = newestFirst(customerId);
        int recentlyPaid = indexTimeRange();
        List<Order> projected = projection(customerId);
        List<Order> keys = keysOnly();
        long cancelled = count();
        Optional<Order> oldestPending = first();
        Optimistic optimistic = optimisticLocking(productId);
        boolean conditionalWriteRejected = conditionalWrite();
        Placed placed = transaction(customerId, productId);
        long asyncPending = async();
        Carts cart = carts(customerId, productId);
        Change<Cart> cartChange = streamChange(cart.saved().cartId());
        out.println();

        return new Report(customerId, streamed, shipped, ids(pages.first), pages.cursor, ids(pages.second), bigOrders,
                newest, recentlyPaid, projected, keys, cancelled, oldestPending, optimistic.staleWriteRejected,
                optimistic.version, conditionalWriteRejected, placed.stockBefore, placed.stockAfter, placed.oversoldRejected,
                asyncPending, cart, cartChange);
    }

    private long streamEveryOrder(String customerId) {
        String name = shop.customers().get(customerId).map(c -> c.name() + ", " + c.city()).orElse("?");
        scenario("Stream every order of customer " + customerId + " (" + name + "), in orderId order",
                "orders.queryByCustomerId(\"" + customerId + "\").stream()");
        long[] count = {0};
        BigDecimal[] spent = {BigDecimal.ZERO};
        // pages are fetched as the stream consumes them; nothing is collected here
        shop.orders().queryByCustomerId(customerId).stream().forEach(order -> {
            if (count[0]++ < 5) {
                row(order);
            }
            spent[0] = spent[0].add(order.total());
        });
        result(count[0] + " orders, " + money(spent[0]) + " in total");
        return count[0];
    }

    private int collectAll() {
        scenario("Collect every order still on its way", "orders.queryByStatus(OrderStatus.SHIPPED).list()");
        List<Order> shipped = shop.orders().queryByStatus(OrderStatus.SHIPPED).list();
        shipped.stream().limit(3).forEach(this::row);
        result(shipped.size() + " orders, " + sum(shipped) + " in total");
        return shipped.size();
    }

    private record Pages(Page<Order> first, String cursor, Page<Order> second) {
    }

    private Pages pageCursorAndResume() {
        scenario("One page of 25, its url-safe cursor, and the next page resumed from that string",
                "orders.queryByStatus(OrderStatus.DELIVERED).returnConsumedCapacity().fetchPage(25)");
        OrderTable.StatusQuery delivered = shop.orders().queryByStatus(OrderStatus.DELIVERED).returnConsumedCapacity();
        Page<Order> first = delivered.fetchPage(25);
        first.items().stream().limit(3).forEach(this::row);
        result(first.items().size() + " orders; consumed " + capacity(List.of(first)));
        // the string a web client would get and send back for the next page
        String cursor = first.cursor().map(Cursor::toUrlSafe).orElse("");
        out.println("   cursor: " + cursor);

        code("delivered.startCursor(Cursor.fromUrlSafe(cursor)).fetchPage(25)");
        Page<Order> second = cursor.isEmpty() ? new Page<>(List.of(), null, null)
                : delivered.startCursor(Cursor.fromUrlSafe(cursor)).fetchPage(25);
        second.items().stream().limit(3).forEach(this::row);
        result(second.items().size() + " more orders, none of the first page's; consumed " + capacity(List.of(second)));
        return new Pages(first, cursor, second);
    }

    private int filter() {
        scenario("Filter: delivered in the last 90 days with total >= 100",
                "orders.queryByStatus(OrderStatus.DELIVERED).createdAtGe(NOW.minus(90 days))"
                        + "\n      .filter(Order_.total.ge(new BigDecimal(\"100\"))).returnConsumedCapacity().pages()");
        OrderTable.StatusQuery lastQuarter = shop.orders().queryByStatus(OrderStatus.DELIVERED)
                .createdAtGe(DemoData.NOW.minus(Duration.ofDays(90)));
        List<Page<Order>> pages = toList(lastQuarter.filter(Order_.total.ge(HUNDRED)).returnConsumedCapacity().pages());
        int matched = pages.stream().mapToInt(page -> page.items().size()).sum();
        pages.stream().flatMap(page -> page.items().stream()).limit(3).forEach(this::row);
        result(matched + " of " + lastQuarter.count() + " orders; consumed " + capacity(pages)
                + " (a filter still reads every item the key selects)");
        return matched;
    }

    private List<Instant> newestFirst(String customerId) {
        scenario("Newest first: the customer's orders by time, through the local index by_created_at",
                "orders.queryByCustomerId(\"" + customerId + "\").byCreatedAt().descending().fetch(3)");
        List<Order> newest = shop.orders().queryByCustomerId(customerId).byCreatedAt().descending().fetch(3);
        newest.forEach(this::row);
        return newest.stream().map(Order::createdAt).toList();
    }

    private int indexTimeRange() {
        scenario("Global index order_by_status with a time range: paid in the last 7 days",
                "orders.queryByStatus(OrderStatus.PAID).createdAtBetween(NOW.minus(7 days), NOW).list()");
        List<Order> paid = shop.orders().queryByStatus(OrderStatus.PAID)
                .createdAtBetween(DemoData.NOW.minus(Duration.ofDays(7)), DemoData.NOW).list();
        paid.stream().limit(3).forEach(this::row);
        result(paid.size() + " orders, " + sum(paid) + " in total");
        return paid.size();
    }

    private List<Order> projection(String customerId) {
        scenario("Projection: only orderId and total",
                "orders.queryByCustomerId(\"" + customerId + "\").project(Order_.orderId, Order_.total).list()");
        List<Order> projected = shop.orders().queryByCustomerId(customerId).project(Order_.orderId, Order_.total).list();
        projected.stream().limit(3).forEach(order -> out.printf(Locale.ROOT, "   %s  %9s  status=%s lines=%s%n",
                order.orderId(), money(order.total()), order.status(), order.lines()));
        result(projected.size() + " orders, the other attributes not read (null)");
        return projected;
    }

    private List<Order> keysOnly() {
        scenario("Keys only: the table's and the index's keys", "orders.queryByStatus(OrderStatus.PENDING).keysOnly().fetch(3)");
        List<Order> keys = shop.orders().queryByStatus(OrderStatus.PENDING).keysOnly().fetch(3);
        keys.forEach(order -> out.printf(Locale.ROOT, "   %s / %s  %s %s  total=%s%n", order.customerId(), order.orderId(),
                order.status(), TIME.format(order.createdAt()), order.total()));
        result(keys.size() + " orders, keys only (total not read)");
        return keys;
    }

    private long count() {
        scenario("Count without loading items (Select.COUNT)", "orders.queryByStatus(OrderStatus.CANCELLED).count()");
        long cancelled = shop.orders().queryByStatus(OrderStatus.CANCELLED).count();
        result(cancelled + " canceled orders");
        code("employees.queryByDepartment(\"Warehouse\").hireDateGe(LocalDate.of(2020, 1, 1)).count()");
        result(shop.employees().queryByDepartment("Warehouse").hireDateGe(LocalDate.of(2020, 1, 1)).count()
                + " warehouse employees hired since 2020");
        return cancelled;
    }

    private Optional<Order> first() {
        scenario("First: the oldest pending order", "orders.queryByStatus(OrderStatus.PENDING).first()");
        Optional<Order> oldestPending = shop.orders().queryByStatus(OrderStatus.PENDING).first();
        oldestPending.ifPresentOrElse(this::row, () -> result("none"));
        return oldestPending;
    }

    private long async() {
        scenario("Async: three queries in flight at once on OrderAsyncTable",
                "asyncOrders.queryByStatus(PENDING).countAsync(), ...(PAID).countAsync(), ...(SHIPPED).descending().fetchAsync(2)");
        CompletableFuture<Long> pending = shop.asyncOrders().queryByStatus(OrderStatus.PENDING).countAsync();
        CompletableFuture<Long> paid = shop.asyncOrders().queryByStatus(OrderStatus.PAID).countAsync();
        CompletableFuture<List<Order>> latestShipped = shop.asyncOrders().queryByStatus(OrderStatus.SHIPPED).descending().fetchAsync(2);
        CompletableFuture.allOf(pending, paid, latestShipped).join();
        result(pending.join() + " pending and " + paid.join() + " paid orders; the latest shipped:");
        latestShipped.join().forEach(this::row);
        return pending.join();
    }

    private record Optimistic(boolean staleWriteRejected, long version) {
    }

    /** Two clerks read the same product; the first one's update wins, the second one's stale write fails. */
    private Optimistic optimisticLocking(String productId) {
        scenario("Optimistic locking: two clerks edit product " + productId + " (@Version)",
                "products.update(id).set(Product_.price, ...).expectVersion(read.version()).returning(ReturnChoice.ALL_NEW).execute()");
        Product clerkA = shop.products().get(productId).orElseThrow();
        Product clerkB = shop.products().get(productId).orElseThrow();
        Product repriced = shop.products().update(productId)
                .set(Product_.price, clerkA.price().add(BigDecimal.ONE))
                .expectVersion(clerkA.version())
                .returning(ReturnChoice.ALL_NEW)
                .execute().orElseThrow();
        out.printf(Locale.ROOT, "   clerk A: %s price %s -> %s, version %d -> %d%n", repriced.name(), money(clerkA.price()), money(repriced.price()),
                clerkA.version(), repriced.version());
        code("products.save(new Product(..., stock + 10, versionClerkBRead))");
        boolean rejected = false;
        try {
            shop.products().save(withStock(clerkB, clerkB.stock() + 10));
        } catch (OptimisticLockException e) {
            rejected = true;
            out.println("   clerk B: OptimisticLockException: " + e.getMessage());
        }
        Product fresh = shop.products().get(productId).orElseThrow();
        Product saved = shop.products().save(withStock(fresh, fresh.stock() + 10));
        out.printf(Locale.ROOT, "   clerk B reads again and retries: stock %d -> %d, price %s kept, version %d%n", fresh.stock(),
                saved.stock(), money(saved.price()), saved.version());
        return new Optimistic(rejected, saved.version());
    }

    private static Product withStock(Product product, int stock) {
        return new Product(product.productId(), product.name(), product.category(), product.price(), stock, product.version());
    }

    /** Shipping a canceled order only if it is paid: the condition does not hold, nothing is written. */
    private boolean conditionalWrite() {
        // a canceled order, or in a tiny data set any order that is not paid
        Order cancelled = data.orders().stream().filter(order -> order.status() == OrderStatus.CANCELLED).findFirst()
                .or(() -> data.orders().stream().filter(order -> order.status() != OrderStatus.PAID).findFirst())
                .orElseThrow(() -> new IllegalStateException("every order of the data set is paid; use more --customers"));
        scenario("A conditional write that fails: ship order " + cancelled.orderId() + " only if it is PAID",
                "orders.update(\"" + cancelled.customerId() + "\", \"" + cancelled.orderId()
                        + "\").set(Order_.status, OrderStatus.SHIPPED).condition(Order_.status.eq(OrderStatus.PAID)).execute()");
        try {
            shop.orders().update(cancelled.customerId(), cancelled.orderId())
                    .set(Order_.status, OrderStatus.SHIPPED)
                    .condition(Order_.status.eq(OrderStatus.PAID))
                    .execute();
            return false;
        } catch (ConditionFailedException e) {
            out.println("   ConditionFailedException: " + e.getMessage());
            result("the order as stored now: "
                    + e.currentItem(Order_.SCHEMA).map(order -> order.status().toString()).orElse("(none)"));
            return true;
        }
    }

    private record Placed(int stockBefore, int stockAfter, boolean oversoldRejected) {
    }

    /** Placing an order: the order, the stock and the customer check succeed or fail together. */
    private Placed transaction(String customerId, String productId) {
        scenario("Transaction: place an order of 2 x " + productId + " for " + customerId + ", all or nothing",
                "Transaction.write(client)\n"
                        + "      .conditionCheck(customers, customers.key(customerId), Customer_.customerId.exists())\n"
                        + "      .put(orders, order)\n"
                        + "      .update(products.update(productId).add(Product_.stock, -2).condition(Product_.stock.ge(2)))\n"
                        + "      .execute()");
        Product before = shop.products().get(productId).orElseThrow();
        placeOrder(customerId, before, 2);
        Product after = shop.products().get(productId).orElseThrow();
        Order placed = shop.orders().get(customerId, PLACED_ORDER_ID).orElseThrow();
        row(placed);
        result("stock " + before.stock() + " -> " + after.stock() + ", version " + before.version() + " -> " + after.version());

        code("the same with " + (after.stock() + 1) + " x " + productId + ", more than in stock");
        boolean rejected = false;
        try {
            placeOrder(customerId, after, after.stock() + 1);
        } catch (TransactionCanceledException e) {
            rejected = true;
            out.println("   TransactionCanceledException: " + e.reasons().stream()
                    .map(reason -> "action " + reason.index() + " (" + reason.kind() + " on " + reason.tableName() + "): " + reason.code())
                    .collect(Collectors.joining("; ")));
            result("stock still " + shop.products().get(productId).orElseThrow().stock() + "; the order was not replaced");
        }
        return new Placed(before.stock(), after.stock(), rejected);
    }

    private void placeOrder(String customerId, Product product, int quantity) {
        OrderLine line = new OrderLine(product.productId(), quantity, product.price());
        Order order = new Order(customerId, PLACED_ORDER_ID, List.of(line), line.amount(), OrderStatus.PENDING, DemoData.NOW);
        Transaction.write(shop.client())
                .conditionCheck(shop.customers(), shop.customers().key(customerId), Customer_.customerId.exists())
                .put(shop.orders(), order)
                .update(shop.products().update(product.productId())
                        .add(Product_.stock, -quantity)
                        .condition(Product_.stock.ge(quantity)))
                .execute();
    }

    /** A cart with a time to live, and the dates and counter Dynaq keeps, under a clock fixed for the demo. */
    private Carts carts(String customerId, String productId) {
        scenario("Carts expire: @TimeToLive, @CreatedDate, @LastModifiedDate and an @AtomicCounter, on a fixed clock",
                "carts.withClock(Clock.fixed(NOW, UTC)).save(new Cart(cartId, customerId, List.of(productId),"
                        + " NOW.plus(7 days), null, null, 0))");
        String cartId = "cart-" + customerId;
        CartTable atNow = shop.carts().withClock(Clock.fixed(DemoData.NOW, ZoneOffset.UTC));
        atNow.delete(atNow.key(cartId));   // a fresh cart on every run, also on a kept table
        Cart saved = atNow.save(new Cart(cartId, customerId, List.of(productId), DemoData.NOW.plus(Duration.ofDays(7)), null,
                null, 0));
        cart("", saved);
        String stored = shop.client().getItem(b -> b.tableName(shop.carts().tableName())
                .key(shop.carts().key(cartId).toMap())).item().get("expiresAt").toString();
        TimeToLiveDescription ttl = shop.client().describeTimeToLive(b -> b.tableName(shop.carts().tableName())).timeToLiveDescription();
        String timeToLive = ttl.timeToLiveStatusAsString() + " on " + ttl.attributeName();
        result("expiresAt is stored as " + stored + " (epoch seconds, what DynamoDB's TTL reads); time to live: "
                + timeToLive + " (createTable() enabled it)");

        code("carts.withClock(Clock.fixed(NOW.plus(10 min), UTC)).update(cartId).append(Cart_.productIds, List.of(\"p-extra\"))"
                + ".returning(ReturnChoice.ALL_NEW).execute()");
        CartTable later = shop.carts().withClock(Clock.fixed(DemoData.NOW.plus(Duration.ofMinutes(10)), ZoneOffset.UTC));
        Cart updated = later.update(cartId).append(Cart_.productIds, List.of("p-extra"))
                .returning(ReturnChoice.ALL_NEW).execute().orElseThrow();
        cart("", updated);
        result("createdAt kept, updatedAt moved on, changes + 1 (ADD, atomic)");
        return new Carts(saved, updated, stored, timeToLive);
    }

    /**
     * One change of the cart, read from the carts table's DynamoDB stream with the Streams client and
     * decoded by the generated schema: what a Lambda function or a Kinesis consumer of the stream sees.
     */
    private Change<Cart> streamChange(String cartId) {
        String table = shop.carts().tableName();
        scenario("The cart's change on its DynamoDB stream, decoded: Cart_.SCHEMA.change(record)",
                "client.updateTable(b -> b.tableName(\"" + table + "\").streamSpecification(NEW_AND_OLD_IMAGES))");
        StreamSpecification stream = shop.client().describeTable(b -> b.tableName(table)).table().streamSpecification();
        if (stream == null || !Boolean.TRUE.equals(stream.streamEnabled())) {
            shop.client().updateTable(b -> b.tableName(table).streamSpecification(s -> s.streamEnabled(true)
                    .streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
            try (DynamoDbWaiter waiter = shop.client().waiter()) {
                waiter.waitUntilTableExists(b -> b.tableName(table));
            }
            result("stream enabled");
        } else {
            result("the table has a stream already (" + stream.streamViewTypeAsString() + ")");
        }
        // only the records written from now on: a kept table's stream still holds earlier runs' changes
        StreamReader reader = StreamReader.fromNow(shop.client(), shop.streams(), table);
        Instant expiry = DemoData.NOW.plus(Duration.ofDays(14));
        code("carts.withClock(Clock.fixed(NOW.plus(20 min), UTC)).update(cartId).set(Cart_.expiresAt, NOW.plus(14 days)).execute()");
        shop.carts().withClock(Clock.fixed(DemoData.NOW.plus(Duration.ofMinutes(20)), ZoneOffset.UTC))
                .update(cartId).set(Cart_.expiresAt, expiry).execute();

        code("streams.getRecords(b -> b.shardIterator(iterator)).records().stream().map(Cart_.SCHEMA::change)");
        List<Change<Cart>> changes = reader.readUntil(record -> record.eventName() == OperationType.MODIFY, Duration.ofSeconds(30))
                .stream().map(Cart_.SCHEMA::change).toList();
        Change<Cart> change = changes.stream().filter(c -> c.eventName() == Change.EventName.MODIFY)
                .filter(c -> c.key().equals(shop.carts().key(cartId))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no MODIFY record of " + cartId + " on the stream of " + table));
        out.printf(Locale.ROOT, "   %s  key %s  (view %s, sequence number %s)%n", change.eventName(), describe(change.key().toMap()),
                change.viewType().map(StreamViewType::toString).orElse("?"), change.sequenceNumber().orElse("?"));
        change.oldItem().ifPresent(cart -> cart("old ", cart));
        change.newItem().ifPresent(cart -> cart("new ", cart));
        result("old and new item decoded by the generated schema; expiresAt moved to " + TIME.format(expiry)
                + ", updatedAt and changes moved with it");
        return change;
    }

    /** @return a key as {@code cartId=cart-c0042} */
    private static String describe(Map<String, AttributeValue> key) {
        return key.entrySet().stream().map(e -> e.getKey() + "=" + (e.getValue().s() != null ? e.getValue().s() : e.getValue().n()))
                .collect(Collectors.joining(", "));
    }

    private void cart(String label, Cart cart) {
        out.printf(Locale.ROOT, "   %s%s  %s  created %s  updated %s  changes %d  expires %s%n", label, cart.cartId(), cart.productIds(),
                TIME.format(cart.createdAt()), TIME.format(cart.updatedAt()), cart.changes(), TIME.format(cart.expiresAt()));
    }

    // ---- printing

    private void scenario(String title, String call) {
        out.printf(Locale.ROOT, "%n%2d. %s%n", ++number, title);
        code(call);
    }

    private void code(String call) {
        out.println("    > " + call);
    }

    private void result(String text) {
        out.println("   = " + text);
    }

    private void row(Order order) {
        out.printf(Locale.ROOT, "   %s  %s  %s  %-9s  %d line%s  %9s%n", order.customerId(), order.orderId(), TIME.format(order.createdAt()),
                order.status(), order.lines().size(), order.lines().size() == 1 ? " " : "s", money(order.total()));
    }

    private static String sum(List<Order> orders) {
        return money(orders.stream().map(Order::total).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** DynamoDB numbers keep no trailing zeros (120.50 reads back as 120.5), so amounts are shown with two decimals. */
    private static String money(BigDecimal amount) {
        return amount == null ? "null" : String.format(Locale.ROOT, "%,.2f", amount);
    }

    private static String capacity(List<Page<Order>> pages) {
        double units = pages.stream().map(Page::consumedCapacity).flatMap(Optional::stream)
                .mapToDouble(c -> c.capacityUnits() == null ? 0 : c.capacityUnits()).sum();
        boolean reported = pages.stream().map(Page::consumedCapacity).anyMatch(Optional::isPresent);
        return reported ? String.format(Locale.ROOT, "%.1f read capacity units in %d page%s", units, pages.size(), pages.size() == 1 ? "" : "s")
                : "(no capacity reported)";
    }

    private static <T> List<T> toList(Iterable<T> iterable) {
        List<T> list = new ArrayList<>();
        iterable.forEach(list::add);
        return list;
    }

    private static List<String> ids(Page<Order> page) {
        return page.items().stream().map(Order::orderId).toList();
    }
}
