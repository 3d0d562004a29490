package dev.dynaq.annotation;

/** Which attributes a secondary index holds, as DynamoDB's {@code ProjectionType}. */
public enum IndexProjection {
    /** Every attribute of the item. */
    ALL,
    /** Only the table's and the index's key attributes. */
    KEYS_ONLY,
    /** The key attributes and the attributes listed in the annotation's {@code include}. */
    INCLUDE
}
