package dev.dynaq.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * Assembles one page from as many responses as it takes: the paging algorithm, shared by the sync
 * and async engines, as a state machine fed with responses. Not thread-safe; one per page, used by
 * one request chain at a time.
 *
 * <ol>
 *   <li>Each request's DynamoDB {@code Limit} is the {@code pageSize} option if set; without a filter
 *       it is at most the items still to skip plus the items still wanted, so nothing is over-read.
 *       With a filter and no {@code pageSize}, requests have no {@code Limit} (DynamoDB reads up to 1 MB).
 *   <li>Matching items are first skipped while {@code offset} remains (they are read and charged),
 *       then added to the page; an item past the end cursor ends the read, the end cursor's own item
 *       is the last one returned.
 *   <li>Requests go on until the page holds the items wanted or DynamoDB returns no
 *       {@code LastEvaluatedKey}. In the "one response" mode (used by {@code pages()} and publishers
 *       without a page size) the page also ends after the first response that added an item.
 *   <li>When a response holds more items than wanted, the page is cut and the next page starts after
 *       the last item returned: its key attributes (table and index keys) are a valid
 *       {@code ExclusiveStartKey}, so no item is skipped or repeated. Otherwise the next page starts at
 *       the response's {@code LastEvaluatedKey}, so a page may report more items when the next page
 *       turns out empty, as DynamoDB does.
 * </ol>
 */
public final class PageCollector {
    private final ReadPlan<?> plan;
    private final int wanted;
    private final boolean oneResponse;
    private final List<Map<String, AttributeValue>> items = new ArrayList<>();
    private Map<String, AttributeValue> startKey;
    private int offsetRemaining;
    private Integer limitRemaining;
    private boolean finished;
    private boolean complete;
    private ConsumedCapacity capacity;
    private int requestsSent;

    /**
     * @param plan the read
     * @param position where the read stands
     * @param pageSize the items wanted on this page (further capped by the remaining limit)
     * @param oneResponse whether to end the page after the first response that added an item
     */
    public PageCollector(ReadPlan<?> plan, ReadPosition position, int pageSize, boolean oneResponse) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be at least 1, got " + pageSize);
        }
        this.plan = plan;
        this.oneResponse = oneResponse;
        this.startKey = position.startKey();
        this.offsetRemaining = position.offsetRemaining();
        this.limitRemaining = position.limitRemaining();
        this.wanted = limitRemaining == null ? pageSize : Math.min(pageSize, limitRemaining);
        this.finished = position.finished();
        this.requestsSent = position.requestsSent();
        this.complete = !position.canContinue();
    }

    /** @return whether the page is complete: call {@link #result()} */
    public boolean isComplete() {
        return complete;
    }

    /** @return the next request to send */
    public ReadCall nextCall() {
        if (complete) {
            throw new IllegalStateException("the page is complete");
        }
        Integer limit = plan.spec().pageSize();
        if (plan.spec().filter() == null) {
            long needed = (long) offsetRemaining + wanted - items.size();
            if (needed < Integer.MAX_VALUE) {
                limit = limit == null ? (int) needed : Math.min(limit, (int) needed);
            }
        }
        return new ReadCall(startKey, limit, false, requestsSent + 1);
    }

    /** @param response the response to the last {@link #nextCall()} */
    public void accept(ReadResponse response) {
        requestsSent++;
        capacity = ReadPlan.addCapacity(capacity, response.consumedCapacity());
        List<Map<String, AttributeValue>> got = response.items();
        for (int i = 0; i < got.size(); i++) {
            Map<String, AttributeValue> item = got.get(i);
            int endState = plan.endState(item);
            if (endState == 2) {
                end();
                return;
            }
            if (offsetRemaining > 0) {
                offsetRemaining--;
            } else {
                items.add(item);
                if (limitRemaining != null) {
                    limitRemaining--;
                }
            }
            if (endState == 1) {
                end();
                return;
            }
            if (items.size() == wanted) {
                complete = true;
                if (i < got.size() - 1) {
                    startKey = plan.positionOf(item);
                } else {
                    moveTo(response.lastEvaluatedKey());
                }
                return;
            }
        }
        moveTo(response.lastEvaluatedKey());
        if (oneResponse && !items.isEmpty()) {
            complete = true;
        }
    }

    /** @return the page; only once complete */
    public PageResult result() {
        if (!complete) {
            throw new IllegalStateException("the page is not complete");
        }
        Map<String, AttributeValue> cursorKey = finished ? null : startKey;
        return new PageResult(items, cursorKey, capacity,
                new ReadPosition(cursorKey, offsetRemaining, limitRemaining, finished, requestsSent));
    }

    private void moveTo(Map<String, AttributeValue> lastEvaluatedKey) {
        startKey = lastEvaluatedKey;
        if (lastEvaluatedKey == null) {
            end();
        }
    }

    private void end() {
        finished = true;
        complete = true;
        startKey = null;
    }
}
