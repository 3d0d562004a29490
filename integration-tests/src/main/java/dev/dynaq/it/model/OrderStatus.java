package dev.dynaq.it.model;

/** Where an order is in its life. */
public enum OrderStatus {
    PENDING, PAID, SHIPPED, CANCELLED
}
