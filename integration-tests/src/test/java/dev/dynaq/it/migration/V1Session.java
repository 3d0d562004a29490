package dev.dynaq.it.migration;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.Format;
import dev.dynaq.annotation.GsiPartitionKey;
import dev.dynaq.annotation.GsiSortKey;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.annotation.SortKey;
import dev.dynaq.annotation.StorageFormat;
import dev.dynaq.annotation.Version;
import java.util.Set;

/**
 * A v1 {@code DynamoDBMapper} entity migrated as docs/MIGRATING.md says. Its v1 original:
 * <pre>{@code
 * @DynamoDBTable(tableName = "v1_sessions")
 * public class Session {
 *     @DynamoDBHashKey String userId;
 *     @DynamoDBRangeKey Date startedAt;                                   // S 2025-01-01T00:00:00.500Z
 *     @DynamoDBIndexHashKey(globalSecondaryIndexName = "by_device") String deviceId;
 *     @DynamoDBIndexRangeKey(globalSecondaryIndexName = "by_device")
 *     @DynamoDBTypeConvertedEpochDate Date lastSeen;                      // N epoch milliseconds
 *     boolean active;                                                      // N 1 / 0
 *     Set<String> tags;                                                    // SS
 *     @DynamoDBVersionAttribute Long version;                              // N
 *     @DynamoDBTypeConvertedEnum SessionKind kind;                         // S name()
 *     Double score;                                                        // N
 * }
 * }</pre>
 */
@DynamoTable(name = "v1_sessions", formats = {StorageFormat.ISO_MILLIS, StorageFormat.NUMBER})
public record V1Session(
        @PartitionKey String userId,
        @SortKey java.time.Instant startedAt,
        @GsiPartitionKey(index = "by_device") String deviceId,
        @GsiSortKey(index = "by_device") @Format(StorageFormat.EPOCH_MILLIS) java.time.Instant lastSeen,
        boolean active,
        Set<String> tags,
        @Version long version,
        SessionKind kind,
        Double score) {

    /** The kind of session. */
    public enum SessionKind { WEB, MOBILE }
}
