package dev.dynaq.examples.spring;

/** Where an order is. */
public enum OrderStatus {
    /** Placed, not shipped yet. */
    PENDING,
    /** On its way. */
    SHIPPED,
    /** Called off. */
    CANCELLED
}
