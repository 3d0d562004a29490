package dev.dynaq.internal;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One request of a read, as the paging logic decides it.
 *
 * @param exclusiveStartKey where the request starts, or {@code null} at the beginning
 * @param limit DynamoDB's {@code Limit} (items evaluated), or {@code null} for none
 * @param count whether to ask for {@code Select.COUNT} instead of items
 * @param page the request's number within the read, from 1 (for logs and request listeners)
 */
public record ReadCall(Map<String, AttributeValue> exclusiveStartKey, Integer limit, boolean count, int page) {
}
