package dev.dynaq.it.single;

/** The states of an {@link Order}. */
public enum OrderState {
    /** Placed, not paid. */
    NEW,
    /** Paid. */
    PAID,
    /** Shipped. */
    SHIPPED
}
