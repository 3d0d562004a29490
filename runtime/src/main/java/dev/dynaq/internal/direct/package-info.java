/**
 * Direct decoding: the read path that turns DynamoDB's JSON response text straight into entities,
 * without the SDK's {@code Map<String, AttributeValue>} per item. A per-request decoder
 * ({@link dev.dynaq.internal.direct.ResponseDecoder}), riding on the request as an execution
 * attribute for the client's {@link dev.dynaq.internal.direct.ClientDecoding} interceptor or as a
 * request-level SDK plugin, sees each successful response body, decodes
 * the items with the entity's generated {@link dev.dynaq.internal.direct.ItemDecoder} and hands the
 * SDK the same body without them; anything it does not understand goes to the SDK untouched.
 * Generated code and Dynaq's runtime call it; users should not.
 */
package dev.dynaq.internal.direct;
