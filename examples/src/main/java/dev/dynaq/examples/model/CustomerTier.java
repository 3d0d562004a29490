package dev.dynaq.examples.model;

/** A customer's loyalty tier. */
public enum CustomerTier {
    /** Every new customer. */
    STANDARD,
    /** Frequent buyers. */
    SILVER,
    /** The best customers. */
    GOLD
}
