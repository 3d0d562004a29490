package dev.dynaq.lambda.model;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.annotation.SortKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;

/**
 * A project's tickets: an attribute of each DynamoDB type (S, N, B, BOOL, SS, NS, BS, L of M, M), so
 * that every value of the Lambda events model is converted.
 *
 * @param projectId the partition key
 * @param number the sort key (N)
 * @param title S
 * @param open BOOL
 * @param labels SS
 * @param votes NS
 * @param attachment B
 * @param hashes BS
 * @param comments L of M
 * @param deadlines M of S
 * @param assignee S, or missing
 * @param createdAt S (fixed-width time)
 */
@DynamoTable(name = "lambda_tickets")
public record Ticket(
        @PartitionKey String projectId,
        @SortKey long number,
        String title,
        Boolean open,
        Set<String> labels,
        Set<Integer> votes,
        SdkBytes attachment,
        Set<SdkBytes> hashes,
        List<Comment> comments,
        Map<String, Instant> deadlines,
        Optional<String> assignee,
        Instant createdAt) {
}
