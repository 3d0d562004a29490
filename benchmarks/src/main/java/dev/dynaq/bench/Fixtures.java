package dev.dynaq.bench;

import dev.dynaq.bench.model.Line;
import dev.dynaq.bench.model.Order;
import dev.dynaq.bench.model.OrderStatus;
import dev.dynaq.bench.model.Parcel;
import dev.dynaq.bench.model.Shipment;
import dev.dynaq.bench.model.SmallItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The data every contender maps: fixed, so that runs are comparable. */
public final class Fixtures {
    /** Parcels of the large model. */
    public static final int PARCELS = 4;
    /** Lines per parcel of the large model. */
    public static final int LINES_PER_PARCEL = 10;

    private Fixtures() {
    }

    /** @return the small model's object */
    public static SmallItem smallItem() {
        return new SmallItem("item-0001", "A small item", 42, true);
    }

    /**
     * @param n the item's number, which varies its values
     * @return a small item whose key ends with {@code n}
     */
    public static SmallItem smallItem(int n) {
        return new SmallItem(String.format("item-%06d", n), "A small item, number " + n, n % 1000, n % 2 == 0);
    }

    /**
     * @param n the shipment's number
     * @return the large model's object with a key ending with {@code n}
     */
    public static Shipment shipment(int n) {
        Shipment shipment = shipment();
        shipment.setShipmentId(String.format("shipment-%06d", n));
        shipment.setShippedAt(shipment.getShippedAt().plusSeconds(n * 60L));
        return shipment;
    }

    /**
     * @param customerId the partition key
     * @param n the order's number, which varies its values
     * @return an order with every attribute set but the nullable note
     */
    public static Order order(String customerId, int n) {
        Order order = new Order();
        order.setCustomerId(customerId);
        order.setOrderId(String.format("order-%06d", n));
        order.setStatus(OrderStatus.values()[n % OrderStatus.values().length]);
        order.setCreatedAt(Instant.parse("2026-03-01T10:15:30.123Z").plusSeconds(n * 61L));
        order.setTotal(new BigDecimal("129.90").add(BigDecimal.valueOf(n % 1000, 2)));
        order.setQuantity(1 + n % 7);
        order.setGift(n % 3 == 0);
        Set<String> tags = new LinkedHashSet<>();
        tags.add("priority");
        tags.add("web");
        tags.add("region-" + n % 5);
        order.setTags(tags);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            items.add("sku-" + (n + i) % 997);
        }
        order.setItems(items);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("channel", "web");
        attributes.put("coupon", "SPRING" + n % 10);
        attributes.put("warehouse", "fra-" + n % 3);
        order.setAttributes(attributes);
        order.setNote(null);
        order.setVersion(7);
        return order;
    }

    /** @return the large model's object: {@value #PARCELS} parcels of {@value #LINES_PER_PARCEL} lines */
    public static Shipment shipment() {
        Shipment shipment = new Shipment();
        shipment.setShipmentId("shipment-0001");
        shipment.setCarrier("DHL Express");
        shipment.setShippedAt(Instant.parse("2026-03-02T08:00:00Z"));
        List<Parcel> parcels = new ArrayList<>();
        for (int p = 0; p < PARCELS; p++) {
            Parcel parcel = new Parcel();
            parcel.setParcelId("parcel-" + p);
            parcel.setWeightGrams(1200 + p * 35);
            List<Line> lines = new ArrayList<>();
            for (int l = 0; l < LINES_PER_PARCEL; l++) {
                Line line = new Line();
                line.setSku("sku-" + (p * 100 + l));
                line.setQuantity(1 + l % 4);
                line.setPrice(new BigDecimal("9.99").add(BigDecimal.valueOf(l, 1)));
                line.setDescription("Article " + l + " of parcel " + p);
                lines.add(line);
            }
            parcel.setLines(lines);
            parcels.add(parcel);
        }
        shipment.setParcels(parcels);
        return shipment;
    }
}
