package dev.dynaq.internal;

import dev.dynaq.Attribute;
import dev.dynaq.Condition;
import dev.dynaq.Cursor;
import dev.dynaq.DynaqException;
import dev.dynaq.IndexDescriptor;
import dev.dynaq.InvalidCursorException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Everything a query or scan was asked for: an immutable value, so that queries are reusable and
 * each option method returns a new query. {@code partitionValue} is {@code null} for scans.
 *
 * @param index the table's key or the queried index
 * @param partitionValue the partition key value (queries), or {@code null} (scans)
 * @param sortKey the sort-key condition, or {@code null}
 * @param filter the filter, or {@code null}
 * @param descending whether to read in descending sort-key order
 * @param consistentRead whether to read consistently (table and local indexes only)
 * @param projection the attributes to read, empty for all
 * @param keysOnly whether to read only key attributes
 * @param limit the maximum number of items in total, or {@code null}
 * @param pageSize DynamoDB's {@code Limit} per request, or {@code null}
 * @param offset how many matching items to skip
 * @param startCursor where to start, or {@code null}
 * @param endCursor where to stop, or {@code null}
 * @param returnConsumedCapacity whether to ask for consumed capacity
 * @param timeout the per-call deadline, or {@code null}
 */
public record QuerySpec(
        IndexDescriptor index,
        AttributeValue partitionValue,
        SortKeyCondition sortKey,
        Condition filter,
        boolean descending,
        boolean consistentRead,
        List<Attribute<?, ?>> projection,
        boolean keysOnly,
        Integer limit,
        Integer pageSize,
        int offset,
        Cursor startCursor,
        Cursor endCursor,
        boolean returnConsumedCapacity,
        Duration timeout) {

    /** Validates the components. */
    public QuerySpec {
        Objects.requireNonNull(index, "index");
        projection = List.copyOf(projection);
    }

    /**
     * @param index the queried key or index
     * @param partitionValue the partition key value, converted and checked as a key
     * @return a query of one partition with default options
     */
    public static QuerySpec partition(IndexDescriptor index, AttributeValue partitionValue) {
        return new QuerySpec(index, Objects.requireNonNull(partitionValue, "partitionValue"), null, null, false,
                false, List.of(), false, null, null, 0, null, null, false, null);
    }

    /**
     * @param index the table's primary key
     * @return a scan of the whole table with default options
     */
    public static QuerySpec scan(IndexDescriptor index) {
        return new QuerySpec(index, null, null, null, false, false, List.of(), false, null, null, 0, null, null,
                false, null);
    }

    /** @return whether this is a query (rather than a scan) */
    public boolean isQuery() {
        return partitionValue != null;
    }

    /**
     * @param newIndex another index of the same partition key (an LSI)
     * @return this spec on that index, without sort-key condition
     * @throws DynaqException if the filter uses a key attribute of the new index
     * @throws InvalidCursorException if a start or end cursor was set, since it is a position in the old index
     */
    public QuerySpec withIndex(IndexDescriptor newIndex) {
        // what was an ordinary attribute of the old index can be a key of the new one
        if (filter != null) {
            ReadKeys.rejectKeyFilter(newIndex, filter);
        }
        if (startCursor != null || endCursor != null) {
            throw new InvalidCursorException("a cursor is a position in one index: set start and end cursors after"
                    + " choosing index '" + newIndex.indexName() + "', not before");
        }
        return new QuerySpec(newIndex, partitionValue, null, filter, descending, consistentRead, projection, keysOnly,
                limit, pageSize, offset, startCursor, endCursor, returnConsumedCapacity, timeout);
    }

    /** @return this spec with the sort-key condition */
    public QuerySpec withSortKey(SortKeyCondition newSortKey) {
        return new QuerySpec(index, partitionValue, newSortKey, filter, descending, consistentRead, projection,
                keysOnly, limit, pageSize, offset, startCursor, endCursor, returnConsumedCapacity, timeout);
    }

    /** @return this spec with the filter */
    public QuerySpec withFilter(Condition newFilter) {
        return new QuerySpec(index, partitionValue, sortKey, newFilter, descending, consistentRead, projection,
                keysOnly, limit, pageSize, offset, startCursor, endCursor, returnConsumedCapacity, timeout);
    }

    /** @return this spec reading in the given order */
    public QuerySpec withDescending(boolean newDescending) {
        return new QuerySpec(index, partitionValue, sortKey, filter, newDescending, consistentRead, projection,
                keysOnly, limit, pageSize, offset, startCursor, endCursor, returnConsumedCapacity, timeout);
    }

    /** @return this spec with consistent reads on or off */
    public QuerySpec withConsistentRead(boolean newConsistentRead) {
        return new QuerySpec(index, partitionValue, sortKey, filter, descending, newConsistentRead, projection,
                keysOnly, limit, pageSize, offset, startCursor, endCursor, returnConsumedCapacity, timeout);
    }

    /** @return this spec reading only the given attributes */
    public QuerySpec withProjection(List<Attribute<?, ?>> newProjection) {
        return new QuerySpec(index, partitionValue, sortKey, filter, descending, consistentRead, newProjection,
                keysOnly, limit, pageSize, offset, startCursor, endCursor, returnConsumedCapacity, timeout);
    }

    /** @return this spec reading only key attributes, or all */
    public QuerySpec withKeysOnly(boolean newKeysOnly) {
        return new QuerySpec(index, partitionValue, sortKey, filter, descending, consistentRead, projection,
                newKeysOnly, limit, pageSize, offset, startCursor, endCursor, returnConsumedCapacity, timeout);
    }

    /** @return this spec with a total item limit */
    public QuerySpec withLimit(Integer newLimit) {
        return new QuerySpec(index, partitionValue, sortKey, filter, descending, consistentRead, projection, keysOnly,
                newLimit, pageSize, offset, startCursor, endCursor, returnConsumedCapacity, timeout);
    }

    /** @return this spec with a per-request size */
    public QuerySpec withPageSize(Integer newPageSize) {
        return new QuerySpec(index, partitionValue, sortKey, filter, descending, consistentRead, projection, keysOnly,
                limit, newPageSize, offset, startCursor, endCursor, returnConsumedCapacity, timeout);
    }

    /** @return this spec skipping the first matching items */
    public QuerySpec withOffset(int newOffset) {
        return new QuerySpec(index, partitionValue, sortKey, filter, descending, consistentRead, projection, keysOnly,
                limit, pageSize, newOffset, startCursor, endCursor, returnConsumedCapacity, timeout);
    }

    /** @return this spec starting after a cursor */
    public QuerySpec withStartCursor(Cursor newStartCursor) {
        return new QuerySpec(index, partitionValue, sortKey, filter, descending, consistentRead, projection, keysOnly,
                limit, pageSize, offset, newStartCursor, endCursor, returnConsumedCapacity, timeout);
    }

    /** @return this spec stopping at a cursor */
    public QuerySpec withEndCursor(Cursor newEndCursor) {
        return new QuerySpec(index, partitionValue, sortKey, filter, descending, consistentRead, projection, keysOnly,
                limit, pageSize, offset, startCursor, newEndCursor, returnConsumedCapacity, timeout);
    }

    /** @return this spec asking for consumed capacity */
    public QuerySpec withReturnConsumedCapacity(boolean newReturnConsumedCapacity) {
        return new QuerySpec(index, partitionValue, sortKey, filter, descending, consistentRead, projection, keysOnly,
                limit, pageSize, offset, startCursor, endCursor, newReturnConsumedCapacity, timeout);
    }

    /** @return this spec with a per-call deadline */
    public QuerySpec withTimeout(Duration newTimeout) {
        return new QuerySpec(index, partitionValue, sortKey, filter, descending, consistentRead, projection, keysOnly,
                limit, pageSize, offset, startCursor, endCursor, returnConsumedCapacity, newTimeout);
    }
}
