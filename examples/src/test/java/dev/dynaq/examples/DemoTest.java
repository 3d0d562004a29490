package dev.dynaq.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.examples.model.Cart;
import dev.dynaq.examples.model.Order;
import dev.dynaq.examples.model.OrderStatus;
import dev.dynaq.examples.model.Product;
import dev.dynaq.stream.Change;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * The demo's smoke test: the whole demo (tables, loading, every scenario) on the in-process DynamoDB
 * Local with a smaller data set, its findings checked against the data set computed in memory.
 */
class DemoTest {
    private static final int CUSTOMERS = 120;
    private static final long SEED = 42;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private static DemoData data;
    private static Tour.Report report;
    private static String output;

    @BeforeAll
    static void runTheDemo() {
        data = DemoData.generate(SEED, CUSTOMERS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            report = Demo.run(new Demo.Options(null, false, false, CUSTOMERS, SEED), out, false);
        }
        output = bytes.toString(StandardCharsets.UTF_8);
    }

    private static List<Order> orders(Predicate<Order> predicate) {
        return data.orders().stream().filter(predicate).toList();
    }

    private static Predicate<Order> status(OrderStatus status) {
        return order -> order.status() == status;
    }

    @Test
    void theDataSetIsTheSameForTheSameSeedAndRealistic() {
        assertThat(DemoData.generate(SEED, CUSTOMERS)).isEqualTo(data);
        DemoData full = DemoData.generate(SEED, 300);
        assertThat(full.orders()).hasSizeBetween(2_500, 3_500);
        assertThat(full.orders().stream().filter(order -> order.total().compareTo(new BigDecimal("100")) >= 0).count())
                .as("the filter scenario keeps some orders and drops others")
                .isBetween(300L, 2_500L);
    }

    @Test
    void everyTableIsLoadedWithProgressShown() {
        assertThat(output)
                .contains("demo_orders", "[" + "#".repeat(30) + "] 100%")
                .contains(String.format(Locale.ROOT, "%,6d", data.orders().size()))
                .contains("Done: every scenario ran.");
    }

    @Test
    void theStreamReturnsEveryOrderOfTheCustomer() {
        assertThat(report.streamed()).isEqualTo(orders(order -> order.customerId().equals(report.customerId())).size());
        assertThat(report.streamed()).isGreaterThan(1);
    }

    @Test
    void listCollectsEveryShippedOrder() {
        assertThat(report.shipped()).isEqualTo(orders(status(OrderStatus.SHIPPED)).size());
    }

    @Test
    void thePageResumedFromTheCursorStringContinuesWhereTheFirstEnded() {
        List<String> deliveredInTimeOrder = orders(status(OrderStatus.DELIVERED)).stream()
                .sorted(Comparator.comparing(Order::createdAt)).map(Order::orderId).toList();
        assertThat(report.firstPage()).containsExactlyElementsOf(deliveredInTimeOrder.subList(0, 25));
        assertThat(report.secondPage()).containsExactlyElementsOf(deliveredInTimeOrder.subList(25, 50));
        assertThat(report.cursor()).matches("[A-Za-z0-9_-]+");
        assertThat(output).contains("cursor: " + report.cursor()).contains("read capacity units");
    }

    @Test
    void theFilterKeepsOnlyOrdersOfAHundredOrMore() {
        Instant since = DemoData.NOW.minus(Duration.ofDays(90));
        assertThat(report.bigOrders()).isPositive().isEqualTo(orders(status(OrderStatus.DELIVERED)
                .and(order -> !order.createdAt().isBefore(since))
                .and(order -> order.total().compareTo(new BigDecimal("100")) >= 0)).size());
    }

    @Test
    void theLocalIndexReturnsTheNewestOrdersFirst() {
        List<Instant> expected = orders(order -> order.customerId().equals(report.customerId())).stream()
                .map(Order::createdAt).sorted(Comparator.reverseOrder()).limit(3).toList();
        assertThat(report.newestFirst()).containsExactlyElementsOf(expected);
    }

    @Test
    void theGlobalIndexSelectsTheTimeRange() {
        Instant weekAgo = DemoData.NOW.minus(Duration.ofDays(7));
        assertThat(report.recentlyPaid()).isEqualTo(orders(status(OrderStatus.PAID)
                .and(order -> !order.createdAt().isBefore(weekAgo))).size());
    }

    @Test
    void projectionAndKeysOnlyReadOnlyTheirAttributes() {
        assertThat(report.projected()).hasSize((int) report.streamed()).allSatisfy(order -> {
            assertThat(order.orderId()).isNotNull();
            assertThat(order.total()).isNotNull();
            assertThat(order.status()).isNull();
            assertThat(order.lines()).isNull();
        });
        assertThat(report.keysOnly()).isNotEmpty().allSatisfy(order -> {
            assertThat(order.customerId()).isNotNull();
            assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
            assertThat(order.createdAt()).isNotNull();
            assertThat(order.total()).isNull();
        });
    }

    @Test
    void countAndFirstMatchTheData() {
        assertThat(report.cancelled()).isEqualTo(orders(status(OrderStatus.CANCELLED)).size());
        Order oldestPending = orders(status(OrderStatus.PENDING)).stream().min(Comparator.comparing(Order::createdAt)).orElseThrow();
        assertThat(report.oldestPending()).map(Order::orderId).contains(oldestPending.orderId());
    }

    @Test
    void theStaleWriteAndTheConditionalWriteFail() {
        assertThat(report.staleWriteRejected()).isTrue();
        // 1 when loaded, 2 after clerk A's update, 3 after clerk B's retry
        assertThat(report.productVersion()).isEqualTo(3);
        assertThat(report.conditionalWriteRejected()).isTrue();
        assertThat(output).contains("OptimisticLockException: ", "ConditionFailedException: ", "the order as stored now: CANCELLED");
    }

    @Test
    void theTransactionTakesStockAndTheOversoldOneIsCanceled() {
        Product product = data.products().stream().max(Comparator.comparingInt(Product::stock)
                .thenComparing(Product::productId, Comparator.reverseOrder())).orElseThrow();
        assertThat(report.stockBefore()).isEqualTo(product.stock() + 10);
        assertThat(report.stockAfter()).isEqualTo(report.stockBefore() - 2);
        assertThat(report.oversoldRejected()).isTrue();
        assertThat(output).contains("TransactionCanceledException: ", "ConditionalCheckFailed");
    }

    @Test
    void theAsyncCountSeesThePlacedOrder() {
        assertThat(report.asyncPending()).isEqualTo(orders(status(OrderStatus.PENDING)).size() + 1L);
    }

    @Test
    void theCartExpiresByTimeToLiveAndCarriesTheDatesAndCounterDynaqKeeps() {
        Tour.Carts cart = report.cart();
        assertThat(cart.storedExpiry()).isEqualTo("AttributeValue(N=" + (DemoData.NOW.getEpochSecond() + 7 * 86_400) + ")");
        assertThat(cart.timeToLive()).isEqualTo("ENABLED on expiresAt");
        assertThat(cart.saved().createdAt()).isEqualTo(DemoData.NOW);
        assertThat(cart.saved().updatedAt()).isEqualTo(DemoData.NOW);
        assertThat(cart.saved().changes()).isZero();
        assertThat(cart.updated().createdAt()).isEqualTo(DemoData.NOW);
        assertThat(cart.updated().updatedAt()).isEqualTo(DemoData.NOW.plus(Duration.ofMinutes(10)));
        assertThat(cart.updated().changes()).isEqualTo(1);
        assertThat(cart.updated().productIds()).hasSize(2).endsWith("p-extra");
        assertThat(output).contains("Carts expire");
    }

    @Test
    void theCartsChangeIsReadFromItsStreamAndDecodedWithOldAndNewItem() {
        Tour.Carts cart = report.cart();
        Change<Cart> change = report.cartChange();
        assertThat(change.eventName()).isEqualTo(Change.EventName.MODIFY);
        assertThat(change.viewType()).contains(StreamViewType.NEW_AND_OLD_IMAGES);
        assertThat(change.key().toMap()).isEqualTo(Map.of("cartId", AttributeValue.fromS(cart.saved().cartId())));
        assertThat(change.oldItem()).contains(cart.updated());
        Cart extended = new Cart(cart.updated().cartId(), cart.updated().customerId(), cart.updated().productIds(),
                DemoData.NOW.plus(Duration.ofDays(14)), DemoData.NOW, DemoData.NOW.plus(Duration.ofMinutes(20)), 2);
        assertThat(change.newItem()).contains(extended);
        assertThat(output)
                .contains("The cart's change on its DynamoDB stream, decoded")
                .contains("MODIFY  key cartId=" + cart.saved().cartId() + "  (view NEW_AND_OLD_IMAGES")
                .containsPattern("old " + cart.saved().cartId() + " .* changes 1 .*\\n.*new " + cart.saved().cartId()
                        + " .*updated " + TIME.format(DemoData.NOW.plus(Duration.ofMinutes(20))) + "  changes 2  expires "
                        + TIME.format(DemoData.NOW.plus(Duration.ofDays(14))));
    }

    @Test
    void optionsComeFromArgumentsSplitAtSpacesAndFromTheEnvironment() {
        Demo.Options options = Demo.Options.parse(new String[] {"--reset --customers 50", "", "--seed", "7"}, null);
        assertThat(options).isEqualTo(new Demo.Options(null, false, true, 50, 7));
        assertThat(options.local()).isTrue();

        Demo.Options remote = Demo.Options.parse(new String[0], "http://localhost:8000");
        assertThat(remote.endpoint()).isEqualTo(URI.create("http://localhost:8000"));
        assertThat(remote.local()).isFalse();

        assertThatThrownBy(() -> Demo.Options.parse(new String[] {"--aws"}, "http://localhost:8000"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exclude each other");
        assertThatThrownBy(() -> Demo.Options.parse(new String[] {"--customers"}, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> Demo.Options.parse(new String[] {"--verbose"}, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown argument '--verbose'");
    }
}
