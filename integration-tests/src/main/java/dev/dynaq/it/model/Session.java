package dev.dynaq.it.model;

import dev.dynaq.annotation.AtomicCounter;
import dev.dynaq.annotation.CreatedDate;
import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.LastModifiedDate;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.annotation.TimeToLive;
import java.time.Instant;

/**
 * A record with every lifecycle attribute: an {@code Instant} time to live, created and last-modified
 * dates, and a counter of requests.
 */
@DynamoTable(name = "sessions")
public record Session(
        @PartitionKey String sessionId,
        String user,
        @TimeToLive Instant expiresAt,
        @CreatedDate Instant createdAt,
        @LastModifiedDate Instant updatedAt,
        @AtomicCounter long requests) {

    /** @return a new session of the user, without dates or requests yet */
    public static Session of(String sessionId, String user, Instant expiresAt) {
        return new Session(sessionId, user, expiresAt, null, null, 0);
    }
}
