package dev.dynaq;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * One DynamoDB request as a {@link RequestListener} sees it: which operation on which table and
 * index, how many items it returned or wrote, the capacity it consumed, how long it took, and how it
 * failed. Immutable.
 *
 * <p>A query or scan that reads several pages sends one request per page, so it makes one event per
 * page ({@link #page()} numbers them); a batch makes one per BatchWriteItem or BatchGetItem request,
 * retries included.
 */
public final class RequestEvent {
    private final String operation;
    private final String tableName;
    private final String indexName;
    private final int page;
    private final int items;
    private final int scannedCount;
    private final int unprocessed;
    private final double consumedCapacity;
    private final long durationNanos;
    private final Throwable error;
    private final DynamoDbRequest request;
    private final DynamoDbResponse response;

    /**
     * @param operation DynamoDB's name of the operation: {@code Query}, {@code PutItem}, ...
     * @param tableName the physical table; the tables of a transaction joined with {@code ","}
     * @param indexName the index read, or {@code null} for the table
     * @param page the request's number within its read (1 for the first page); 1 for other operations
     * @param items the items returned or counted (reads) or written (writes)
     * @param scannedCount the items a Query or Scan evaluated before its filter; 0 for other operations
     * @param unprocessed the items or keys a batch request returned unprocessed
     * @param consumedCapacity the capacity units consumed, or {@code NaN} when DynamoDB did not return them
     * @param durationNanos the time from sending to the response or failure
     * @param error the failure, or {@code null}
     * @param request the request as sent (it holds the values: handle with care)
     * @param response the response, or {@code null} on failure
     */
    public RequestEvent(String operation, String tableName, String indexName, int page, int items, int scannedCount,
            int unprocessed, double consumedCapacity, long durationNanos, Throwable error, DynamoDbRequest request,
            DynamoDbResponse response) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.indexName = indexName;
        this.page = page;
        this.items = items;
        this.scannedCount = scannedCount;
        this.unprocessed = unprocessed;
        this.consumedCapacity = consumedCapacity;
        this.durationNanos = durationNanos;
        this.error = error;
        this.request = Objects.requireNonNull(request, "request");
        this.response = response;
    }

    /** @return DynamoDB's name of the operation: {@code GetItem}, {@code PutItem}, {@code UpdateItem},
     *     {@code DeleteItem}, {@code Query}, {@code Scan}, {@code BatchGetItem}, {@code BatchWriteItem},
     *     {@code TransactGetItems}, {@code TransactWriteItems}, {@code CreateTable}, {@code DeleteTable} */
    public String operation() {
        return operation;
    }

    /** @return the physical table name; for a transaction, its tables joined with {@code ","} in order */
    public String tableName() {
        return tableName;
    }

    /** @return the secondary index a Query or Scan read, if any */
    public Optional<String> indexName() {
        return Optional.ofNullable(indexName);
    }

    /** @return for a Query or Scan, the request's number within its read (1 for the first page); otherwise 1 */
    public int page() {
        return page;
    }

    /**
     * @return the items the request returned (Query, Scan, GetItem, BatchGetItem, TransactGetItems;
     *     for a count, the items counted) or wrote (1 for PutItem, UpdateItem and DeleteItem, the
     *     writes done for BatchWriteItem, the actions of TransactWriteItems); 0 when it failed
     */
    public int items() {
        return items;
    }

    /** @return the items a Query or Scan evaluated before its filter dropped some; 0 for other operations */
    public int scannedCount() {
        return scannedCount;
    }

    /** @return the items or keys a batch request returned unprocessed (retried as its policy says) */
    public int unprocessed() {
        return unprocessed;
    }

    /** @return the capacity units consumed, summed over the tables and indexes, when DynamoDB returned them */
    public OptionalDouble consumedCapacity() {
        return Double.isNaN(consumedCapacity) ? OptionalDouble.empty() : OptionalDouble.of(consumedCapacity);
    }

    /** @return the time from sending the request to its response or failure, SDK retries included */
    public Duration duration() {
        return Duration.ofNanos(durationNanos);
    }

    /** @return {@link #duration()} in nanoseconds */
    public long durationNanos() {
        return durationNanos;
    }

    /** @return whether the request succeeded */
    public boolean succeeded() {
        return error == null;
    }

    /** @return the failure (an SDK exception such as {@code ConditionalCheckFailedException}), if it failed */
    public Optional<Throwable> error() {
        return Optional.ofNullable(error);
    }

    /** @return the request as sent; it holds the item values, so keep it out of logs you do not control */
    public DynamoDbRequest request() {
        return request;
    }

    /** @return the response, unless the request failed */
    public Optional<DynamoDbResponse> response() {
        return Optional.ofNullable(response);
    }

    @Override
    public String toString() {
        return "RequestEvent[" + operation + " " + tableName + (indexName == null ? "" : " index " + indexName) + ", page " + page
                + ", items " + items + ", " + (error == null ? "succeeded" : "failed: " + error.getClass().getSimpleName())
                + " in " + duration() + "]";
    }
}
