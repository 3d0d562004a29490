package dev.dynaq.internal;

import dev.dynaq.Attribute;
import dev.dynaq.IndexDescriptor;
import dev.dynaq.ItemSchema;
import dev.dynaq.Lifecycle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The write-time policies of {@link Lifecycle}: what each kind of write does to the created and
 * last-modified dates and the counters of an entity.
 * <ul>
 * <li>a whole item stored by {@code PutItem} or {@code BatchWriteItem} ({@link #stampItem}), which can
 * neither read nor keep the stored values: last-modified is now, the created date and counters are the
 * item's own, filled with now and the start value where the item has none;</li>
 * <li>a put that keeps stored values ({@link #putExpression}): an {@code UpdateItem} that sets every
 * attribute of the model, removes those the item lacks, and writes the created date and counters
 * {@code if_not_exists} (the stored ones win; a counter falls back to its start value, never to the
 * item's); also {@code putPreserving}, of any entity, which keeps the attributes outside the model;</li>
 * <li>an update ({@link #updateActions}): last-modified is now, the created date is now only where
 * there is none, and each counter is incremented atomically, unless the update names the attribute
 * itself.</li>
 * </ul>
 */
public final class WriteStamps {
    /**
     * The actions an update adds for the lifecycle attributes.
     *
     * @param set the {@code SET} actions
     * @param add the {@code ADD} actions
     */
    public record UpdateActions(List<String> set, List<String> add) {
    }

    private WriteStamps() {
    }

    /**
     * Fills the lifecycle attributes of a whole item before a {@code PutItem} or {@code BatchWriteItem}.
     *
     * @param lifecycle the entity's lifecycle
     * @param item the item's attributes; changed in place
     * @param now the time of the write
     * @param <T> the entity type
     */
    public static <T> void stampItem(Lifecycle<T> lifecycle, Map<String, AttributeValue> item, Instant now) {
        if (!lifecycle.stampsWrites()) {
            return;
        }
        lifecycle.lastModifiedDate().ifPresent(date -> item.put(date.name(), date.toAttributeValue(now)));
        lifecycle.createdDate().ifPresent(date -> item.putIfAbsent(date.name(), date.toAttributeValue(now)));
        for (Lifecycle.Counter<T> counter : lifecycle.counters()) {
            item.putIfAbsent(counter.attribute().name(), number(counter.start()));
        }
    }

    /**
     * Renders the put of a whole item (already {@linkplain #stampItem stamped}) as an update expression
     * that keeps the stored created date and counters: {@code SET} for every attribute of the model but the
     * keys, {@code if_not_exists} for the created date (falling back to the item's) and the counters
     * (falling back to their start values), {@code REMOVE} for the attributes the item does not have.
     *
     * @param schema the entity's schema
     * @param item the item's attributes
     * @param writer the request's placeholders
     * @param <T> the entity type
     * @return the update expression; empty for an entity whose model has nothing but its key (an
     *     {@code UpdateItem} without an update expression then only creates the item if it is missing)
     */
    public static <T> String putExpression(ItemSchema<T> schema, Map<String, AttributeValue> item, ExpressionWriter writer) {
        Lifecycle<T> lifecycle = schema.lifecycle();
        Map<String, AttributeValue> keptWithFallback = new HashMap<>(4);
        lifecycle.createdDate().ifPresent(date -> keptWithFallback.put(date.name(), item.get(date.name())));
        for (Lifecycle.Counter<T> counter : lifecycle.counters()) {
            keptWithFallback.put(counter.attribute().name(), number(counter.start()));
        }
        IndexDescriptor primary = schema.primaryIndex();
        List<String> set = new ArrayList<>(item.size());
        List<String> remove = new ArrayList<>();
        for (Attribute<T, ?> attribute : schema.attributes()) {
            String name = attribute.name();
            if (name.equals(primary.partitionKey().name()) || (primary.sortKey() != null && name.equals(primary.sortKey().name()))) {
                continue;
            }
            String placeholder = writer.name(name);
            AttributeValue fallback = keptWithFallback.get(name);
            AttributeValue value = item.get(name);
            if (fallback != null) {
                set.add(placeholder + " = if_not_exists(" + placeholder + ", " + writer.value(fallback) + ")");
            } else if (value != null) {
                set.add(placeholder + " = " + writer.value(value));
            } else {
                remove.add(placeholder);
            }
        }
        String setPart = set.isEmpty() ? "" : "SET " + String.join(", ", set);
        String removePart = remove.isEmpty() ? "" : "REMOVE " + String.join(", ", remove);
        return setPart.isEmpty() || removePart.isEmpty() ? setPart + removePart : setPart + " " + removePart;
    }

    /**
     * @param lifecycle the entity's lifecycle
     * @param now the time of the update
     * @param named the attributes the update's own actions name; the update does what they say there
     * @param writer the request's placeholders
     * @param <T> the entity type
     * @return the actions to add: last-modified now, the created date if absent, each counter incremented
     */
    public static <T> UpdateActions updateActions(Lifecycle<T> lifecycle, Instant now, Set<String> named, ExpressionWriter writer) {
        List<String> set = new ArrayList<>(2);
        List<String> add = new ArrayList<>(lifecycle.counters().size());
        lifecycle.lastModifiedDate().filter(date -> !named.contains(date.name())).ifPresent(date ->
                set.add(writer.name(date.name()) + " = " + writer.value(date.toAttributeValue(now))));
        lifecycle.createdDate().filter(date -> !named.contains(date.name())).ifPresent(date -> {
            String name = writer.name(date.name());
            set.add(name + " = if_not_exists(" + name + ", " + writer.value(date.toAttributeValue(now)) + ")");
        });
        for (Lifecycle.Counter<T> counter : lifecycle.counters()) {
            if (named.contains(counter.attribute().name())) {
                continue;
            }
            String name = writer.name(counter.attribute().name());
            if (counter.start() == 0) {
                add.add(name + " " + writer.value(number(counter.delta())));
            } else {
                set.add(name + " = if_not_exists(" + name + ", " + writer.value(number(counter.start())) + ") + "
                        + writer.value(number(counter.delta())));
            }
        }
        return new UpdateActions(set, add);
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
