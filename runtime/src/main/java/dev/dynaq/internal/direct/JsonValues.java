package dev.dynaq.internal.direct;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.thirdparty.jackson.core.JsonFactory;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;
import software.amazon.awssdk.thirdparty.jackson.core.JsonToken;

/**
 * Reads DynamoDB's typed JSON values ({@code {"S":"text"}}, {@code {"N":"1.5"}}, {@code {"M":{...}}},
 * ...) into {@link AttributeValue}s built with the SDK's {@code createX} factories, with the SDK's
 * shaded Jackson parser. Strict: any shape the SDK could read differently (an unknown or missing
 * type, two types in one value, a JSON null) is {@link NotUnderstoodException}, and the caller lets
 * the SDK read the response instead.
 */
final class JsonValues {
    /** Thread-safe once configured; shared. */
    static final JsonFactory FACTORY = new JsonFactory();

    private static final AttributeValue TRUE = AttributeValue.createBool(Boolean.TRUE);
    private static final AttributeValue FALSE = AttributeValue.createBool(Boolean.FALSE);
    private static final AttributeValue NULL = AttributeValue.createNul(Boolean.TRUE);
    private static final AttributeValue NOT_NULL = AttributeValue.createNul(Boolean.FALSE);

    private JsonValues() {
    }

    /**
     * @param bytes the JSON text
     * @param offset where the text starts
     * @param length its length in bytes
     * @return a parser over it
     * @throws IOException never for an in-memory array, but declared by Jackson
     */
    static JsonParser parser(byte[] bytes, int offset, int length) throws IOException {
        return FACTORY.createParser(bytes, offset, length);
    }

    /**
     * @param parser positioned before the value's {@code {}
     * @return the value; the parser is left on its closing {@code }}
     * @throws IOException if the text is malformed or not understood
     */
    static AttributeValue read(JsonParser parser) throws IOException {
        return read(parser, parser.nextToken());
    }

    /**
     * @param parser positioned on the value's first token
     * @param first that token
     * @return the value; the parser is left on its closing {@code }}
     * @throws IOException if the text is malformed or not understood
     */
    static AttributeValue read(JsonParser parser, JsonToken first) throws IOException {
        if (first != JsonToken.START_OBJECT) {
            throw new NotUnderstoodException("an attribute value is not an object");
        }
        String type = parser.nextFieldName();
        if (type == null) {
            throw new NotUnderstoodException("an attribute value has no type");
        }
        AttributeValue value = content(parser, type);
        if (parser.nextToken() != JsonToken.END_OBJECT) {
            throw new NotUnderstoodException("an attribute value has more than one type");
        }
        return value;
    }

    /**
     * @param parser positioned on the value's type name
     * @param type that name
     * @return the value; the parser is left on the last token of its content
     * @throws IOException if the text is malformed or not understood
     */
    static AttributeValue content(JsonParser parser, String type) throws IOException {
        return switch (type) {
            case "S" -> AttributeValue.createS(string(parser));
            case "N" -> AttributeValue.createN(string(parser));
            case "B" -> AttributeValue.createB(binary(string(parser)));
            // Immutable, so one instance each serves every item.
            case "BOOL" -> bool(parser) ? TRUE : FALSE;
            case "NULL" -> bool(parser) ? NULL : NOT_NULL;
            case "SS" -> AttributeValue.createSs(strings(parser));
            case "NS" -> AttributeValue.createNs(strings(parser));
            case "BS" -> AttributeValue.createBs(binaries(parser));
            case "L" -> AttributeValue.createL(list(parser));
            case "M" -> AttributeValue.createM(map(parser));
            default -> throw new NotUnderstoodException("unknown attribute type " + type);
        };
    }

    /**
     * @param parser positioned before an item's {@code {}
     * @return its attributes in text order
     * @throws IOException if the text is malformed or not understood
     */
    static Map<String, AttributeValue> item(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new NotUnderstoodException("an item is not an object");
        }
        return members(parser);
    }

    private static Map<String, AttributeValue> map(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new NotUnderstoodException("M is not an object");
        }
        return members(parser);
    }

    private static Map<String, AttributeValue> members(JsonParser parser) throws IOException {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            map.put(name, read(parser));
        }
        end(parser, JsonToken.END_OBJECT);
        return map;
    }

    private static List<AttributeValue> list(JsonParser parser) throws IOException {
        start(parser);
        List<AttributeValue> list = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            list.add(read(parser, token));
        }
        return list;
    }

    private static List<String> strings(JsonParser parser) throws IOException {
        start(parser);
        List<String> strings = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            strings.add(text(parser, token));
        }
        return strings;
    }

    private static List<SdkBytes> binaries(JsonParser parser) throws IOException {
        start(parser);
        List<SdkBytes> binaries = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            binaries.add(binary(text(parser, token)));
        }
        return binaries;
    }

    /**
     * @param parser positioned before a string token
     * @return its text
     * @throws IOException if the text is malformed or the token is not a string
     */
    static String string(JsonParser parser) throws IOException {
        // One call for the token and its text: the parser reads the string at once after a name.
        String text = parser.nextTextValue();
        if (text == null) {
            throw new NotUnderstoodException("expected a string, got " + parser.currentToken());
        }
        return text;
    }

    private static String text(JsonParser parser, JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw new NotUnderstoodException("expected a string, got " + token);
        }
        return parser.getText();
    }

    /**
     * @param parser positioned before a {@code true} or {@code false}
     * @return it
     * @throws IOException if the text is malformed or the token is neither
     */
    static boolean bool(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw new NotUnderstoodException("expected true or false, got " + token);
    }

    private static SdkBytes binary(String base64) throws NotUnderstoodException {
        try {
            return SdkBytes.fromByteArrayUnsafe(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            throw new NotUnderstoodException("binary value is not base64");
        }
    }

    private static void start(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw new NotUnderstoodException("expected an array");
        }
    }

    private static void end(JsonParser parser, JsonToken expected) throws IOException {
        if (parser.currentToken() != expected) {
            throw new NotUnderstoodException("expected " + expected + ", got " + parser.currentToken());
        }
    }

    /** Text the fast path does not read: the SDK reads the response instead. */
    static final class NotUnderstoodException extends IOException {
        private static final long serialVersionUID = 1L;

        NotUnderstoodException(String message) {
            super(message, null);
        }
    }
}
