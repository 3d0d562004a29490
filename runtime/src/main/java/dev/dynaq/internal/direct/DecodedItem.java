package dev.dynaq.internal.direct;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;

/**
 * An item decoded straight to its entity, standing where the SDK's item map would: the paging logic
 * reads its key attributes (kept while decoding) as from any item, and the whole map is parsed from
 * the item's text only if something asks for another attribute or iterates it (a batch's failure
 * report, say). Immutable, like the SDK's item maps.
 */
final class DecodedItem extends AbstractMap<String, AttributeValue> {
    private final Object entity;
    private final String[] keyNames;
    private final AttributeValue[] keyValues;
    private final byte[] body;
    private final int start;
    private final int end;
    private Map<String, AttributeValue> all;

    DecodedItem(Object entity, String[] keyNames, AttributeValue[] keyValues, byte[] body, int start, int end) {
        this.entity = entity;
        this.keyNames = keyNames;
        this.keyValues = keyValues;
        this.body = body;
        this.start = start;
        this.end = end;
    }

    /** @return the decoded entity */
    Object entity() {
        return entity;
    }

    @Override
    public AttributeValue get(Object key) {
        for (int i = 0; i < keyNames.length; i++) {
            if (keyNames[i].equals(key) && keyValues[i] != null) {
                return keyValues[i];
            }
        }
        return all().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Set<Entry<String, AttributeValue>> entrySet() {
        return all().entrySet();
    }

    private synchronized Map<String, AttributeValue> all() {
        if (all == null) {
            try (JsonParser parser = JsonValues.parser(body, start, end - start)) {
                all = Collections.unmodifiableMap(JsonValues.item(parser));
            } catch (IOException e) {
                // It was read once already, so this cannot happen.
                throw new UncheckedIOException("the item's text cannot be read again", e);
            }
        }
        return all;
    }
}
