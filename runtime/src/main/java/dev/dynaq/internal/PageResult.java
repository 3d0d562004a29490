package dev.dynaq.internal;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * The raw result of one page: items as returned, where the next page starts, and what it cost.
 *
 * @param items the items, in read order
 * @param cursorKey the exclusive start key of the next page, or {@code null} when the read is over
 * @param consumedCapacity the sum over the page's requests, or {@code null}
 * @param next the position after this page
 */
public record PageResult(
        List<Map<String, AttributeValue>> items,
        Map<String, AttributeValue> cursorKey,
        ConsumedCapacity consumedCapacity,
        ReadPosition next) {
    /** Copies the items. */
    public PageResult {
        items = List.copyOf(items);
    }
}
