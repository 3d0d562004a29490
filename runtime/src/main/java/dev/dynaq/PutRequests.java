package dev.dynaq;

import dev.dynaq.internal.TableContext;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Sends a planned put of a whole item: a {@code PutItem}, or, when the plan has an update expression
 * (an entity whose puts keep the stored created date and counters, or a {@code putPreserving}, see
 * {@link WritePlans}), an {@code UpdateItem}; alone, async or in a transaction. An {@link Update} goes out through
 * the same {@code UpdateItem} and transaction builders.
 */
final class PutRequests {
    private PutRequests() {
    }

    /**
     * @param context the table's client and request recorder
     * @param plan the put
     * @param <T> the entity type
     * @return the item as stored
     * @throws software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException if its condition failed
     */
    static <T> Map<String, AttributeValue> send(TableContext<?> context, WritePlan<T> plan) {
        DynamoDbClient client = context.client();
        if (plan.updateExpression() == null) {
            context.recorder().send(putRequest(plan), client::putItem);
            return plan.item();
        }
        return context.recorder().send(updateRequest(plan), client::updateItem).attributes();
    }

    /**
     * @param context the table's async client and request recorder
     * @param plan the put
     * @param <T> the entity type
     * @return the item as stored, when it is written
     */
    static <T> CompletableFuture<Map<String, AttributeValue>> sendAsync(TableContext<?> context, WritePlan<T> plan) {
        DynamoDbAsyncClient client = context.asyncClient();
        if (plan.updateExpression() == null) {
            return context.recorder().sendAsync(putRequest(plan), 1, client::putItem).thenApply(response -> plan.item());
        }
        return context.recorder().sendAsync(updateRequest(plan), 1, client::updateItem).thenApply(response -> response.attributes());
    }

    /**
     * @param plan the put
     * @param <T> the entity type
     * @return the put as an action of a transaction
     */
    static <T> TransactWriteItem transactItem(WritePlan<T> plan) {
        if (plan.updateExpression() == null) {
            return TransactWriteItem.builder().put(Put.builder()
                    .tableName(plan.tableName())
                    .item(plan.item())
                    .conditionExpression(plan.conditionExpression())
                    .expressionAttributeNames(plan.names())
                    .expressionAttributeValues(plan.values())
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build();
        }
        return transactUpdate(plan);
    }

    /**
     * @param plan a write with an update expression: a put sent as {@code UpdateItem}, or an update
     *     ({@code Transaction.Write.update})
     * @return the write as the update action of a transaction
     */
    static TransactWriteItem transactUpdate(WritePlan<?> plan) {
        return TransactWriteItem.builder().update(u -> u
                .tableName(plan.tableName())
                .key(plan.key())
                .updateExpression(updateExpression(plan))
                .conditionExpression(plan.conditionExpression())
                .expressionAttributeNames(plan.names())
                .expressionAttributeValues(plan.values())
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
    }

    private static PutItemRequest putRequest(WritePlan<?> plan) {
        return PutItemRequest.builder()
                .tableName(plan.tableName())
                .item(plan.item())
                .conditionExpression(plan.conditionExpression())
                .expressionAttributeNames(plan.names())
                .expressionAttributeValues(plan.values())
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .build();
    }

    private static UpdateItemRequest updateRequest(WritePlan<?> plan) {
        return updateRequest(plan, ReturnValue.ALL_NEW);
    }

    /**
     * @param plan a write with an update expression: a put sent as {@code UpdateItem}, or an update ({@link Update#execute})
     * @param returnValues what DynamoDB returns of the item
     * @return the request
     */
    static UpdateItemRequest updateRequest(WritePlan<?> plan, ReturnValue returnValues) {
        return UpdateItemRequest.builder()
                .tableName(plan.tableName())
                .key(plan.key())
                .updateExpression(updateExpression(plan))
                .conditionExpression(plan.conditionExpression())
                .expressionAttributeNames(plan.names())
                .expressionAttributeValues(plan.values())
                .returnValues(returnValues)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .build();
    }

    /** @return the plan's update expression; none for the put of an item that is nothing but its key */
    private static String updateExpression(WritePlan<?> plan) {
        return plan.updateExpression().isEmpty() ? null : plan.updateExpression();
    }
}
