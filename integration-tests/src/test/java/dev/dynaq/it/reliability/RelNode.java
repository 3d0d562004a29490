package dev.dynaq.it.reliability;

import dev.dynaq.annotation.DynamoDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A recursive document: lists, maps and optionals of itself, for nested round trips.
 *
 * @param label a string, possibly empty or null
 * @param weight a number, possibly null
 * @param children nested documents in a list
 * @param byName nested documents in a map
 * @param next an optional nested document
 */
@DynamoDocument
public record RelNode(String label, Double weight, List<RelNode> children, Map<String, RelNode> byName, Optional<RelNode> next) {
}
