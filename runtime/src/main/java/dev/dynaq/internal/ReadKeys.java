package dev.dynaq.internal;

import dev.dynaq.Condition;
import dev.dynaq.Cursor;
import dev.dynaq.DynaqException;
import dev.dynaq.IndexDescriptor;
import dev.dynaq.IndexDescriptor.KeyAttribute;
import dev.dynaq.InvalidCursorException;
import dev.dynaq.ItemSchema;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Key rules of reads: which attributes a cursor of an index holds, whether a cursor fits a query or
 * scan, how DynamoDB orders sort keys, and which filters are not allowed.
 */
public final class ReadKeys {
    private ReadKeys() {
    }

    /**
     * @param schema the item schema
     * @param index the queried key or index
     * @return the key attributes of a position in that index: the table's partition and sort key,
     *     then the index's own keys where they differ (DynamoDB's {@code LastEvaluatedKey} shape)
     */
    public static List<KeyAttribute> cursorAttributes(ItemSchema<?> schema, IndexDescriptor index) {
        Map<String, KeyAttribute> byName = new LinkedHashMap<>();
        IndexDescriptor primary = schema.primaryIndex();
        byName.put(primary.partitionKey().name(), primary.partitionKey());
        primary.sortKeyAttribute().ifPresent(sk -> byName.put(sk.name(), sk));
        byName.putIfAbsent(index.partitionKey().name(), index.partitionKey());
        index.sortKeyAttribute().ifPresent(sk -> byName.putIfAbsent(sk.name(), sk));
        return List.copyOf(byName.values());
    }

    /**
     * @param index a key or index
     * @return the names of its partition key and sort key, if any
     */
    public static String[] names(IndexDescriptor index) {
        return index.sortKey() == null ? new String[] {index.partitionKey().name()}
                : new String[] {index.partitionKey().name(), index.sortKey().name()};
    }

    /**
     * @param primary the table's primary key
     * @param item an item read from the table, or a key
     * @return what identifies the item's key as DynamoDB does, cheap to hash and compare: strings
     *     and binaries by content, numbers by value (DynamoDB returns {@code 1.5} for a key written as
     *     {@code 1.50}); {@code null} if the item lacks a key attribute
     */
    public static Object identity(IndexDescriptor primary, Map<String, AttributeValue> item) {
        Object partition = identity(item.get(primary.partitionKey().name()));
        if (primary.sortKey() == null || partition == null) {
            return partition;
        }
        Object sort = identity(item.get(primary.sortKey().name()));
        return sort == null ? null : List.of(partition, sort);
    }

    private static Object identity(AttributeValue value) {
        if (value == null) {
            return null;
        }
        if (value.s() != null) {
            return value.s();
        }
        if (value.n() != null) {
            return new BigDecimal(value.n()).stripTrailingZeros();
        }
        return value.b();
    }

    /**
     * @param item an item (or a key) read from the index
     * @param attributes the cursor attributes of the index
     * @return the position of the item: its cursor attributes only
     */
    public static Map<String, AttributeValue> positionOf(Map<String, AttributeValue> item, List<KeyAttribute> attributes) {
        Map<String, AttributeValue> key = new LinkedHashMap<>(attributes.size() * 2);
        for (KeyAttribute attribute : attributes) {
            AttributeValue value = item.get(attribute.name());
            if (value == null) {
                throw new DynaqException("DynamoDB returned an item without key attribute '" + attribute.name()
                        + "'; does the table's key schema match the entity's?");
            }
            key.put(attribute.name(), value);
        }
        return key;
    }

    /**
     * Checks, before any request, that a cursor belongs to the read described by the spec.
     *
     * @param schema the item schema
     * @param spec the query or scan
     * @param cursor the cursor
     * @param role {@code "start cursor"} or {@code "end cursor"}, for messages
     * @throws InvalidCursorException if the cursor is of another index, key shape or partition
     */
    public static void validateCursor(ItemSchema<?> schema, QuerySpec spec, Cursor cursor, String role) {
        Objects.requireNonNull(cursor, "cursor");
        IndexDescriptor index = spec.index();
        String expectedIndex = index.indexName();
        String actualIndex = cursor.indexName().orElse(null);
        if (!Objects.equals(expectedIndex, actualIndex)) {
            throw new InvalidCursorException("the " + role + " belongs to " + describeIndex(actualIndex) + ", this "
                    + (spec.isQuery() ? "query" : "scan") + " reads " + describeIndex(expectedIndex)
                    + "; use a cursor from a page of this same query");
        }
        List<KeyAttribute> expected = cursorAttributes(schema, index);
        Set<String> expectedNames = new LinkedHashSet<>();
        expected.forEach(attribute -> expectedNames.add(attribute.name()));
        if (!expectedNames.equals(cursor.key().keySet())) {
            throw new InvalidCursorException("the " + role + " has key attributes " + cursor.key().keySet()
                    + ", but positions in " + describeIndex(expectedIndex) + " of table " + schema.tableName()
                    + " have " + expectedNames + "; it belongs to another table or index");
        }
        for (KeyAttribute attribute : expected) {
            AttributeValue value = cursor.key().get(attribute.name());
            if (!hasType(value, attribute.type())) {
                throw new InvalidCursorException("the " + role + "'s key attribute '" + attribute.name() + "' is of type "
                        + value.type() + ", but the key attribute is of type " + attribute.type()
                        + "; it belongs to another table or index");
            }
        }
        if (spec.isQuery()) {
            AttributeValue partition = cursor.key().get(index.partitionKey().name());
            if (!sameValue(partition, spec.partitionValue())) {
                throw new InvalidCursorException("the " + role + "'s partition key differs from the query's: a cursor"
                        + " cannot move a query to another partition; use a cursor from a page of this same query");
            }
        }
    }

    /**
     * Rejects a query filter on the queried index's own key attributes, which DynamoDB refuses.
     *
     * @param index the queried key or index
     * @param filter the filter
     * @throws DynaqException if the filter reads a key attribute of the index
     */
    public static void rejectKeyFilter(IndexDescriptor index, Condition filter) {
        Set<String> names = filter.attributeNames();
        List<KeyAttribute> keys = new ArrayList<>(2);
        keys.add(index.partitionKey());
        index.sortKeyAttribute().ifPresent(keys::add);
        for (KeyAttribute key : keys) {
            if (names.contains(key.name())) {
                boolean partition = key == index.partitionKey();
                throw new DynaqException("a query filter cannot use '" + key.name() + "', the "
                        + (partition ? "partition" : "sort") + " key of " + describeIndex(index.indexName())
                        + (partition
                                ? ": the query already selects one partition value"
                                : ": use the query's sort-key methods (…Eq, …Between, …BeginsWith, ...) instead"));
            }
        }
    }

    /**
     * @param a a scalar value
     * @param b a scalar value of the same type
     * @return DynamoDB's order of the two: numbers by value, strings and binaries by unsigned bytes
     */
    public static int compare(AttributeValue a, AttributeValue b) {
        if (a.type() != b.type()) {
            throw new IllegalArgumentException("cannot compare " + a.type() + " with " + b.type());
        }
        return switch (a.type()) {
            case N -> new BigDecimal(a.n()).compareTo(new BigDecimal(b.n()));
            case S -> Arrays.compareUnsigned(a.s().getBytes(StandardCharsets.UTF_8), b.s().getBytes(StandardCharsets.UTF_8));
            case B -> Arrays.compareUnsigned(a.b().asByteArrayUnsafe(), b.b().asByteArrayUnsafe());
            default -> throw new IllegalArgumentException("not a key type: " + a.type());
        };
    }

    /**
     * @param a a scalar value
     * @param b a scalar value
     * @return whether DynamoDB considers them the same key value ({@code 1.0} equals {@code 1})
     */
    public static boolean sameValue(AttributeValue a, AttributeValue b) {
        return a.type() == b.type() && compare(a, b) == 0;
    }

    /**
     * @param a a key
     * @param b a key
     * @return whether both have the same attributes with the same values
     */
    public static boolean sameKey(Map<String, AttributeValue> a, Map<String, AttributeValue> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, AttributeValue> entry : a.entrySet()) {
            if (!sameValue(entry.getValue(), b.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasType(AttributeValue value, IndexDescriptor.ScalarType type) {
        return switch (type) {
            case S -> value.type() == AttributeValue.Type.S;
            case N -> value.type() == AttributeValue.Type.N;
            case B -> value.type() == AttributeValue.Type.B;
        };
    }

    private static String describeIndex(String indexName) {
        return indexName == null ? "the table" : "index '" + indexName + "'";
    }
}
