package dev.dynaq.processor.codegen.infra;

/**
 * What a table's DynamoDB stream records for each change, as CloudFormation's {@code StreamViewType} and
 * Terraform's {@code stream_view_type} spell it; chosen with {@code -Adynaq.infra.stream}.
 */
public enum StreamViewType {
    /** Only the key attributes of the changed item. */
    KEYS_ONLY,
    /** The item as it is after the change. */
    NEW_IMAGE,
    /** The item as it was before the change. */
    OLD_IMAGE,
    /** Both images. */
    NEW_AND_OLD_IMAGES
}
