package dev.dynaq.internal.direct;

import java.io.IOException;

/**
 * Decodes one attribute value from DynamoDB's JSON text straight to its Java value, for the direct
 * read path: implemented by the converters of values that nest others (generated document converters,
 * {@code Converters.listOf} and {@code mapOf}), so that a nested level is built once, not first as the
 * SDK's {@code AttributeValue} maps and lists and then again by the converter; and by the built-in
 * scalar and enum converters, so that strings, numbers, booleans and times need no
 * {@code AttributeValue} each. It converts exactly as the converter's {@code fromAttributeValue}
 * does; whatever it cannot read the same way it refuses with an {@link IOException}, and a value that
 * does not convert fails as in the converter: either way the response is then read the ordinary way,
 * whose result or error the caller gets. Stateless.
 *
 * @param <V> the Java type of the value
 */
public interface ValueDecoder<V> {
    /**
     * @param type the value's DynamoDB type ({@code "M"}, {@code "L"}, ...), never {@code "NULL"}
     * @param in the item being read, positioned on the value's content, just after its type name;
     *     read exactly that content ({@link JsonItem#members}, {@link JsonItem#list}, {@link JsonItem#map},
     *     {@link JsonItem#text}, {@link JsonItem#bool}, {@link JsonItem#content})
     * @return the value
     * @throws IOException if the text is not a value this converter reads the same way as from an
     *     {@code AttributeValue}
     */
    V decode(String type, JsonItem in) throws IOException;
}
