package dev.dynaq.bench.codec;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import dev.dynaq.bench.model.Line;
import dev.dynaq.bench.model.Order;
import dev.dynaq.bench.model.OrderStatus;
import dev.dynaq.bench.model.Parcel;
import dev.dynaq.bench.model.Shipment;
import dev.dynaq.bench.model.SmallItem;
import java.math.BigDecimal;
import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** S: the Enhanced Client's {@code StaticTableSchema}s of the models, as its documentation shows them. */
public final class StaticSchemas {
    private StaticSchemas() {
    }

    /** @return the small model's schema */
    public static TableSchema<SmallItem> smallItem() {
        return StaticTableSchema.builder(SmallItem.class)
                .newItemSupplier(SmallItem::new)
                .addAttribute(String.class, a -> a.name("id").getter(SmallItem::getId).setter(SmallItem::setId)
                        .tags(primaryPartitionKey()))
                .addAttribute(String.class, a -> a.name("name").getter(SmallItem::getName).setter(SmallItem::setName))
                .addAttribute(Integer.class, a -> a.name("count").getter(SmallItem::getCount).setter(SmallItem::setCount))
                .addAttribute(Boolean.class, a -> a.name("active").getter(SmallItem::isActive).setter(SmallItem::setActive))
                .build();
    }

    /** @return the typical model's schema */
    public static TableSchema<Order> order() {
        return StaticTableSchema.builder(Order.class)
                .newItemSupplier(Order::new)
                .addAttribute(String.class, a -> a.name("customerId").getter(Order::getCustomerId)
                        .setter(Order::setCustomerId).tags(primaryPartitionKey()))
                .addAttribute(String.class, a -> a.name("orderId").getter(Order::getOrderId).setter(Order::setOrderId)
                        .tags(primarySortKey()))
                .addAttribute(OrderStatus.class, a -> a.name("status").getter(Order::getStatus).setter(Order::setStatus))
                .addAttribute(Instant.class, a -> a.name("createdAt").getter(Order::getCreatedAt)
                        .setter(Order::setCreatedAt))
                .addAttribute(BigDecimal.class, a -> a.name("total").getter(Order::getTotal).setter(Order::setTotal))
                .addAttribute(Integer.class, a -> a.name("quantity").getter(Order::getQuantity)
                        .setter(Order::setQuantity))
                .addAttribute(Boolean.class, a -> a.name("gift").getter(Order::isGift).setter(Order::setGift))
                .addAttribute(EnhancedType.setOf(String.class), a -> a.name("tags").getter(Order::getTags)
                        .setter(Order::setTags))
                .addAttribute(EnhancedType.listOf(String.class), a -> a.name("items").getter(Order::getItems)
                        .setter(Order::setItems))
                .addAttribute(EnhancedType.mapOf(String.class, String.class), a -> a.name("attributes")
                        .getter(Order::getAttributes).setter(Order::setAttributes))
                .addAttribute(String.class, a -> a.name("note").getter(Order::getNote).setter(Order::setNote))
                .addAttribute(Long.class, a -> a.name("version").getter(Order::getVersion).setter(Order::setVersion))
                .build();
    }

    /** @return the large nested model's schema */
    public static TableSchema<Shipment> shipment() {
        TableSchema<Line> line = StaticTableSchema.builder(Line.class)
                .newItemSupplier(Line::new)
                .addAttribute(String.class, a -> a.name("sku").getter(Line::getSku).setter(Line::setSku))
                .addAttribute(Integer.class, a -> a.name("quantity").getter(Line::getQuantity).setter(Line::setQuantity))
                .addAttribute(BigDecimal.class, a -> a.name("price").getter(Line::getPrice).setter(Line::setPrice))
                .addAttribute(String.class, a -> a.name("description").getter(Line::getDescription)
                        .setter(Line::setDescription))
                .build();
        TableSchema<Parcel> parcel = StaticTableSchema.builder(Parcel.class)
                .newItemSupplier(Parcel::new)
                .addAttribute(String.class, a -> a.name("parcelId").getter(Parcel::getParcelId)
                        .setter(Parcel::setParcelId))
                .addAttribute(Integer.class, a -> a.name("weightGrams").getter(Parcel::getWeightGrams)
                        .setter(Parcel::setWeightGrams))
                .addAttribute(EnhancedType.listOf(EnhancedType.documentOf(Line.class, line)), a -> a.name("lines")
                        .getter(Parcel::getLines).setter(Parcel::setLines))
                .build();
        return StaticTableSchema.builder(Shipment.class)
                .newItemSupplier(Shipment::new)
                .addAttribute(String.class, a -> a.name("shipmentId").getter(Shipment::getShipmentId)
                        .setter(Shipment::setShipmentId).tags(primaryPartitionKey()))
                .addAttribute(String.class, a -> a.name("carrier").getter(Shipment::getCarrier)
                        .setter(Shipment::setCarrier))
                .addAttribute(Instant.class, a -> a.name("shippedAt").getter(Shipment::getShippedAt)
                        .setter(Shipment::setShippedAt))
                .addAttribute(EnhancedType.listOf(EnhancedType.documentOf(Parcel.class, parcel)), a -> a.name("parcels")
                        .getter(Shipment::getParcels).setter(Shipment::setParcels))
                .build();
    }
}
