package dev.dynaq.lambda.model;

import dev.dynaq.annotation.DynamoDocument;

/**
 * A comment on a ticket, stored as a map.
 *
 * @param author who wrote it
 * @param text what it says
 * @param likes how many liked it
 */
@DynamoDocument
public record Comment(String author, String text, int likes) {
}
