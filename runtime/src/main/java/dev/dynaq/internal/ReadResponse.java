package dev.dynaq.internal;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * What the paging logic needs of a Query or Scan response.
 *
 * @param items the items returned (empty for a count)
 * @param lastEvaluatedKey where the next request starts, or {@code null} when the read is complete
 * @param count how many items matched (after the filter)
 * @param consumedCapacity the consumed capacity, or {@code null}
 */
public record ReadResponse(
        List<Map<String, AttributeValue>> items,
        Map<String, AttributeValue> lastEvaluatedKey,
        int count,
        ConsumedCapacity consumedCapacity) {

    /** Copies the items list reference as given (SDK lists are unmodifiable). */
    public ReadResponse {
        items = items == null ? List.of() : items;
        lastEvaluatedKey = lastEvaluatedKey == null || lastEvaluatedKey.isEmpty() ? null : lastEvaluatedKey;
    }

    /**
     * @param decoded the items decoded by the direct path, or {@code null} if the SDK read them
     * @return this response with those items instead of the SDK's
     */
    public ReadResponse withItems(List<Map<String, AttributeValue>> decoded) {
        return decoded == null ? this : new ReadResponse(decoded, lastEvaluatedKey, count, consumedCapacity);
    }

    /** @return the parts of a Query response */
    public static ReadResponse of(QueryResponse response) {
        return new ReadResponse(response.hasItems() ? response.items() : null,
                response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null,
                response.count() == null ? 0 : response.count(), response.consumedCapacity());
    }

    /** @return the parts of a Scan response */
    public static ReadResponse of(ScanResponse response) {
        return new ReadResponse(response.hasItems() ? response.items() : null,
                response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null,
                response.count() == null ? 0 : response.count(), response.consumedCapacity());
    }
}
