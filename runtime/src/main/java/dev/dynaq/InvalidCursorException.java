package dev.dynaq;

/**
 * A cursor that is malformed, truncated, tampered with, or does not belong to the query it is used
 * with (another table, index, partition or key shape). No request is sent with such a cursor.
 */
public final class InvalidCursorException extends DynaqException {
    private static final long serialVersionUID = 1L;

    /** @param message why the cursor was rejected */
    public InvalidCursorException(String message) {
        super(message);
    }

    /**
     * @param message why the cursor was rejected
     * @param cause the decoding failure
     */
    public InvalidCursorException(String message, Throwable cause) {
        super(message, cause);
    }
}
