package dev.dynaq;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * One page of results: the items, and where the next page starts. Immutable.
 *
 * @param <T> the item type
 */
public final class Page<T> {
    private final List<T> items;
    private final Cursor cursor;
    private final ConsumedCapacity consumedCapacity;

    /**
     * @param items the items of this page
     * @param cursor where the next page starts, or {@code null} on the last page
     * @param consumedCapacity the capacity the page's requests consumed, or {@code null} when not asked for
     */
    public Page(List<T> items, Cursor cursor, ConsumedCapacity consumedCapacity) {
        this.items = List.copyOf(items);
        this.cursor = cursor;
        this.consumedCapacity = consumedCapacity;
    }

    /** @return the items, in query order; unmodifiable */
    public List<T> items() {
        return items;
    }

    /**
     * @return where the next page starts; empty on the last page. Pass it to
     *     {@code startCursor(...)} of the same query, or send {@link Cursor#toUrlSafe()} to a client.
     */
    public Optional<Cursor> cursor() {
        return Optional.ofNullable(cursor);
    }

    /**
     * @return whether more items may follow. Like DynamoDB's {@code LastEvaluatedKey}, this can be
     *     true when the next page turns out empty.
     */
    public boolean hasMore() {
        return cursor != null;
    }

    /** @return the raw exclusive start key of the next page (DynamoDB's {@code LastEvaluatedKey}); empty on the last page */
    public Map<String, AttributeValue> lastEvaluatedKey() {
        return cursor == null ? Map.of() : cursor.key();
    }

    /** @return the capacity consumed by the requests of this page, when {@code returnConsumedCapacity()} was asked for */
    public Optional<ConsumedCapacity> consumedCapacity() {
        return Optional.ofNullable(consumedCapacity);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Page<?> page && items.equals(page.items) && Objects.equals(cursor, page.cursor)
                && Objects.equals(consumedCapacity, page.consumedCapacity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(items, cursor, consumedCapacity);
    }

    @Override
    public String toString() {
        return "Page[" + items.size() + " items, hasMore=" + hasMore() + "]";
    }
}
