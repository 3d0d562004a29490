package dev.dynaq.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.dynaq.spring.boot.test.DynaqSpringTest;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The orders endpoint over HTTP (MockMvc) on the in-process DynamoDB Local, the whole application
 * started as in production but for the database: {@code @DynaqSpringTest} points it at DynamoDB Local
 * and creates its table. Each test uses customers of its own; the table is shared by the tests.
 */
@DynaqSpringTest
@AutoConfigureMockMvc
class OrderControllerTest {
    private static final AtomicInteger CUSTOMERS = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrderTable orders;

    @Test
    void placesAnOrderAndReadsItBack() {
        String customer = customer();
        MvcTestResult placed = place(customer, "[\"book\", \"pen\"]", "12.50");

        assertThat(placed).hasStatus(HttpStatus.CREATED);
        String orderId = placed.getResponse().getHeader("Location").replaceAll(".*/", "");
        assertThat(placed).bodyJson().extractingPath("$.status").isEqualTo("PENDING");
        assertThat(orders.get(customer, orderId)).hasValueSatisfying(order -> {
            assertThat(order.items()).containsExactly("book", "pen");
            assertThat(order.total()).isEqualByComparingTo("12.50");
        });
        assertThat(mvc.get().uri("/customers/{c}/orders/{o}", customer, orderId))
                .hasStatusOk()
                .bodyJson().extractingPath("$.items").asArray().containsExactly("book", "pen");
    }

    @Test
    void anUnknownOrderIs404() {
        assertThat(mvc.get().uri("/customers/{c}/orders/{o}", customer(), "nope")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aBadOrderIs400() {
        assertThat(place(customer(), "[]", "1")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void listsACustomersOrdersNewestFirstPageByPageWithTheCursor() {
        String customer = customer();
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            placed.add(0, orderId(place(customer, "[\"item" + i + "\"]", "1")));
        }
        String other = customer();
        place(other, "[\"theirs\"]", "1");

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = mvc.get().uri("/customers/{c}/orders", customer).param("limit", "2");
            if (cursor != null) {
                request = request.param("cursor", cursor);
            }
            MvcTestResult page = request.exchange();
            assertThat(page).hasStatusOk();
            seen.addAll(read(page, "$.items[*].orderId"));
            cursor = read(page, "$.cursor");
            pages++;
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(placed);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void listsOrdersByStatusAcrossCustomers() {
        String first = customer();
        String second = customer();
        String shipped = orderId(place(first, "[\"a\"]", "1"));
        String alsoShipped = orderId(place(second, "[\"b\"]", "2"));
        String pending = orderId(place(second, "[\"c\"]", "3"));

        assertThat(changeStatus(first, shipped, "SHIPPED")).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("SHIPPED");
        assertThat(changeStatus(second, alsoShipped, "SHIPPED")).hasStatusOk();

        List<String> shippedIds = new ArrayList<>();
        String cursor = null;
        do {
            var request = mvc.get().uri("/orders").param("status", "SHIPPED").param("limit", "50");
            if (cursor != null) {
                request = request.param("cursor", cursor);
            }
            MvcTestResult page = request.exchange();
            assertThat(page).hasStatusOk();
            shippedIds.addAll(read(page, "$.items[*].orderId"));
            cursor = read(page, "$.cursor");
        } while (cursor != null);

        assertThat(shippedIds).contains(alsoShipped, shipped).doesNotContain(pending);
        assertThat(shippedIds.indexOf(alsoShipped)).isLessThan(shippedIds.indexOf(shipped));   // newest first
    }

    @Test
    void aTamperedCursorIs400() {
        String customer = customer();
        place(customer, "[\"a\"]", "1");
        place(customer, "[\"b\"]", "1");
        String cursor = read(mvc.get().uri("/customers/{c}/orders", customer).param("limit", "1").exchange(), "$.cursor");
        String tampered = cursor.substring(0, 5) + (cursor.charAt(5) == 'A' ? 'B' : 'A') + cursor.substring(6);

        assertThat(mvc.get().uri("/customers/{c}/orders", customer).param("cursor", tampered))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.detail").asString().startsWith("invalid cursor");
        // a cursor of another list (the status index) does not fit either
        assertThat(mvc.get().uri("/orders").param("status", "PENDING").param("cursor", cursor))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void healthShowsTheTable() {
        assertThat(mvc.get().uri("/actuator/health"))
                .hasStatusOk()
                .bodyJson().extractingPath("$.components.dynaq.details.shop_orders.status").isEqualTo("ACTIVE");
    }

    @Test
    void requestsAreMeteredPerTableAndOperation() {
        place(customer(), "[\"a\"]", "1");

        assertThat(mvc.get().uri("/actuator/metrics/dynaq.requests").param("tag", "table:shop_orders")
                .param("tag", "operation:PutItem"))
                .hasStatusOk()
                .bodyJson().extractingPath("$.measurements[?(@.statistic == 'COUNT')].value").asArray().isNotEmpty();
    }

    private MvcTestResult place(String customer, String items, String total) {
        return mvc.post().uri("/customers/{c}/orders", customer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"items\": " + items + ", \"total\": " + total + "}").exchange();
    }

    private MvcTestResult changeStatus(String customer, String orderId, String status) {
        return mvc.put().uri("/customers/{c}/orders/{o}/status", customer, orderId).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"" + status + "\"}").exchange();
    }

    private static String orderId(MvcTestResult placed) {
        assertThat(placed).hasStatus(HttpStatus.CREATED);
        return placed.getResponse().getHeader("Location").replaceAll(".*/", "");
    }

    private static <T> T read(MvcTestResult result, String path) {
        try {
            return JsonPath.read(result.getResponse().getContentAsString(), path);
        } catch (UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    private static String customer() {
        return "customer-" + CUSTOMERS.incrementAndGet() + "-" + System.nanoTime();
    }
}
