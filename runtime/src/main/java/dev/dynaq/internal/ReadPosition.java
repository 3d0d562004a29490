package dev.dynaq.internal;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where a read stands between pages: the next exclusive start key, the matching items still to
 * skip ({@code offset}) and still allowed ({@code limit}), and whether the read is over.
 *
 * @param startKey where the next request starts, or {@code null} at the beginning
 * @param offsetRemaining matching items still to skip
 * @param limitRemaining items still allowed, or {@code null} for no limit
 * @param finished whether nothing more can follow
 * @param requestsSent the requests the read has sent so far
 */
public record ReadPosition(Map<String, AttributeValue> startKey, int offsetRemaining, Integer limitRemaining, boolean finished,
        int requestsSent) {
    /**
     * @param spec a query or scan
     * @return the position before its first page
     */
    public static ReadPosition start(QuerySpec spec) {
        return new ReadPosition(spec.startCursor() == null ? null : spec.startCursor().key(), spec.offset(),
                spec.limit(), false, 0);
    }

    /** @return whether another page can be read: not finished and the limit not reached */
    public boolean canContinue() {
        return !finished && (limitRemaining == null || limitRemaining > 0);
    }
}
