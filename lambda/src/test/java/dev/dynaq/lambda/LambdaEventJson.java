package dev.dynaq.lambda;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/**
 * Writes DynamoDB Streams records as the JSON event Lambda hands a function: {@code Records}, each with
 * {@code eventID}, {@code eventName}, {@code eventVersion}, {@code eventSource}, {@code awsRegion},
 * {@code eventSourceARN}, {@code userIdentity} and {@code dynamodb} ({@code ApproximateCreationDateTime}
 * in epoch seconds, {@code Keys}, {@code NewImage}, {@code OldImage}, {@code SequenceNumber},
 * {@code SizeBytes}, {@code StreamViewType}); values in DynamoDB's JSON, binaries in base 64.
 */
final class LambdaEventJson {
    private LambdaEventJson() {
    }

    static String event(List<Record> records, String streamArn) {
        StringBuilder json = new StringBuilder("{\"Records\":[");
        for (int i = 0; i < records.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            record(json, records.get(i), streamArn);
        }
        return json.append("]}").toString();
    }

    private static void record(StringBuilder json, Record record, String streamArn) {
        json.append('{');
        field(json, "eventID", record.eventID()).append(',');
        field(json, "eventName", record.eventNameAsString()).append(',');
        field(json, "eventVersion", record.eventVersion() == null ? "1.1" : record.eventVersion()).append(',');
        field(json, "eventSource", record.eventSource() == null ? "aws:dynamodb" : record.eventSource()).append(',');
        field(json, "awsRegion", record.awsRegion() == null ? "us-east-1" : record.awsRegion()).append(',');
        field(json, "eventSourceARN", streamArn).append(',');
        if (record.userIdentity() != null) {
            json.append("\"userIdentity\":{");
            field(json, "type", record.userIdentity().type()).append(',');
            field(json, "principalId", record.userIdentity().principalId()).append("},");
        }
        StreamRecord stream = record.dynamodb();
        json.append("\"dynamodb\":{");
        json.append("\"ApproximateCreationDateTime\":").append(stream.approximateCreationDateTime().getEpochSecond()).append(',');
        item(json, "Keys", stream.keys());
        if (stream.hasNewImage()) {
            json.append(',');
            item(json, "NewImage", stream.newImage());
        }
        if (stream.hasOldImage()) {
            json.append(',');
            item(json, "OldImage", stream.oldImage());
        }
        json.append(',');
        field(json, "SequenceNumber", stream.sequenceNumber()).append(',');
        json.append("\"SizeBytes\":").append(stream.sizeBytes()).append(',');
        field(json, "StreamViewType", stream.streamViewTypeAsString());
        json.append("}}");
    }

    private static void item(StringBuilder json, String name, Map<String, AttributeValue> item) {
        string(json, name).append(':');
        map(json, item);
    }

    private static void map(StringBuilder json, Map<String, AttributeValue> map) {
        json.append('{');
        boolean first = true;
        for (Map.Entry<String, AttributeValue> entry : map.entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            string(json, entry.getKey()).append(':');
            value(json, entry.getValue());
        }
        json.append('}');
    }

    private static void value(StringBuilder json, AttributeValue value) {
        json.append('{');
        switch (value.type()) {
            case S -> field(json, "S", value.s());
            case N -> field(json, "N", value.n());
            case B -> field(json, "B", Base64.getEncoder().encodeToString(value.b().asByteArray()));
            case BOOL -> json.append("\"BOOL\":").append(value.bool());
            case NUL -> json.append("\"NULL\":true");
            case SS -> strings(json, "SS", value.ss());
            case NS -> strings(json, "NS", value.ns());
            case BS -> strings(json, "BS", value.bs().stream()
                    .map(bytes -> Base64.getEncoder().encodeToString(bytes.asByteArray())).toList());
            case M -> {
                json.append("\"M\":");
                map(json, value.m());
            }
            case L -> {
                json.append("\"L\":[");
                for (int i = 0; i < value.l().size(); i++) {
                    if (i > 0) {
                        json.append(',');
                    }
                    value(json, value.l().get(i));
                }
                json.append(']');
            }
            default -> throw new IllegalArgumentException("no JSON for " + value);
        }
        json.append('}');
    }

    private static void strings(StringBuilder json, String name, List<String> values) {
        string(json, name).append(":[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            string(json, values.get(i));
        }
        json.append(']');
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        return string(string(json, name).append(':'), value);
    }

    private static StringBuilder string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
