package dev.dynaq.it.reliability;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.annotation.SortKey;

/**
 * An unversioned item for batch loads and limits: batch writes refuse versioned entities.
 *
 * @param group the partition
 * @param seq the position in the group
 * @param payload data whose bytes are compared after the load
 * @param checksum a value derived from the others, so that an altered item is detected
 */
@DynamoTable(name = "rel_items")
public record RelItem(@PartitionKey String group, @SortKey int seq, String payload, long checksum) {
    /**
     * @param group the partition
     * @param seq the position
     * @return the item the tests expect under that key
     */
    public static RelItem of(String group, int seq) {
        String payload = group + ":" + seq + ":" + Integer.toHexString(seq * 0x9E3779B1);
        return new RelItem(group, seq, payload, payload.hashCode() * 31L + seq);
    }
}
