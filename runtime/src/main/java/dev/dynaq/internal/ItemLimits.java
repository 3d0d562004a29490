package dev.dynaq.internal;

import dev.dynaq.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's item size limit, checked before a request so that the error names the entity and the
 * attributes that make the item big. Sizes follow DynamoDB's published rules: an attribute counts
 * its name's UTF-8 length plus its value's size; strings count their UTF-8 length, binaries their
 * length, numbers about one byte per two significant digits plus one, lists and maps three bytes
 * plus their elements (one more byte per element).
 */
public final class ItemLimits {
    /** The largest item DynamoDB stores: 400 KB, names and values included. */
    public static final int MAX_ITEM_BYTES = 400 * 1024;

    private static final int BIGGEST_SHOWN = 3;

    private ItemLimits() {
    }

    /**
     * @param entityName the entity's simple name, for the message
     * @param item the item about to be written
     * @throws InvalidValueException if the item is over 400 KB
     */
    public static void requireWithinLimit(String entityName, Map<String, AttributeValue> item) {
        long total = 0;
        List<Map.Entry<String, Long>> sizes = new ArrayList<>(item.size());
        for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
            long size = utf8Length(entry.getKey()) + valueSize(entry.getValue());
            sizes.add(Map.entry(entry.getKey(), size));
            total += size;
        }
        if (total <= MAX_ITEM_BYTES) {
            return;
        }
        sizes.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        StringBuilder biggest = new StringBuilder();
        for (int i = 0; i < Math.min(BIGGEST_SHOWN, sizes.size()); i++) {
            if (i > 0) {
                biggest.append(", ");
            }
            biggest.append('\'').append(sizes.get(i).getKey()).append("' ").append(sizes.get(i).getValue()).append(" bytes");
        }
        throw new InvalidValueException(entityName + " item is about " + total + " bytes, over DynamoDB's limit of "
                + MAX_ITEM_BYTES + " bytes (400 KB); biggest attributes: " + biggest
                + ". Store large values elsewhere (for instance S3) and keep a reference in the item");
    }

    /**
     * @param item an item
     * @return its estimated size in bytes, as DynamoDB counts it
     */
    public static long itemSize(Map<String, AttributeValue> item) {
        long total = 0;
        for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
            total += utf8Length(entry.getKey()) + valueSize(entry.getValue());
        }
        return total;
    }

    private static long valueSize(AttributeValue value) {
        switch (value.type()) {
            case S:
                return utf8Length(value.s());
            case N:
                return numberSize(value.n());
            case B:
                return bytes(value.b());
            case BOOL:
            case NUL:
                return 1;
            case SS: {
                long size = 0;
                for (String element : value.ss()) {
                    size += utf8Length(element);
                }
                return size;
            }
            case NS: {
                long size = 0;
                for (String element : value.ns()) {
                    size += numberSize(element);
                }
                return size;
            }
            case BS: {
                long size = 0;
                for (SdkBytes element : value.bs()) {
                    size += bytes(element);
                }
                return size;
            }
            case L: {
                long size = 3;
                for (AttributeValue element : value.l()) {
                    size += 1 + valueSize(element);
                }
                return size;
            }
            case M: {
                long size = 3;
                for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
                    size += 1 + utf8Length(entry.getKey()) + valueSize(entry.getValue());
                }
                return size;
            }
            default:
                return 0;
        }
    }

    private static long numberSize(String number) {
        int digits = 0;
        boolean leading = true;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '0' && c <= '9') {
                if (leading && c == '0') {
                    continue;
                }
                leading = false;
                digits++;
            }
        }
        return (digits + 1) / 2 + 1;
    }

    private static long bytes(SdkBytes bytes) {
        return bytes == null ? 0 : bytes.asByteBuffer().remaining();
    }

    private static long utf8Length(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }
}
