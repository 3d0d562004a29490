package dev.dynaq.it.roundtrip;

import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.core.SdkBytes;

/**
 * Turns a record into a map of its components with binary values as hex text, so that items can be
 * compared field by field with {@code equals} (byte arrays by content) and a failure names the field.
 */
public final class Comparison {
    private Comparison() {
    }

    /**
     * @param record a record
     * @return component name to comparable value, in declaration order
     */
    public static Map<String, Object> fields(Record record) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                fields.put(component.getName(), comparable(component.getAccessor().invoke(record)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return fields;
    }

    private static Object comparable(Object value) {
        if (value instanceof byte[] bytes) {
            return "bytes:" + HexFormat.of().formatHex(bytes);
        }
        if (value instanceof ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            return "bytes:" + HexFormat.of().formatHex(bytes);
        }
        if (value instanceof SdkBytes bytes) {
            return "bytes:" + HexFormat.of().formatHex(bytes.asByteArray());
        }
        if (value instanceof Set<?> set) {
            // sets of arrays compare by identity; compare their contents as sorted text instead
            Set<String> out = new TreeSet<>();
            set.forEach(element -> out.add(String.valueOf(comparable(element))));
            return out;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(Comparison::comparable).toList();
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(Comparison::comparable);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, comparable(v)));
            return out;
        }
        if (value instanceof Record nested) {
            return fields(nested);
        }
        return value;
    }
}
