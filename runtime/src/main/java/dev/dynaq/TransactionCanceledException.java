package dev.dynaq;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB canceled a {@link Transaction}: nothing of it was written. {@link #reasons()} names each
 * action that caused it, by its position in the transaction, with DynamoDB's reason code (such as
 * {@code ConditionalCheckFailed}, {@code TransactionConflict}, {@code ValidationError}) and, for
 * failed conditions, the item as it is now.
 */
public class TransactionCanceledException extends DynaqException {
    private static final long serialVersionUID = 1L;

    /** The kind of a transaction action. */
    public enum ActionKind {
        /** A put. */
        PUT,
        /** An update. */
        UPDATE,
        /** A delete. */
        DELETE,
        /** A condition check, which writes nothing. */
        CONDITION_CHECK,
        /** A transactional get. */
        GET
    }

    /**
     * Why one action canceled the transaction.
     *
     * @param index the action's position in the transaction, from 0
     * @param tableName the action's table
     * @param kind what the action was
     * @param key the key of the action's item
     * @param code DynamoDB's reason code, such as {@code ConditionalCheckFailed}
     * @param message DynamoDB's message, or {@code null}
     * @param versionConflict whether the failed condition was the version check of a versioned entity
     * @param currentItem the item as it is now (for failed conditions), or {@code null}
     */
    public record Reason(int index, String tableName, ActionKind kind, Map<String, AttributeValue> key, String code,
            String message, boolean versionConflict, Map<String, AttributeValue> currentItem) {
        /** Validates the components and copies the maps. */
        public Reason {
            Objects.requireNonNull(tableName, "tableName");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(code, "code");
            key = Map.copyOf(key);
            currentItem = currentItem == null || currentItem.isEmpty() ? null : Map.copyOf(currentItem);
        }

        /** @return whether the action's condition did not hold */
        public boolean conditionFailed() {
            return "ConditionalCheckFailed".equals(code);
        }

        /** @return the item as it is now, for failed conditions */
        public Optional<Map<String, AttributeValue>> currentItemAttributes() {
            return Optional.ofNullable(currentItem);
        }

        /**
         * @param schema the schema of the action's entity
         * @param <E> the entity type
         * @return the item as it is now, for failed conditions
         */
        public <E> Optional<E> currentItem(ItemSchema<E> schema) {
            return currentItemAttributes().map(schema::fromItem);
        }
    }

    private final transient List<Reason> reasons;

    /**
     * @param message what happened
     * @param reasons the actions that caused the cancellation
     * @param cause the SDK's exception
     */
    public TransactionCanceledException(String message, List<Reason> reasons, Throwable cause) {
        super(message, cause);
        this.reasons = List.copyOf(reasons);
    }

    /** @return the actions that caused the cancellation, in transaction order; actions that were fine are left out */
    public List<Reason> reasons() {
        return reasons;
    }

    /** @return whether some action failed its version check: retrying after reading again may succeed */
    public boolean hasVersionConflict() {
        return reasons.stream().anyMatch(Reason::versionConflict);
    }
}
