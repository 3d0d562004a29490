package dev.dynaq.bench.model;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.PartitionKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** The large model: a document with a list of parcels, each with a list of lines. */
@DynamoTable(name = "shipments")
@DynamoDbBean
public class Shipment {
    @PartitionKey
    private String shipmentId;
    private String carrier;
    private Instant shippedAt;
    private List<Parcel> parcels;

    /** @return the partition key */
    @DynamoDbPartitionKey
    public String getShipmentId() {
        return shipmentId;
    }

    /** @param shipmentId the partition key */
    public void setShipmentId(String shipmentId) {
        this.shipmentId = shipmentId;
    }

    /** @return the carrier */
    public String getCarrier() {
        return carrier;
    }

    /** @param carrier the carrier */
    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    /** @return when it left */
    public Instant getShippedAt() {
        return shippedAt;
    }

    /** @param shippedAt when it left */
    public void setShippedAt(Instant shippedAt) {
        this.shippedAt = shippedAt;
    }

    /** @return the parcels */
    public List<Parcel> getParcels() {
        return parcels;
    }

    /** @param parcels the parcels */
    public void setParcels(List<Parcel> parcels) {
        this.parcels = parcels;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shipment other && Objects.equals(shipmentId, other.shipmentId)
                && Objects.equals(carrier, other.carrier) && Objects.equals(shippedAt, other.shippedAt)
                && Objects.equals(parcels, other.parcels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(shipmentId, carrier, shippedAt, parcels);
    }
}
