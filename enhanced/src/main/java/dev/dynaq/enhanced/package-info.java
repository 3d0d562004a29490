/**
 * The bridge from Dynaq's generated schemas to the AWS SDK v2 Enhanced Client:
 * {@link dev.dynaq.enhanced.DynaqTableSchema#of DynaqTableSchema.of(Order_.SCHEMA)} is a
 * {@code TableSchema<Order>} for {@code DynamoDbEnhancedClient.table(name, schema)}, so code that still
 * uses the Enhanced Client reads and writes the same items as the generated {@code OrderTable}.
 */
package dev.dynaq.enhanced;
