package dev.dynaq;

/** The base of every exception Dynaq throws on its own account. */
public class DynaqException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and what to do about it */
    public DynaqException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and what to do about it
     * @param cause the underlying exception
     */
    public DynaqException(String message, Throwable cause) {
        super(message, cause);
    }
}
