package dev.dynaq.examples.spring;

import dev.dynaq.Cursor;
import dev.dynaq.Page;
import java.util.List;

/**
 * One page of orders as JSON: the orders, and the url-safe cursor of the next page ({@code null} on the
 * last one), to send back as {@code ?cursor=}.
 *
 * @param items the orders of this page
 * @param cursor where the next page starts, or {@code null}
 */
public record OrderPage(List<Order> items, String cursor) {
    /** @return the page as JSON */
    static OrderPage of(Page<Order> page) {
        return new OrderPage(page.items(), page.cursor().map(Cursor::toUrlSafe).orElse(null));
    }
}
