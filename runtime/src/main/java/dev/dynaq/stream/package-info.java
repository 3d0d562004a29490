/**
 * Typed DynamoDB Streams records: {@link dev.dynaq.stream.Change} decodes a stream record's keys and
 * images with an entity's generated schema ({@code Order_.SCHEMA.change(record)}).
 */
package dev.dynaq.stream;
