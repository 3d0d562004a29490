package dev.dynaq;

/**
 * A value DynamoDB cannot store or use, found before any request: a null or empty key attribute, a
 * number out of DynamoDB's range or precision, NaN or infinity, an item over 400 KB, a projected
 * (partial) item being written back. The message names the entity and the attribute.
 */
public class InvalidValueException extends DynaqException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the entity and attribute */
    public InvalidValueException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, naming the entity and attribute
     * @param cause the conversion's own exception, for instance one that does not name the attribute
     */
    public InvalidValueException(String message, Throwable cause) {
        super(message, cause);
    }
}
