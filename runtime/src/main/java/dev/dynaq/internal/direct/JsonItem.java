package dev.dynaq.internal.direct;

import dev.dynaq.AttributeConverter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;
import software.amazon.awssdk.thirdparty.jackson.core.JsonToken;

/**
 * The attributes of one item in DynamoDB's JSON text, as a generated {@link ItemDecoder} reads them:
 * {@link #nextAttribute()} names the next attribute, then {@link #value()} reads it or {@link #skip()}
 * passes over it. On the side it keeps the item's key attributes (for cursors and batch results) and
 * applies the read's projection. Values that nest others (documents, lists, maps) are read straight
 * to their Java values by their converters' {@link ValueDecoder}s, which read their members and
 * elements through the same instance ({@link #members}, {@link #list}, {@link #map}); so are the
 * common scalars ({@link #text}, {@link #bool}), with no {@code AttributeValue} each. One per
 * response, reused item after item; not thread-safe.
 */
public final class JsonItem {
    private final JsonParser parser;
    private final String[] keyNames;
    private final Set<String> kept;
    private String name;
    private AttributeValue[] keyValues;
    /** How deep inside an attribute's value the parser is: the projection and the keys apply at 0 only. */
    private int depth;

    /**
     * @param parser the response's parser
     * @param keyNames the attributes to keep for {@link DecodedItem#get}, e.g. the cursor attributes
     * @param kept the attributes the entity may see, or {@code null} for all
     */
    JsonItem(JsonParser parser, String[] keyNames, Set<String> kept) {
        this.parser = parser;
        this.keyNames = keyNames;
        this.kept = kept;
    }

    /** Starts the next item; the parser is on its {@code {}. */
    void start() {
        keyValues = new AttributeValue[keyNames.length];
        name = null;
        depth = 0;
    }

    /** @return the key attribute values of the item just read, by {@code keyNames} position */
    AttributeValue[] keyValues() {
        return keyValues;
    }

    /**
     * @return the next attribute's name, or {@code null} at the end of the item
     * @throws IOException if the text is malformed
     */
    public String nextAttribute() throws IOException {
        name = parser.nextFieldName();
        if (name == null && parser.currentToken() != JsonToken.END_OBJECT) {
            throw new JsonValues.NotUnderstoodException("expected an attribute name, got " + parser.currentToken());
        }
        return name;
    }

    /**
     * @return the value of the attribute just named, or {@code null} if the read's projection leaves
     *     it out (as if it were missing)
     * @throws IOException if the text is malformed or not understood
     */
    public AttributeValue value() throws IOException {
        return depth > 0 ? JsonValues.read(parser) : value(keyIndex());
    }

    /** {@link #value()} at the item's top level, {@code key} being the attribute's {@code keyNames} position or -1. */
    private AttributeValue value(int key) throws IOException {
        boolean visible = kept == null || kept.contains(name);
        if (!visible && key < 0) {
            skipValue();
            return null;
        }
        AttributeValue value = JsonValues.read(parser);
        if (key >= 0) {
            keyValues[key] = value;
        }
        return visible ? value : null;
    }

    /**
     * Passes over the value of the attribute just named, one the entity does not map (kept only if it
     * is a key attribute).
     *
     * @throws IOException if the text is malformed or not understood
     */
    public void skip() throws IOException {
        int key = depth > 0 ? -1 : keyIndex();
        if (key >= 0) {
            keyValues[key] = JsonValues.read(parser);
        } else {
            skipValue();
        }
    }

    /**
     * Reads the value of the attribute just named with its converter, as the generated {@code fromItem}
     * reads it: {@code null} when it is NULL (or left out by the read's projection), else converted;
     * straight from the text if the converter is a {@link ValueDecoder}.
     *
     * @param converter the attribute's converter
     * @param <V> the Java type of the value
     * @return the value, or {@code null}
     * @throws IOException if the text is malformed or not understood
     */
    public <V> V read(AttributeConverter<V> converter) throws IOException {
        if (depth == 0) {
            int key = keyIndex();
            if (key >= 0) {
                return convert(value(key), converter); // kept as an AttributeValue for the paging logic
            }
            if (kept != null && !kept.contains(name)) {
                skipValue();
                return null;
            }
        }
        return readValue(parser.nextToken(), converter);
    }

    /**
     * Starts reading the members of a map value ({@code M}), a document's attributes: then
     * {@link #nextAttribute()} names each, and {@link #value()}, {@link #read} or {@link #skip()} reads it.
     *
     * @param type the value's type, as given to {@link ValueDecoder#decode}
     * @throws IOException if it is not a map
     */
    public void members(String type) throws IOException {
        if (!type.equals("M") || parser.nextToken() != JsonToken.START_OBJECT) {
            throw new JsonValues.NotUnderstoodException("expected a map (M), got " + type);
        }
    }

    /**
     * Reads the content of a scalar value that is text: an S value's string or an N value's number.
     *
     * @return the text
     * @throws IOException if the content is not a JSON string
     */
    public String text() throws IOException {
        return JsonValues.string(parser);
    }

    /**
     * Reads the content of a BOOL value.
     *
     * @return it
     * @throws IOException if the content is not {@code true} or {@code false}
     */
    public boolean bool() throws IOException {
        return JsonValues.bool(parser);
    }

    /**
     * Reads the content of a value of any type as an {@code AttributeValue}, for a
     * {@link ValueDecoder} to convert a type it has no shortcut for as its converter does.
     *
     * @param type the value's type, as given to {@link ValueDecoder#decode}
     * @return the value
     * @throws IOException if the content is malformed or not understood
     */
    public AttributeValue content(String type) throws IOException {
        return JsonValues.content(parser, type);
    }

    /**
     * Reads a list value ({@code L}) as {@code Converters.listOf(element)} reads it: NULL elements as
     * {@code null}, into a new {@link ArrayList}.
     *
     * @param type the value's type, as given to {@link ValueDecoder#decode}
     * @param element converts one element
     * @param <E> the element type
     * @return the list
     * @throws IOException if it is not a list, or an element is not understood
     */
    public <E> List<E> list(String type, AttributeConverter<E> element) throws IOException {
        if (!type.equals("L") || parser.nextToken() != JsonToken.START_ARRAY) {
            throw new JsonValues.NotUnderstoodException("expected a list (L), got " + type);
        }
        List<E> list = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            list.add(readValue(token, element));
        }
        return list;
    }

    /**
     * Reads a map value ({@code M}) as {@code Converters.mapOf(value)} reads it: NULL values as
     * {@code null}, into a new {@link LinkedHashMap} in stored order.
     *
     * @param type the value's type, as given to {@link ValueDecoder#decode}
     * @param value converts one value
     * @param <V> the value type
     * @return the map
     * @throws IOException if it is not a map, or a value is not understood
     */
    public <V> Map<String, V> map(String type, AttributeConverter<V> value) throws IOException {
        members(type);
        Map<String, V> map = new LinkedHashMap<>();
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            map.put(key, readValue(parser.nextToken(), value));
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new JsonValues.NotUnderstoodException("expected a map key, got " + parser.currentToken());
        }
        return map;
    }

    /** Reads the value starting at {@code first} with its converter: straight from the text if it is a {@link ValueDecoder}. */
    private <E> E readValue(JsonToken first, AttributeConverter<E> converter) throws IOException {
        if (converter instanceof ValueDecoder<?>) {
            @SuppressWarnings("unchecked")
            ValueDecoder<E> decoder = (ValueDecoder<E>) converter;
            return decode(first, decoder);
        }
        return convert(JsonValues.read(parser, first), converter);
    }

    /** Reads {@code {"T":...}} with {@code decoder}; NULL reads as {@code null}, as for a converter. */
    private <V> V decode(JsonToken first, ValueDecoder<V> decoder) throws IOException {
        if (first != JsonToken.START_OBJECT) {
            throw new JsonValues.NotUnderstoodException("an attribute value is not an object");
        }
        String type = parser.nextFieldName();
        if (type == null) {
            throw new JsonValues.NotUnderstoodException("an attribute value has no type");
        }
        V value;
        if (type.equals("NULL")) {
            // NULL false has no ordinary reading to match here: the SDK's path reads it.
            if (parser.nextToken() != JsonToken.VALUE_TRUE) {
                throw new JsonValues.NotUnderstoodException("NULL is not true");
            }
            value = null;
        } else {
            // No finally: a failure abandons the whole response, and with it this instance.
            depth++;
            value = decoder.decode(type, this);
            depth--;
        }
        if (parser.nextToken() != JsonToken.END_OBJECT) {
            throw new JsonValues.NotUnderstoodException("an attribute value has more than one type");
        }
        return value;
    }

    private static <V> V convert(AttributeValue value, AttributeConverter<V> converter) {
        return value == null || Boolean.TRUE.equals(value.nul()) ? null : converter.fromAttributeValue(value);
    }

    private void skipValue() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new JsonValues.NotUnderstoodException("an attribute value is not an object");
        }
        parser.skipChildren();
    }

    private int keyIndex() {
        for (int i = 0; i < keyNames.length; i++) {
            // Parsed names are interned, as are the generated literals: identity first.
            if (keyNames[i] == name || keyNames[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
