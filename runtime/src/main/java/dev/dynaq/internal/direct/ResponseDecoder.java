package dev.dynaq.internal.direct;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.zip.CRC32;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.RequestOverrideConfiguration;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkServiceClientConfiguration;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;
import software.amazon.awssdk.thirdparty.jackson.core.JsonToken;
import software.amazon.awssdk.thirdparty.jackson.core.base.ParserBase;

/**
 * The fast path of one request, wired into the user's own client through the SDK's public extension
 * points only: carried by the request as an execution attribute that the client's
 * {@link ClientDecoding} interceptor looks for, or, on a client without it, added to the request as a
 * request-level {@link SdkPlugin} that registers it as an {@link ExecutionInterceptor} of that
 * request alone.
 *
 * <p>Where it acts: {@code modifyHttpResponse}, after each attempt's HTTP response has arrived and
 * before the SDK's response handler (CRC32 check, then JSON unmarshalling) sees it; so signing,
 * retries (each attempt is seen anew), metrics and the SDK's error handling are unchanged. For a
 * successful (200), unencoded response it reads the body, checks DynamoDB's {@code x-amz-crc32}
 * checksum of it, decodes the items with the entity's {@link ItemDecoder}, and gives the SDK the
 * same body with the items array emptied ({@code "Items":[]}, the table's list in
 * {@code "Responses"}), with {@code x-amz-crc32} and {@code Content-Length} of that body: the SDK
 * still checks and unmarshals what it reads, and builds counts, keys, capacity and unprocessed keys
 * itself.
 *
 * <p>What it leaves to the SDK, untouched: any other status (errors, throttling), compressed bodies,
 * a checksum mismatch (the SDK then fails as it always does), any text it does not understand or
 * that fails to convert (the SDK reads every item and Dynaq converts them the ordinary way, so
 * errors are the ordinary ones), and a body whose reading fails (the SDK gets the bytes read and then
 * the same I/O error).
 *
 * <p>One instance per request; its attempts run one after the other on the calling thread. It rides
 * on the request as an execution attribute when the client has the {@link ClientDecoding}
 * interceptor, else as a request-level plugin, for which the SDK rebuilds the request's client
 * configuration (about 30 KB): worth it for a page of items, not for a small batch, so batch gets use
 * it only through the client's interceptor. Single-item gets never use it (see {@code ItemReads}).
 */
public final class ResponseDecoder implements SdkPlugin, ExecutionInterceptor {
    private static final String CRC32_HEADER = "x-amz-crc32";
    private static final String CONTENT_LENGTH = "Content-Length";

    /** Where the items are in the response. */
    private enum Shape {
        /** Query, Scan: {@code "Items":[...]} */
        ITEMS,
        /** BatchGetItem: {@code "Responses":{"table":[...]}} */
        RESPONSES
    }

    private final ItemDecoder<?> decoder;
    private final Shape shape;
    private final String tableName;
    private final String[] keyNames;
    private final Set<String> kept;
    private InputStream content;
    private List<Map<String, AttributeValue>> decoded;

    private ResponseDecoder(ItemDecoder<?> decoder, Shape shape, String tableName, List<String> keyNames, Set<String> kept) {
        this.decoder = decoder;
        this.shape = shape;
        this.tableName = tableName;
        this.keyNames = keyNames.toArray(new String[0]);
        this.kept = kept;
    }

    /**
     * @param decoder the entity's decoder
     * @param keyNames the attributes the paging logic reads from items (the cursor attributes)
     * @param kept the attributes the entity may see, or {@code null} for all
     * @return the fast path of one Query or Scan
     */
    public static ResponseDecoder items(ItemDecoder<?> decoder, List<String> keyNames, Set<String> kept) {
        return new ResponseDecoder(decoder, Shape.ITEMS, null, keyNames, kept);
    }

    /**
     * @param decoder the entity's decoder
     * @param tableName the table whose items to decode
     * @param keyNames the table's primary key attributes
     * @return the fast path of one BatchGetItem
     */
    public static ResponseDecoder batch(ItemDecoder<?> decoder, String tableName, List<String> keyNames) {
        return new ResponseDecoder(decoder, Shape.RESPONSES, tableName, keyNames, null);
    }

    /**
     * @param request the request
     * @param client the client that sends it
     * @return the request carrying this decoder ({@link #withDecoder})
     */
    public QueryRequest attach(QueryRequest request, SdkClient client) {
        return request.toBuilder().overrideConfiguration(withDecoder(request.overrideConfiguration(), client)).build();
    }

    /**
     * @param request the request
     * @param client the client that sends it
     * @return the request carrying this decoder ({@link #withDecoder})
     */
    public ScanRequest attach(ScanRequest request, SdkClient client) {
        return request.toBuilder().overrideConfiguration(withDecoder(request.overrideConfiguration(), client)).build();
    }

    /**
     * @param request the request
     * @param client the client that sends it
     * @return the request carrying this decoder ({@link #withDecoder})
     */
    public BatchGetItemRequest attach(BatchGetItemRequest request, SdkClient client) {
        return request.toBuilder().overrideConfiguration(withDecoder(request.overrideConfiguration(), client)).build();
    }

    /**
     * As an execution attribute for the client's {@link ClientDecoding} interceptor if it has one,
     * else as a request-level plugin.
     */
    private AwsRequestOverrideConfiguration withDecoder(Optional<AwsRequestOverrideConfiguration> existing, SdkClient client) {
        AwsRequestOverrideConfiguration.Builder builder = existing.map(AwsRequestOverrideConfiguration::toBuilder)
                .orElseGet(AwsRequestOverrideConfiguration::builder);
        if (ClientDecoding.installedOn(client)) {
            builder.putExecutionAttribute(ClientDecoding.DECODER, this);
        } else {
            builder.addPlugin(this);
        }
        return builder.build();
    }

    /**
     * @return the items of the last attempt's response as decoded entities (standing in item maps),
     *     or {@code null} if the SDK read them: then use the SDK response's items
     */
    public List<Map<String, AttributeValue>> decoded() {
        return decoded;
    }

    /**
     * @param item an item as returned by a read
     * @param type the entity class
     * @return the entity the direct path decoded for the item, or {@code null} if the SDK read it
     */
    public static <T> T decodedEntity(Map<String, AttributeValue> item, Class<T> type) {
        return item instanceof DecodedItem decodedItem ? type.cast(decodedItem.entity()) : null;
    }

    /**
     * @param request a request as sent
     * @return how many items the direct path decoded from its response, if it carries a decoder that did
     */
    public static OptionalInt decodedCount(SdkRequest request) {
        Optional<? extends RequestOverrideConfiguration> override = request.overrideConfiguration();
        if (override.isPresent()) {
            ResponseDecoder attached = override.get().executionAttributes().getAttribute(ClientDecoding.DECODER);
            if (attached != null && attached.decoded != null) {
                return OptionalInt.of(attached.decoded.size());
            }
            for (SdkPlugin plugin : override.get().plugins()) {
                if (plugin instanceof ResponseDecoder decoder && decoder.decoded != null) {
                    return OptionalInt.of(decoder.decoded.size());
                }
            }
        }
        return OptionalInt.empty();
    }

    @Override
    public void configureClient(SdkServiceClientConfiguration.Builder config) {
        ClientOverrideConfiguration current = config.overrideConfiguration();
        config.overrideConfiguration(current.toBuilder().addExecutionInterceptor(this).build());
    }

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes executionAttributes) {
        content = null;
        decoded = null;
        SdkHttpResponse response = context.httpResponse();
        Optional<InputStream> body = context.responseBody();
        if (response.statusCode() != 200 || body.isEmpty() || response.firstMatchingHeader("Content-Encoding").isPresent()) {
            return response;
        }
        Body read = new Body(contentLength(response));
        try {
            read.readFrom(body.get());
        } catch (IOException failure) {
            // The SDK reads what arrived, then meets the same failure, as without Dynaq.
            content = new SequenceInputStream(new ByteArrayInputStream(read.bytes()), new FailingStream(failure));
            return response;
        }
        byte[] original = read.bytes();
        content = new ByteArrayInputStream(original);
        Optional<String> checksum = response.firstMatchingHeader(CRC32_HEADER);
        if (checksum.isPresent() && !matches(checksum.get(), original)) {
            return response;
        }
        byte[] reduced;
        List<Map<String, AttributeValue>> items;
        try {
            items = new ArrayList<>();
            reduced = decode(original, items);
        } catch (IOException | RuntimeException notForTheFastPath) {
            return response;
        }
        content = new ByteArrayInputStream(reduced);
        decoded = items;
        SdkHttpResponse.Builder modified = response.toBuilder();
        if (checksum.isPresent()) {
            modified.removeHeader(CRC32_HEADER).putHeader(CRC32_HEADER, Long.toString(crc32(reduced)));
        }
        if (response.firstMatchingHeader(CONTENT_LENGTH).isPresent()) {
            modified.removeHeader(CONTENT_LENGTH).putHeader(CONTENT_LENGTH, Integer.toString(reduced.length));
        }
        return modified.build();
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
            ExecutionAttributes executionAttributes) {
        return content == null ? context.responseBody() : Optional.of(content);
    }

    /**
     * Decodes the items of {@code body} into {@code items}.
     *
     * @return the body without the items
     */
    private byte[] decode(byte[] body, List<Map<String, AttributeValue>> items) throws IOException {
        int cutStart = -1;
        int cutEnd = -1;
        try (JsonParser parser = JsonValues.parser(body, 0, body.length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonValues.NotUnderstoodException("the response is not an object");
            }
            JsonItem item = new JsonItem(parser, keyNames, kept);
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                JsonToken token = parser.nextToken();
                boolean ours = switch (shape) {
                    case ITEMS -> field.equals("Items") && token == JsonToken.START_ARRAY;
                    case RESPONSES -> field.equals("Responses") && token == JsonToken.START_OBJECT;
                };
                if (!ours) {
                    parser.skipChildren();
                    continue;
                }
                if (cutStart >= 0) {
                    throw new JsonValues.NotUnderstoodException(field + " appears twice");
                }
                if (shape == Shape.ITEMS) {
                    cutStart = tokenStart(parser, body, '[');
                    decodeArray(parser, item, body, items);
                    cutEnd = tokenStart(parser, body, ']') + 1;
                } else {
                    for (String table = parser.nextFieldName(); table != null; table = parser.nextFieldName()) {
                        JsonToken list = parser.nextToken();
                        if (!table.equals(tableName) || list != JsonToken.START_ARRAY) {
                            parser.skipChildren();
                            continue;
                        }
                        if (cutStart >= 0) {
                            throw new JsonValues.NotUnderstoodException(table + " appears twice");
                        }
                        cutStart = tokenStart(parser, body, '[');
                        decodeArray(parser, item, body, items);
                        cutEnd = tokenStart(parser, body, ']') + 1;
                    }
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new JsonValues.NotUnderstoodException("text after the response");
            }
        }
        if (cutStart < 0) {
            return body;
        }
        byte[] empty = "[]".getBytes(StandardCharsets.US_ASCII);
        byte[] reduced = new byte[body.length - (cutEnd - cutStart) + empty.length];
        System.arraycopy(body, 0, reduced, 0, cutStart);
        System.arraycopy(empty, 0, reduced, cutStart, empty.length);
        System.arraycopy(body, cutEnd, reduced, cutStart + empty.length, body.length - cutEnd);
        return reduced;
    }

    private void decodeArray(JsonParser parser, JsonItem item, byte[] body, List<Map<String, AttributeValue>> items)
            throws IOException {
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token != JsonToken.START_OBJECT) {
                throw new JsonValues.NotUnderstoodException("an item is not an object");
            }
            items.add(decodeItem(parser, item, body));
        }
    }

    private DecodedItem decodeItem(JsonParser parser, JsonItem item, byte[] body) throws IOException {
        int start = tokenStart(parser, body, '{');
        item.start();
        Object entity = decoder.decode(item);
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new JsonValues.NotUnderstoodException("the decoder stopped inside an item");
        }
        int end = tokenStart(parser, body, '}') + 1;
        return new DecodedItem(entity, keyNames, item.keyValues(), body, start, end);
    }

    /**
     * @param bracket the current token, a one-byte bracket
     * @return its byte offset in {@code body}, from the parser's counter of bytes read up to and
     *     including the token's first byte, since a {@code JsonLocation} per item costs about 100 bytes;
     *     checked against the text, so a parser that counts otherwise turns the fast path off, never
     *     cuts the body wrong
     */
    private static int tokenStart(JsonParser parser, byte[] body, char bracket) throws JsonValues.NotUnderstoodException {
        long read = parser instanceof ParserBase base ? base.getTokenCharacterOffset()
                : parser.currentTokenLocation().getByteOffset() + 1;
        if (read < 1 || read > body.length || body[(int) read - 1] != bracket) {
            throw new JsonValues.NotUnderstoodException("the parser's offsets are not as expected");
        }
        return (int) read - 1;
    }

    private static int contentLength(SdkHttpResponse response) {
        try {
            return response.firstMatchingHeader(CONTENT_LENGTH).map(Integer::parseInt).filter(n -> n >= 0).orElse(-1);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean matches(String header, byte[] body) {
        try {
            return Long.parseLong(header.trim()) == crc32(body);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static long crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length);
        return crc.getValue();
    }

    /**
     * A response body read into one array: of the announced length when there is one (no copy), then
     * whatever else arrives; after a failure, what was read before it.
     */
    private static final class Body {
        private byte[] bytes;
        private int length;

        Body(int announced) {
            bytes = new byte[announced >= 0 ? announced : 8192];
        }

        void readFrom(InputStream in) throws IOException {
            while (true) {
                if (length == bytes.length) {
                    int next = in.read();
                    if (next < 0) {
                        return;
                    }
                    bytes = Arrays.copyOf(bytes, Math.max(8192, bytes.length * 2));
                    bytes[length++] = (byte) next;
                }
                int n = in.read(bytes, length, bytes.length - length);
                if (n < 0) {
                    return;
                }
                length += n;
            }
        }

        byte[] bytes() {
            return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
        }
    }

    /** Fails every read with the failure the response body met. */
    private static final class FailingStream extends InputStream {
        private final IOException failure;

        FailingStream(IOException failure) {
            this.failure = failure;
        }

        @Override
        public int read() throws IOException {
            throw failure;
        }
    }
}
