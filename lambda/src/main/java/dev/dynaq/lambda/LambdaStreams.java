package dev.dynaq.lambda;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.Identity;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import dev.dynaq.ItemSchema;
import dev.dynaq.stream.Change;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Decodes the records of a Lambda function's DynamoDB Streams event ({@link DynamodbEvent} of
 * {@code aws-lambda-java-events}) into typed {@link Change}s:
 *
 * <pre>{@code
 * public void handleRequest(DynamodbEvent event, Context context) {
 *     for (Change<Order> change : LambdaStreams.changes(Order_.SCHEMA, event)) {
 *         ...
 *     }
 * }
 * }</pre>
 *
 * Each record is converted to the AWS SDK v2 model ({@link #toSdkRecord}) and decoded by
 * {@link Change#of}, exactly as a record read with the DynamoDB Streams client; what a change holds
 * depends on the stream's view type in the same way. Stateless and thread-safe.
 */
public final class LambdaStreams {
    private LambdaStreams() {
    }

    /**
     * @param schema the entity's schema ({@code Order_.SCHEMA})
     * @param event the event Lambda handed to the function
     * @param <T> the entity type
     * @return one change per record, in the event's order
     * @throws IllegalArgumentException if a record is not a DynamoDB stream record of that key schema
     * @throws dev.dynaq.DynaqException if an image holds a value the entity cannot read
     */
    public static <T> List<Change<T>> changes(ItemSchema<T> schema, DynamodbEvent event) {
        Objects.requireNonNull(schema, "schema");
        List<DynamodbEvent.DynamodbStreamRecord> records = event.getRecords() == null ? List.of() : event.getRecords();
        List<Change<T>> changes = new ArrayList<>(records.size());
        for (DynamodbEvent.DynamodbStreamRecord record : records) {
            changes.add(change(schema, record));
        }
        return changes;
    }

    /**
     * @param schema the entity's schema ({@code Order_.SCHEMA})
     * @param record one record of the event
     * @param <T> the entity type
     * @return the decoded change
     * @throws IllegalArgumentException if the record is not a DynamoDB stream record of that key schema
     * @throws dev.dynaq.DynaqException if an image holds a value the entity cannot read
     */
    public static <T> Change<T> change(ItemSchema<T> schema, com.amazonaws.services.lambda.runtime.events.models.dynamodb.Record record) {
        return Change.of(schema, toSdkRecord(record));
    }

    /**
     * Converts a Lambda events record to the AWS SDK v2 streams model, with every field the Lambda model
     * has (the event source ARN of {@link DynamodbEvent.DynamodbStreamRecord} has no place in it).
     *
     * @param record a record of a {@link DynamodbEvent}
     * @return the same record as {@code software.amazon.awssdk.services.dynamodb.model.Record}
     */
    public static Record toSdkRecord(com.amazonaws.services.lambda.runtime.events.models.dynamodb.Record record) {
        Objects.requireNonNull(record, "record");
        Record.Builder sdk = Record.builder()
                .eventID(record.getEventID())
                .eventName(record.getEventName())
                .eventVersion(record.getEventVersion())
                .eventSource(record.getEventSource())
                .awsRegion(record.getAwsRegion());
        Identity identity = record.getUserIdentity();
        if (identity != null) {
            sdk.userIdentity(software.amazon.awssdk.services.dynamodb.model.Identity.builder()
                    .principalId(identity.getPrincipalId()).type(identity.getType()).build());
        }
        StreamRecord stream = record.getDynamodb();
        if (stream != null) {
            software.amazon.awssdk.services.dynamodb.model.StreamRecord.Builder image =
                    software.amazon.awssdk.services.dynamodb.model.StreamRecord.builder()
                            .sequenceNumber(stream.getSequenceNumber())
                            .sizeBytes(stream.getSizeBytes())
                            .streamViewType(stream.getStreamViewType());
            if (stream.getApproximateCreationDateTime() != null) {
                image.approximateCreationDateTime(stream.getApproximateCreationDateTime().toInstant());
            }
            if (stream.getKeys() != null) {
                image.keys(toSdkItem(stream.getKeys()));
            }
            if (stream.getOldImage() != null) {
                image.oldImage(toSdkItem(stream.getOldImage()));
            }
            if (stream.getNewImage() != null) {
                image.newImage(toSdkItem(stream.getNewImage()));
            }
            sdk.dynamodb(image.build());
        }
        return sdk.build();
    }

    /**
     * @param item an item (keys or an image) of the Lambda events model
     * @return the same item in the AWS SDK v2 model, in the same order
     */
    public static Map<String, AttributeValue> toSdkItem(
            Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> item) {
        Map<String, AttributeValue> converted = new LinkedHashMap<>(item.size() * 4 / 3 + 1);
        for (Map.Entry<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> entry : item.entrySet()) {
            converted.put(entry.getKey(), toSdkValue(entry.getKey(), entry.getValue()));
        }
        return converted;
    }

    /**
     * @param value a value of the Lambda events model: exactly one of its fields set
     * @return the same value in the AWS SDK v2 model
     * @throws IllegalArgumentException if no field is set
     */
    public static AttributeValue toSdkValue(com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue value) {
        return toSdkValue("value", value);
    }

    private static AttributeValue toSdkValue(String where,
            com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue value) {
        if (value == null) {
            throw new IllegalArgumentException(where + ": no attribute value");
        }
        if (value.getS() != null) {
            return AttributeValue.fromS(value.getS());
        }
        if (value.getN() != null) {
            return AttributeValue.fromN(value.getN());
        }
        if (value.getBOOL() != null) {
            return AttributeValue.fromBool(value.getBOOL());
        }
        if (value.getNULL() != null) {
            return AttributeValue.fromNul(value.getNULL());
        }
        if (value.getB() != null) {
            return AttributeValue.fromB(bytes(value.getB()));
        }
        if (value.getM() != null) {
            Map<String, AttributeValue> map = new LinkedHashMap<>(value.getM().size() * 4 / 3 + 1);
            for (Map.Entry<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> entry
                    : value.getM().entrySet()) {
                map.put(entry.getKey(), toSdkValue(where + "." + entry.getKey(), entry.getValue()));
            }
            return AttributeValue.fromM(map);
        }
        if (value.getL() != null) {
            List<AttributeValue> list = new ArrayList<>(value.getL().size());
            for (int i = 0; i < value.getL().size(); i++) {
                list.add(toSdkValue(where + "[" + i + "]", value.getL().get(i)));
            }
            return AttributeValue.fromL(list);
        }
        if (value.getSS() != null) {
            return AttributeValue.fromSs(List.copyOf(value.getSS()));
        }
        if (value.getNS() != null) {
            return AttributeValue.fromNs(List.copyOf(value.getNS()));
        }
        if (value.getBS() != null) {
            List<SdkBytes> set = new ArrayList<>(value.getBS().size());
            for (ByteBuffer element : value.getBS()) {
                set.add(bytes(element));
            }
            return AttributeValue.fromBs(set);
        }
        throw new IllegalArgumentException(where + ": an attribute value with no type set");
    }

    /** Copies the buffer's remaining bytes without moving its position. */
    private static SdkBytes bytes(ByteBuffer buffer) {
        return SdkBytes.fromByteBuffer(buffer.duplicate());
    }
}
