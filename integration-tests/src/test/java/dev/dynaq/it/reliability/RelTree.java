package dev.dynaq.it.reliability;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.it.model.Address;
import java.util.List;
import java.util.Map;

/**
 * Nested documents several levels deep, with the seed {@link Address} inside collections.
 *
 * @param id the key
 * @param root a recursive document
 * @param forest documents in a list, nulls allowed
 * @param addressesByRegion seed documents in maps in a map
 * @param matrix lists of lists of strings
 */
@DynamoTable(name = "rel_trees")
public record RelTree(@PartitionKey String id, RelNode root, List<RelNode> forest,
        Map<String, Map<String, Address>> addressesByRegion, List<List<String>> matrix) {
}
