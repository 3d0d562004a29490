package dev.dynaq.bench.stub;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Writes items in DynamoDB's wire JSON, to build canned responses. */
public final class ItemJson {
    private ItemJson() {
    }

    /**
     * @param item an item
     * @param out where its JSON object goes
     */
    public static void write(Map<String, AttributeValue> item, StringBuilder out) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(entry.getKey(), out);
            out.append(':');
            value(entry.getValue(), out);
        }
        out.append('}');
    }

    private static void value(AttributeValue value, StringBuilder out) {
        switch (value.type()) {
            case S -> typed("S", value.s(), out);
            case N -> typed("N", value.n(), out);
            case B -> typed("B", base64(value.b()), out);
            case BOOL -> out.append("{\"BOOL\":").append(value.bool()).append('}');
            case NUL -> out.append("{\"NULL\":true}");
            case SS -> strings("SS", value.ss(), out);
            case NS -> strings("NS", value.ns(), out);
            case BS -> strings("BS", value.bs().stream().map(ItemJson::base64).toList(), out);
            case L -> {
                out.append("{\"L\":[");
                List<AttributeValue> list = value.l();
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    value(list.get(i), out);
                }
                out.append("]}");
            }
            case M -> {
                out.append("{\"M\":");
                write(value.m(), out);
                out.append('}');
            }
            default -> throw new IllegalArgumentException("unsupported attribute value " + value);
        }
    }

    private static void typed(String type, String text, StringBuilder out) {
        out.append("{\"").append(type).append("\":");
        string(text, out);
        out.append('}');
    }

    private static void strings(String type, List<String> values, StringBuilder out) {
        out.append("{\"").append(type).append("\":[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(values.get(i), out);
        }
        out.append("]}");
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArrayUnsafe());
    }

    /**
     * @param text a string
     * @param out where it goes, quoted and escaped as JSON
     */
    public static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
