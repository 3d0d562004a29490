package dev.dynaq;

import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** What an {@link Update} returns, as DynamoDB's {@code ReturnValues}. */
public enum ReturnChoice {
    /** Nothing: {@link Update#execute()} returns an empty {@code Optional}. */
    NONE(ReturnValue.NONE),
    /**
     * The updated attributes as they are after the update, with the key attributes. The entity holds
     * only those attributes: it is partial, and writing it back with {@code put} is refused.
     */
    UPDATED_NEW(ReturnValue.UPDATED_NEW),
    /** The whole item as it is after the update. */
    ALL_NEW(ReturnValue.ALL_NEW),
    /** The whole item as it was before the update; empty when the update created it. */
    ALL_OLD(ReturnValue.ALL_OLD),
    /**
     * The updated attributes as they were before the update, with the key attributes (partial, like
     * {@link #UPDATED_NEW}); empty when the update created the item.
     */
    UPDATED_OLD(ReturnValue.UPDATED_OLD);

    private final ReturnValue sdkValue;

    ReturnChoice(ReturnValue sdkValue) {
        this.sdkValue = sdkValue;
    }

    /** @return the SDK's value */
    ReturnValue sdkValue() {
        return sdkValue;
    }

    /** @return whether the result holds only some attributes */
    boolean partial() {
        return this == UPDATED_NEW || this == UPDATED_OLD;
    }
}
