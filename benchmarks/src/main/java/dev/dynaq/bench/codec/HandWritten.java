package dev.dynaq.bench.codec;

import dev.dynaq.bench.model.Line;
import dev.dynaq.bench.model.Order;
import dev.dynaq.bench.model.OrderStatus;
import dev.dynaq.bench.model.Parcel;
import dev.dynaq.bench.model.Shipment;
import dev.dynaq.bench.model.SmallItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * H: what a careful person writes by hand against the AWS SDK v2, the limit Dynaq is measured
 * against. Null fields are omitted, missing attributes read as null (zero for primitives), and
 * collections are read into the same classes Dynaq returns ({@code ArrayList}, {@code LinkedHashMap},
 * {@code LinkedHashSet}) so both produce equal objects. Unlike Dynaq it validates nothing: a stored
 * value of the wrong type surfaces as a {@code NullPointerException} or a parse error.
 */
public final class HandWritten {
    private HandWritten() {
    }

    /** The small model by hand. */
    public static final class SmallItemCodec implements Codec<SmallItem> {
        @Override
        public Map<String, AttributeValue> toItem(SmallItem value) {
            Map<String, AttributeValue> item = new HashMap<>(8);
            if (value.getId() != null) {
                item.put("id", AttributeValue.fromS(value.getId()));
            }
            if (value.getName() != null) {
                item.put("name", AttributeValue.fromS(value.getName()));
            }
            item.put("count", AttributeValue.fromN(Integer.toString(value.getCount())));
            item.put("active", AttributeValue.fromBool(value.isActive()));
            return item;
        }

        @Override
        public SmallItem fromItem(Map<String, AttributeValue> item) {
            SmallItem value = new SmallItem();
            value.setId(string(item.get("id")));
            value.setName(string(item.get("name")));
            AttributeValue count = item.get("count");
            value.setCount(count == null ? 0 : Integer.parseInt(count.n()));
            AttributeValue active = item.get("active");
            value.setActive(active != null && Boolean.TRUE.equals(active.bool()));
            return value;
        }
    }

    /** The typical model by hand. */
    public static final class OrderCodec implements Codec<Order> {
        @Override
        public Map<String, AttributeValue> toItem(Order value) {
            Map<String, AttributeValue> item = new HashMap<>(16);
            if (value.getCustomerId() != null) {
                item.put("customerId", AttributeValue.fromS(value.getCustomerId()));
            }
            if (value.getOrderId() != null) {
                item.put("orderId", AttributeValue.fromS(value.getOrderId()));
            }
            if (value.getStatus() != null) {
                item.put("status", AttributeValue.fromS(value.getStatus().name()));
            }
            if (value.getCreatedAt() != null) {
                item.put("createdAt", AttributeValue.fromS(value.getCreatedAt().toString()));
            }
            if (value.getTotal() != null) {
                item.put("total", AttributeValue.fromN(value.getTotal().toString()));
            }
            item.put("quantity", AttributeValue.fromN(Integer.toString(value.getQuantity())));
            item.put("gift", AttributeValue.fromBool(value.isGift()));
            Set<String> tags = value.getTags();
            if (tags != null && !tags.isEmpty()) {
                item.put("tags", AttributeValue.fromSs(new ArrayList<>(tags)));
            }
            if (value.getItems() != null) {
                item.put("items", stringList(value.getItems()));
            }
            Map<String, String> attributes = value.getAttributes();
            if (attributes != null) {
                Map<String, AttributeValue> map = new LinkedHashMap<>(attributes.size() * 2);
                for (Map.Entry<String, String> entry : attributes.entrySet()) {
                    map.put(entry.getKey(), AttributeValue.fromS(entry.getValue()));
                }
                item.put("attributes", AttributeValue.fromM(map));
            }
            if (value.getNote() != null) {
                item.put("note", AttributeValue.fromS(value.getNote()));
            }
            item.put("version", AttributeValue.fromN(Long.toString(value.getVersion())));
            return item;
        }

        @Override
        public Order fromItem(Map<String, AttributeValue> item) {
            Order value = new Order();
            value.setCustomerId(string(item.get("customerId")));
            value.setOrderId(string(item.get("orderId")));
            AttributeValue status = item.get("status");
            value.setStatus(status == null ? null : OrderStatus.valueOf(status.s()));
            AttributeValue createdAt = item.get("createdAt");
            value.setCreatedAt(createdAt == null ? null : Instant.parse(createdAt.s()));
            AttributeValue total = item.get("total");
            value.setTotal(total == null ? null : new BigDecimal(total.n()));
            AttributeValue quantity = item.get("quantity");
            value.setQuantity(quantity == null ? 0 : Integer.parseInt(quantity.n()));
            AttributeValue gift = item.get("gift");
            value.setGift(gift != null && Boolean.TRUE.equals(gift.bool()));
            AttributeValue tags = item.get("tags");
            value.setTags(tags == null ? new LinkedHashSet<>() : new LinkedHashSet<>(tags.ss()));
            AttributeValue items = item.get("items");
            if (items != null) {
                List<AttributeValue> stored = items.l();
                List<String> list = new ArrayList<>(stored.size());
                for (AttributeValue element : stored) {
                    list.add(element.s());
                }
                value.setItems(list);
            }
            AttributeValue attributes = item.get("attributes");
            if (attributes != null) {
                Map<String, AttributeValue> stored = attributes.m();
                Map<String, String> map = new LinkedHashMap<>(stored.size() * 2);
                for (Map.Entry<String, AttributeValue> entry : stored.entrySet()) {
                    map.put(entry.getKey(), entry.getValue().s());
                }
                value.setAttributes(map);
            }
            value.setNote(string(item.get("note")));
            AttributeValue version = item.get("version");
            value.setVersion(version == null ? 0L : Long.parseLong(version.n()));
            return value;
        }
    }

    /** The large nested model by hand. */
    public static final class ShipmentCodec implements Codec<Shipment> {
        @Override
        public Map<String, AttributeValue> toItem(Shipment value) {
            Map<String, AttributeValue> item = new HashMap<>(8);
            if (value.getShipmentId() != null) {
                item.put("shipmentId", AttributeValue.fromS(value.getShipmentId()));
            }
            if (value.getCarrier() != null) {
                item.put("carrier", AttributeValue.fromS(value.getCarrier()));
            }
            if (value.getShippedAt() != null) {
                item.put("shippedAt", AttributeValue.fromS(value.getShippedAt().toString()));
            }
            if (value.getParcels() != null) {
                List<AttributeValue> parcels = new ArrayList<>(value.getParcels().size());
                for (Parcel parcel : value.getParcels()) {
                    parcels.add(parcel == null ? AttributeValue.fromNul(true) : AttributeValue.fromM(parcel(parcel)));
                }
                item.put("parcels", AttributeValue.fromL(parcels));
            }
            return item;
        }

        private static Map<String, AttributeValue> parcel(Parcel parcel) {
            Map<String, AttributeValue> map = new HashMap<>(4);
            if (parcel.getParcelId() != null) {
                map.put("parcelId", AttributeValue.fromS(parcel.getParcelId()));
            }
            map.put("weightGrams", AttributeValue.fromN(Integer.toString(parcel.getWeightGrams())));
            if (parcel.getLines() != null) {
                List<AttributeValue> lines = new ArrayList<>(parcel.getLines().size());
                for (Line line : parcel.getLines()) {
                    lines.add(line == null ? AttributeValue.fromNul(true) : AttributeValue.fromM(line(line)));
                }
                map.put("lines", AttributeValue.fromL(lines));
            }
            return map;
        }

        private static Map<String, AttributeValue> line(Line line) {
            Map<String, AttributeValue> map = new HashMap<>(8);
            if (line.getSku() != null) {
                map.put("sku", AttributeValue.fromS(line.getSku()));
            }
            map.put("quantity", AttributeValue.fromN(Integer.toString(line.getQuantity())));
            if (line.getPrice() != null) {
                map.put("price", AttributeValue.fromN(line.getPrice().toString()));
            }
            if (line.getDescription() != null) {
                map.put("description", AttributeValue.fromS(line.getDescription()));
            }
            return map;
        }

        @Override
        public Shipment fromItem(Map<String, AttributeValue> item) {
            Shipment value = new Shipment();
            value.setShipmentId(string(item.get("shipmentId")));
            value.setCarrier(string(item.get("carrier")));
            AttributeValue shippedAt = item.get("shippedAt");
            value.setShippedAt(shippedAt == null ? null : Instant.parse(shippedAt.s()));
            AttributeValue parcels = item.get("parcels");
            if (parcels != null) {
                List<AttributeValue> stored = parcels.l();
                List<Parcel> list = new ArrayList<>(stored.size());
                for (AttributeValue parcel : stored) {
                    list.add(parcel.hasM() ? parcel(parcel.m()) : null);
                }
                value.setParcels(list);
            }
            return value;
        }

        private static Parcel parcel(Map<String, AttributeValue> map) {
            Parcel parcel = new Parcel();
            parcel.setParcelId(string(map.get("parcelId")));
            AttributeValue weight = map.get("weightGrams");
            parcel.setWeightGrams(weight == null ? 0 : Integer.parseInt(weight.n()));
            AttributeValue lines = map.get("lines");
            if (lines != null) {
                List<AttributeValue> stored = lines.l();
                List<Line> list = new ArrayList<>(stored.size());
                for (AttributeValue line : stored) {
                    list.add(line.hasM() ? line(line.m()) : null);
                }
                parcel.setLines(list);
            }
            return parcel;
        }

        private static Line line(Map<String, AttributeValue> map) {
            Line line = new Line();
            line.setSku(string(map.get("sku")));
            AttributeValue quantity = map.get("quantity");
            line.setQuantity(quantity == null ? 0 : Integer.parseInt(quantity.n()));
            AttributeValue price = map.get("price");
            line.setPrice(price == null ? null : new BigDecimal(price.n()));
            line.setDescription(string(map.get("description")));
            return line;
        }
    }

    private static AttributeValue stringList(List<String> values) {
        List<AttributeValue> list = new ArrayList<>(values.size());
        for (String value : values) {
            list.add(AttributeValue.fromS(value));
        }
        return AttributeValue.fromL(list);
    }

    private static String string(AttributeValue value) {
        return value == null ? null : value.s();
    }
}
