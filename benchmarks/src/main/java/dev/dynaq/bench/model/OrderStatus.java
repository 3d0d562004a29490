package dev.dynaq.bench.model;

/** The life cycle of an {@link Order}. */
public enum OrderStatus {
    /** Placed, not paid. */
    PENDING,
    /** Paid, not shipped. */
    PAID,
    /** On its way. */
    SHIPPED,
    /** Delivered. */
    DELIVERED
}
