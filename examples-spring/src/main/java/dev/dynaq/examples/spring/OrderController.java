package dev.dynaq.examples.spring;

import dev.dynaq.ConditionFailedException;
import dev.dynaq.Cursor;
import dev.dynaq.InvalidCursorException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The orders endpoint, straight on the generated {@code OrderTable} bean:
 * <ul>
 *   <li>{@code POST /customers/{customerId}/orders} places an order;
 *   <li>{@code GET /customers/{customerId}/orders/{orderId}} reads one;
 *   <li>{@code GET /customers/{customerId}/orders?limit=&cursor=} lists a customer's orders, newest first;
 *   <li>{@code GET /orders?status=&limit=&cursor=} lists the orders of a status, newest first;
 *   <li>{@code PUT /customers/{customerId}/orders/{orderId}/status} changes the status.
 * </ul>
 * Lists are pages of {@link OrderPage}: the next page is asked for with the {@code cursor} of the last.
 */
@RestController
public class OrderController {
    private static final int MAX_LIMIT = 100;

    private final OrderTable orders;
    private final Clock clock = Clock.systemUTC();

    /** @param orders the generated table, a bean of the starter */
    public OrderController(OrderTable orders) {
        this.orders = orders;
    }

    /**
     * What a client sends to place an order.
     *
     * @param items what is ordered, at least one
     * @param total what it costs, not negative
     */
    public record NewOrder(List<String> items, BigDecimal total) {
    }

    /**
     * The new status of an order.
     *
     * @param status the status
     */
    public record StatusChange(OrderStatus status) {
    }

    /**
     * @param customerId whose order
     * @param order what is ordered
     * @return 201 with the order and its location
     */
    @PostMapping("/customers/{customerId}/orders")
    public ResponseEntity<Order> place(@PathVariable String customerId, @RequestBody NewOrder order) {
        if (order.items() == null || order.items().isEmpty() || order.total() == null || order.total().signum() < 0) {
            throw new IllegalArgumentException("an order needs at least one item and a total that is not negative");
        }
        Instant now = clock.instant();
        String orderId = now.toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Order placed = new Order(customerId, orderId, OrderStatus.PENDING, now, List.copyOf(order.items()), order.total());
        if (!orders.putIfAbsent(placed)) {
            throw new IllegalStateException("order id " + orderId + " is taken");
        }
        return ResponseEntity.created(URI.create("/customers/" + customerId + "/orders/" + orderId)).body(placed);
    }

    /**
     * @param customerId whose order
     * @param orderId which order
     * @return 200 with the order, 404 if there is none
     */
    @GetMapping("/customers/{customerId}/orders/{orderId}")
    public ResponseEntity<Order> get(@PathVariable String customerId, @PathVariable String orderId) {
        return ResponseEntity.of(orders.get(customerId, orderId));
    }

    /**
     * @param customerId whose orders
     * @param limit orders per page, 1 to 100
     * @param cursor the {@code cursor} of the previous page, or none for the first
     * @return a page of the customer's orders, newest first
     */
    @GetMapping("/customers/{customerId}/orders")
    public OrderPage ofCustomer(@PathVariable String customerId, @RequestParam(defaultValue = "20") int limit,
            @RequestParam(required = false) String cursor) {
        var query = orders.queryByCustomerId(customerId).descending();
        if (cursor != null) {
            query = query.startCursor(Cursor.fromUrlSafe(cursor));
        }
        return OrderPage.of(query.fetchPage(checked(limit)));
    }

    /**
     * @param status which orders
     * @param limit orders per page, 1 to 100
     * @param cursor the {@code cursor} of the previous page, or none for the first
     * @return a page of the orders with the status, newest first
     */
    @GetMapping("/orders")
    public OrderPage withStatus(@RequestParam OrderStatus status, @RequestParam(defaultValue = "20") int limit,
            @RequestParam(required = false) String cursor) {
        var query = orders.queryByStatus(status).descending();
        if (cursor != null) {
            query = query.startCursor(Cursor.fromUrlSafe(cursor));
        }
        return OrderPage.of(query.fetchPage(checked(limit)));
    }

    /**
     * @param customerId whose order
     * @param orderId which order
     * @param change the new status
     * @return 200 with the changed order, 404 if there is none
     */
    @PutMapping("/customers/{customerId}/orders/{orderId}/status")
    public ResponseEntity<Order> changeStatus(@PathVariable String customerId, @PathVariable String orderId,
            @RequestBody StatusChange change) {
        if (change.status() == null) {
            throw new IllegalArgumentException("a status is needed");
        }
        return ResponseEntity.of(orders.get(customerId, orderId).map(order -> {
            Order changed = new Order(order.customerId(), order.orderId(), change.status(), order.createdAt(), order.items(),
                    order.total());
            orders.put(changed, Order_.status.eq(order.status()));   // fails if someone changed it since the read
            return changed;
        }));
    }

    /** @return 400 for a cursor that is not one of this endpoint's, altered, or of another list */
    @ExceptionHandler(InvalidCursorException.class)
    ProblemDetail invalidCursor(InvalidCursorException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "invalid cursor: " + e.getMessage());
    }

    /** @return 409 when the order changed between the read and the write */
    @ExceptionHandler(ConditionFailedException.class)
    ProblemDetail conflict(ConditionFailedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "the order was changed meanwhile; read it again");
    }

    /** @return 400 for a request this endpoint does not take */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private static int checked(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
        }
        return limit;
    }
}
