package dev.dynaq.internal.direct;

import java.io.IOException;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;
import software.amazon.awssdk.thirdparty.jackson.core.JsonToken;

/**
 * The attributes of one item in DynamoDB's JSON text, as a generated {@link ItemDecoder} reads them:
 * {@link #nextAttribute()} names the next attribute, then {@link #value()} reads it or {@link #skip()}
 * passes over it. On the side it keeps the item's key attributes (for cursors and batch results) and
 * applies the read's projection. One per response, reused item after item; not thread-safe.
 */
public final class JsonItem {
    private final JsonParser parser;
    private final String[] keyNames;
    private final Set<String> kept;
    private String name;
    private AttributeValue[] keyValues;

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
        int key = keyIndex();
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
        int key = keyIndex();
        if (key >= 0) {
            keyValues[key] = JsonValues.read(parser);
        } else {
            skipValue();
        }
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
