package dev.dynaq.bench;

import dev.dynaq.ItemSchema;
import dev.dynaq.Table;
import dev.dynaq.bench.codec.Codec;
import dev.dynaq.bench.codec.Variant;
import dev.dynaq.bench.model.Order;
import dev.dynaq.bench.model.OrderTable;
import dev.dynaq.bench.model.Order_;
import dev.dynaq.bench.model.Shipment;
import dev.dynaq.bench.model.ShipmentTable;
import dev.dynaq.bench.model.Shipment_;
import dev.dynaq.bench.model.SmallItem;
import dev.dynaq.bench.model.SmallItemTable;
import dev.dynaq.bench.model.SmallItem_;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.ToLongFunction;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One of the three models as the read-path benchmarks serve it: how many items a table of it holds
 * (pages of about 1 MB of JSON or fewer), its objects, its Dynaq table, its hand-written codec, and
 * how a reader uses each item read (so that every item is mapped and touched).
 *
 * @param name the {@code model} parameter value
 * @param type the entity class
 * @param items items in the table (and in the queried partition, for orders)
 * @param pageSize items per query or scan response
 * @param positionAttribute the key attribute whose value ends with the item's number
 * @param object item {@code n}
 * @param schema Dynaq's generated schema, which also writes the canned items
 * @param dynaq opens the generated table over a client, with direct decoding on or off
 * @param hand the hand-written codec (H)
 * @param use what a reader does with each item: a number that depends on it
 * @param <T> the entity type
 */
public record ReadModel<T>(String name, Class<T> type, int items, int pageSize, String positionAttribute,
        IntFunction<T> object, ItemSchema<T> schema, BiFunction<DynamoDbClient, Boolean, Table<T>> dynaq, Codec<T> hand,
        ToLongFunction<T> use) {
    /** The small model: 10,000 items of 4 attributes, in 4 pages. */
    public static final ReadModel<SmallItem> SMALL = new ReadModel<>("small", SmallItem.class, 10_000, 2_500, "id",
            Fixtures::smallItem, SmallItem_.SCHEMA, (client, direct) -> SmallItemTable.create(client).withDirectDecoding(direct), Variant.H.small(), SmallItem::getCount);
    /** The typical model: 10,000 orders of 12 attributes, in 4 pages of about 1 MB. */
    public static final ReadModel<Order> ORDER = new ReadModel<>("order", Order.class, 10_000, 2_500, "orderId",
            n -> Fixtures.order(QueryPathBenchmark.CUSTOMER, n), Order_.SCHEMA, (client, direct) -> OrderTable.create(client).withDirectDecoding(direct), Variant.H.order(),
            Order::getQuantity);
    /** The large nested model: 1,000 shipments of 4 parcels of 10 lines, in 4 pages of about 1 MB. */
    public static final ReadModel<Shipment> LARGE = new ReadModel<>("large", Shipment.class, 1_000, 250, "shipmentId",
            Fixtures::shipment, Shipment_.SCHEMA, (client, direct) -> ShipmentTable.create(client).withDirectDecoding(direct), Variant.H.shipment(),
            shipment -> shipment.getParcels().size());

    /**
     * @param name {@code small}, {@code order} or {@code large}
     * @return that model
     */
    public static ReadModel<?> named(String name) {
        return switch (name) {
            case "small" -> SMALL;
            case "order" -> ORDER;
            case "large" -> LARGE;
            default -> throw new IllegalArgumentException("no model " + name);
        };
    }

    /** @return the table name */
    public String tableName() {
        return schema.tableName();
    }

    /** @return every item of the table as Dynaq writes it, in key order */
    public List<Map<String, AttributeValue>> storedItems() {
        List<Map<String, AttributeValue>> stored = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            stored.add(schema.toItem(object.apply(i)));
        }
        return stored;
    }

    /**
     * @param n an item's number
     * @return its primary key attributes
     */
    public Map<String, AttributeValue> key(int n) {
        return schema.primaryKey(object.apply(n));
    }
}
