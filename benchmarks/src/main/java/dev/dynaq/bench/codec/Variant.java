package dev.dynaq.bench.codec;

import dev.dynaq.ItemSchema;
import dev.dynaq.bench.model.Order;
import dev.dynaq.bench.model.Order_;
import dev.dynaq.bench.model.Shipment;
import dev.dynaq.bench.model.Shipment_;
import dev.dynaq.bench.model.SmallItem;
import dev.dynaq.bench.model.SmallItem_;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The contenders. Each builds its codecs only when asked, so that a cold-start JVM pays only for the
 * contender it measures.
 */
public enum Variant {
    /** Hand-written AWS SDK v2 code: straight {@code AttributeValue} building and reading, the limit. */
    H {
        @Override
        public Codec<SmallItem> small() {
            return new HandWritten.SmallItemCodec();
        }

        @Override
        public Codec<Order> order() {
            return new HandWritten.OrderCodec();
        }

        @Override
        public Codec<Shipment> shipment() {
            return new HandWritten.ShipmentCodec();
        }
    },
    /** Dynaq's generated schemas ({@code Order_.SCHEMA}). */
    D {
        @Override
        public Codec<SmallItem> small() {
            return dynaq(SmallItem_.SCHEMA);
        }

        @Override
        public Codec<Order> order() {
            return dynaq(Order_.SCHEMA);
        }

        @Override
        public Codec<Shipment> shipment() {
            return dynaq(Shipment_.SCHEMA);
        }
    },
    /** The Enhanced Client's reflective {@code TableSchema.fromBean}. */
    B {
        @Override
        public Codec<SmallItem> small() {
            return enhanced(TableSchema.fromBean(SmallItem.class));
        }

        @Override
        public Codec<Order> order() {
            return enhanced(TableSchema.fromBean(Order.class));
        }

        @Override
        public Codec<Shipment> shipment() {
            return enhanced(TableSchema.fromBean(Shipment.class));
        }
    },
    /** The Enhanced Client's {@code StaticTableSchema}, written by hand with lambdas. */
    S {
        @Override
        public Codec<SmallItem> small() {
            return enhanced(StaticSchemas.smallItem());
        }

        @Override
        public Codec<Order> order() {
            return enhanced(StaticSchemas.order());
        }

        @Override
        public Codec<Shipment> shipment() {
            return enhanced(StaticSchemas.shipment());
        }
    };

    /** @return a new codec of the small model */
    public abstract Codec<SmallItem> small();

    /** @return a new codec of the typical model */
    public abstract Codec<Order> order();

    /** @return a new codec of the large nested model */
    public abstract Codec<Shipment> shipment();

    /**
     * @param schema the Enhanced Client's table schema
     * @param <T> the model
     * @return a codec writing items without null attributes, as the Enhanced Client's {@code putItem} does
     */
    public static <T> Codec<T> enhanced(TableSchema<T> schema) {
        return new Codec<>() {
            @Override
            public Map<String, AttributeValue> toItem(T value) {
                return schema.itemToMap(value, true);
            }

            @Override
            public T fromItem(Map<String, AttributeValue> item) {
                return schema.mapToItem(item);
            }
        };
    }

    /**
     * @param schema a Dynaq generated schema
     * @param <T> the model
     * @return a codec over it
     */
    public static <T> Codec<T> dynaq(ItemSchema<T> schema) {
        return new Codec<>() {
            @Override
            public Map<String, AttributeValue> toItem(T value) {
                return schema.toItem(value);
            }

            @Override
            public T fromItem(Map<String, AttributeValue> item) {
                return schema.fromItem(item);
            }
        };
    }
}
