package dev.dynaq.bench.codec;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One contender's mapping of a model to DynamoDB items and back. Each benchmark fork uses a single
 * implementation, so the interface call is monomorphic and costs every contender the same.
 *
 * @param <T> the model
 */
public interface Codec<T> {
    /**
     * @param value the object
     * @return its item
     */
    Map<String, AttributeValue> toItem(T value);

    /**
     * @param item an item
     * @return the object
     */
    T fromItem(Map<String, AttributeValue> item);
}
