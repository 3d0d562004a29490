package dev.dynaq.internal;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * Counts matching items with {@code Select.COUNT}, summed over as many responses as it takes, never
 * loading items: the counting algorithm shared by the sync and async engines. Items skipped by
 * {@code offset} are not counted; the count stops at the cap (the query's {@code limit} and the
 * {@code count(limit)} argument), and without a filter the requests' {@code Limit} keeps DynamoDB
 * from evaluating more than the cap needs. Not thread-safe.
 */
public final class CountCollector {
    private final ReadPlan<?> plan;
    private final Long cap;
    private Map<String, AttributeValue> startKey;
    private long counted;
    private boolean complete;
    private ConsumedCapacity capacity;
    private int requestsSent;

    /**
     * @param plan the read; it must have no end cursor (count those by reading keys)
     * @param cap the most to count, or {@code null}
     */
    public CountCollector(ReadPlan<?> plan, Integer cap) {
        if (plan.hasEnd()) {
            throw new IllegalArgumentException("Select.COUNT cannot stop at an end cursor");
        }
        this.plan = plan;
        Integer limit = plan.spec().limit();
        Integer effective = cap == null ? limit : limit == null ? cap : Integer.valueOf(Math.min(cap, limit));
        this.cap = effective == null ? null : (long) effective;
        this.startKey = plan.spec().startCursor() == null ? null : plan.spec().startCursor().key();
    }

    /** @return whether the count is complete */
    public boolean isComplete() {
        return complete;
    }

    /** @return the next request */
    public ReadCall nextCall() {
        Integer limit = plan.spec().pageSize();
        if (plan.spec().filter() == null && cap != null) {
            long needed = cap + plan.spec().offset() - counted;
            if (needed < Integer.MAX_VALUE) {
                limit = limit == null ? (int) needed : Math.min(limit, (int) needed);
            }
        }
        return new ReadCall(startKey, limit, true, requestsSent + 1);
    }

    /** @param response the response to the last {@link #nextCall()} */
    public void accept(ReadResponse response) {
        requestsSent++;
        capacity = ReadPlan.addCapacity(capacity, response.consumedCapacity());
        counted += response.count();
        startKey = response.lastEvaluatedKey();
        if (startKey == null || (cap != null && counted >= cap + plan.spec().offset())) {
            complete = true;
        }
    }

    /** @return the count: matching items after the offset, at most the cap */
    public long result() {
        long result = Math.max(0, counted - plan.spec().offset());
        return cap == null ? result : Math.min(result, cap);
    }

    /** @return the capacity the count consumed, or {@code null} */
    public ConsumedCapacity consumedCapacity() {
        return capacity;
    }
}
