/**
 * Typed DynamoDB Streams changes in AWS Lambda: {@link dev.dynaq.lambda.LambdaStreams} turns the
 * Lambda events library's {@code DynamodbEvent} records into {@link dev.dynaq.stream.Change}s with a
 * generated schema, through the same decoding as the DynamoDB Streams client's records.
 */
package dev.dynaq.lambda;
