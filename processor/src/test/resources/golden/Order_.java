package com.acme;

import dev.dynaq.Attribute;
import dev.dynaq.AttributeConverter;
import dev.dynaq.ComparableAttribute;
import dev.dynaq.DynaqException;
import dev.dynaq.IndexDescriptor;
import dev.dynaq.InvalidValueException;
import dev.dynaq.ItemSchema;
import dev.dynaq.ListAttribute;
import dev.dynaq.NumberAttribute;
import dev.dynaq.StringAttribute;
import dev.dynaq.annotation.IndexProjection;
import dev.dynaq.internal.Converters;
import dev.dynaq.internal.ItemDecoding;
import dev.dynaq.internal.Values;
import dev.dynaq.internal.direct.ItemDecoder;
import dev.dynaq.internal.direct.JsonItem;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The metamodel of {@link Order}: one typed constant per attribute, for conditions, keys
 * and queries; the key schema of table {@value #TABLE_NAME} and of its indexes; and the item schema.
 */
@Generated("dev.dynaq.processor.DynaqProcessor")
public final class Order_ {
    /**
     * The name of the table of {@link Order}: {@value}.
     */
    public static final String TABLE_NAME = "orders";

    /**
     * Property {@code customerId} of {@link Order}, stored as S.
     */
    public static final StringAttribute<Order> customerId = new StringAttribute<>(Order.class,
            "customerId", "customerId");

    /**
     * Property {@code orderId} of {@link Order}, stored as S.
     */
    public static final StringAttribute<Order> orderId = new StringAttribute<>(Order.class,
            "orderId", "orderId");

    /**
     * Property {@code total} of {@link Order}, stored as N.
     */
    public static final NumberAttribute<Order, BigDecimal> total = new NumberAttribute<>(Order.class,
            "total", "total", Converters.BIG_DECIMAL);

    /**
     * Property {@code items} of {@link Order}, stored as L.
     */
    public static final ListAttribute<Order, String> items = new ListAttribute<>(Order.class,
            "items", "items", Converters.listOf(Converters.STRING), Converters.STRING);

    /**
     * Property {@code status} of {@link Order}, stored as S.
     */
    public static final ComparableAttribute<Order, OrderStatus> status = new ComparableAttribute<>(Order.class,
            "status", "status", Converters.enumOf(OrderStatus.class));

    /**
     * Property {@code createdAt} of {@link Order}, stored as S.
     */
    public static final ComparableAttribute<Order, Instant> createdAt = new ComparableAttribute<>(Order.class,
            "createdAt", "createdAt", Converters.INSTANT);

    /**
     * The primary key of table {@value #TABLE_NAME}: partition key {@code customerId}, sort key {@code orderId}.
     */
    public static final IndexDescriptor PRIMARY_KEY = IndexDescriptor.primary(new IndexDescriptor.KeyAttribute("customerId",
            IndexDescriptor.ScalarType.S), new IndexDescriptor.KeyAttribute("orderId",
            IndexDescriptor.ScalarType.S));

    /**
     * Global secondary index {@code order_by_status} of table {@value #TABLE_NAME}: partition key {@code status}, sort key {@code createdAt}, projection INCLUDE of {@code total}.
     */
    public static final IndexDescriptor ORDER_BY_STATUS = new IndexDescriptor("order_by_status", IndexDescriptor.Kind.GLOBAL,
            new IndexDescriptor.KeyAttribute("status", IndexDescriptor.ScalarType.S),
                    new IndexDescriptor.KeyAttribute("createdAt", IndexDescriptor.ScalarType.S),
                    IndexProjection.INCLUDE, List.of("total"));

    /**
     * Local secondary index {@code by_created_at} of table {@value #TABLE_NAME}: partition key {@code customerId}, sort key {@code createdAt}, projection ALL.
     */
    public static final IndexDescriptor BY_CREATED_AT = new IndexDescriptor("by_created_at", IndexDescriptor.Kind.LOCAL,
            new IndexDescriptor.KeyAttribute("customerId", IndexDescriptor.ScalarType.S),
                    new IndexDescriptor.KeyAttribute("createdAt", IndexDescriptor.ScalarType.S),
                    IndexProjection.ALL, List.of());

    /**
     * Maps {@link Order} to DynamoDB items of table {@value #TABLE_NAME} and back, without reflection.
     */
    public static final ItemSchema<Order> SCHEMA = new Schema();

    private Order_() {
    }

    private static <V> V read(AttributeConverter<V> converter, AttributeValue value) {
        return value == null || Boolean.TRUE.equals(value.nul()) ? null : converter.fromAttributeValue(value);
    }

    private static final class Schema implements ItemSchema<Order> {
        private static final List<Attribute<Order, ?>> ATTRIBUTES = List.of(Order_.customerId,
                Order_.orderId, Order_.total, Order_.items, Order_.status, Order_.createdAt);

        private static final List<IndexDescriptor> SECONDARY_INDEXES = List.of(Order_.ORDER_BY_STATUS,
                Order_.BY_CREATED_AT);

        @Override
        public Class<Order> itemType() {
            return Order.class;
        }

        @Override
        public String tableName() {
            return Order_.TABLE_NAME;
        }

        @Override
        public Map<String, AttributeValue> toItem(Order item) {
            Map<String, AttributeValue> attributes = new HashMap<>(8);
            String customerId = item.customerId();
            if (customerId != null) {
                attributes.put("customerId", AttributeValue.createS(customerId));
            }
            String orderId = item.orderId();
            if (orderId != null) {
                attributes.put("orderId", AttributeValue.createS(orderId));
            }
            BigDecimal total = item.total();
            if (total != null) {
                try {
                    attributes.put("total", Values.fromBigDecimal(total));
                } catch (InvalidValueException invalid) {
                    throw Values.invalidAttribute(Order_.total, invalid);
                }
            }
            List<String> items = item.items();
            if (items != null) {
                try {
                    attributes.put("items", Order_.items.converter().toAttributeValue(items));
                } catch (InvalidValueException invalid) {
                    throw Values.invalidAttribute(Order_.items, invalid);
                }
            }
            OrderStatus status = item.status();
            if (status != null) {
                attributes.put("status", Values.fromEnum(status));
            }
            Instant createdAt = item.createdAt();
            if (createdAt != null) {
                try {
                    attributes.put("createdAt", Values.fromInstant(createdAt));
                } catch (InvalidValueException invalid) {
                    throw Values.invalidAttribute(Order_.createdAt, invalid);
                }
            }
            return attributes;
        }

        @Override
        public Order fromItem(Map<String, AttributeValue> item) {
            try {
                return new Order(
                        Values.toStringValue(item.get("customerId")),
                        Values.toStringValue(item.get("orderId")),
                        Values.toBigDecimal(item.get("total")),
                        read(Order_.items.converter(), item.get("items")),
                        Values.toEnum(OrderStatus.class, item.get("status")),
                        Values.toInstant(item.get("createdAt")));
            } catch (DynaqException unreadable) {
                throw ItemDecoding.unreadable(ATTRIBUTES, item, unreadable);
            }
        }

        @Override
        public Map<String, AttributeValue> primaryKey(Order item) {
            Map<String, AttributeValue> key = new LinkedHashMap<>(4);
            key.put("customerId", Order_.customerId.toKeyValue(item.customerId()));
            key.put("orderId", Order_.orderId.toKeyValue(item.orderId()));
            return key;
        }

        @Override
        public IndexDescriptor primaryIndex() {
            return Order_.PRIMARY_KEY;
        }

        @Override
        public List<IndexDescriptor> secondaryIndexes() {
            return SECONDARY_INDEXES;
        }

        @Override
        public List<Attribute<Order, ?>> attributes() {
            return ATTRIBUTES;
        }

        @Override
        public Optional<ItemDecoder<Order>> itemDecoder() {
            return Optional.of(Decoder.INSTANCE);
        }
    }

    /**
     * Decodes items of {@link Order} from DynamoDB's JSON text: each mapped attribute's value, then
     * the same conversions as {@link ItemSchema#fromItem}; other attributes are skipped.
     */
    private static final class Decoder implements ItemDecoder<Order> {
        private static final Decoder INSTANCE = new Decoder();

        @Override
        public Order decode(JsonItem item) throws IOException {
            String customerId = null;
            String orderId = null;
            BigDecimal total = null;
            List<String> items = null;
            OrderStatus status = null;
            Instant createdAt = null;
            for (String name = item.nextAttribute(); name != null; name = item.nextAttribute()) {
                switch (name) {
                    case "customerId" -> customerId = item.read(Order_.customerId.converter());
                    case "orderId" -> orderId = item.read(Order_.orderId.converter());
                    case "total" -> total = item.read(Order_.total.converter());
                    case "items" -> items = item.read(Order_.items.converter());
                    case "status" -> status = item.read(Order_.status.converter());
                    case "createdAt" -> createdAt = item.read(Order_.createdAt.converter());
                    default -> item.skip();
                }
            }
            return new Order(
                    customerId,
                    orderId,
                    total,
                    items,
                    status,
                    createdAt);
        }
    }
}
