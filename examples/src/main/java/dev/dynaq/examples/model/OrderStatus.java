package dev.dynaq.examples.model;

/** Where an order is in its life; stored as the enum constant's name. */
public enum OrderStatus {
    /** Placed, not paid yet. */
    PENDING,
    /** Paid, waiting to be shipped. */
    PAID,
    /** Handed to the carrier. */
    SHIPPED,
    /** Arrived at the customer. */
    DELIVERED,
    /** Canceled before shipping. */
    CANCELLED
}
