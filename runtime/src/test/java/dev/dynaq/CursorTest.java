package dev.dynaq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.TestOrders.OrderTable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The url-safe codec and the checks of cursors against a query; no DynamoDB needed. */
class CursorTest {
    /** A table whose client is never called: cursor checks happen before any request. */
    private final OrderTable orders = new OrderTable(DynamoDbClient.builder()
            .region(software.amazon.awssdk.regions.Region.US_EAST_1)
            .credentialsProvider(software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider.create())
            .build(), "orders");

    private static Cursor gsiCursor(String status, long createdAt, String orderId) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        key.put("customerId", AttributeValue.fromS("c1"));
        key.put("orderId", AttributeValue.fromS(orderId));
        key.put("status", AttributeValue.fromS(status));
        key.put("createdAt", AttributeValue.fromN(Long.toString(createdAt)));
        return new Cursor("byStatus", key);
    }

    @Test
    void roundTripsEveryKeyTypeAsUrlSafeText() {
        Cursor gsi = gsiCursor("OPEN", 123456789012L, "o-é-✓");
        String text = gsi.toUrlSafe();
        assertThat(text).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.fromUrlSafe(text)).isEqualTo(gsi);

        Cursor binary = new Cursor(null, Map.of("id", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, -1, 7}))));
        assertThat(Cursor.fromUrlSafe(binary.toUrlSafe())).isEqualTo(binary);
        assertThat(Cursor.fromUrlSafe(binary.toUrlSafe()).indexName()).isEmpty();
    }

    @Test
    void rejectsMalformedCursorsWithAReason() {
        Cursor valid = gsiCursor("OPEN", 42, "o1");
        byte[] bytes = Base64.getUrlDecoder().decode(valid.toUrlSafe());
        assertThatThrownBy(() -> Cursor.fromUrlSafe("")).isInstanceOf(InvalidCursorException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> Cursor.fromUrlSafe("abc+/")).isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("not url-safe");
        assertThatThrownBy(() -> Cursor.fromUrlSafe(valid.toUrlSafe() + "=")).isInstanceOf(InvalidCursorException.class);

        byte[] otherVersion = bytes.clone();
        otherVersion[0] = 9;
        assertThatThrownBy(() -> Cursor.fromUrlSafe(encode(otherVersion))).isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("unknown version 9");
        // marked signed without a signature: the last 32 bytes are taken as the tag, so the key is cut short
        byte[] signed = bytes.clone();
        signed[1] = 1;
        assertThatThrownBy(() -> Cursor.fromUrlSafe(encode(signed))).isInstanceOf(InvalidCursorException.class);
        byte[] trailing = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> Cursor.fromUrlSafe(encode(trailing))).isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("unexpected bytes");
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        assertThatThrownBy(() -> Cursor.fromUrlSafe(encode(truncated))).isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("truncated");
        // a huge length prefix is checked against what remains, never allocated
        byte[] huge = {1, 0, 0, 1, (byte) 0xff, (byte) 0xff, 'a'};
        assertThatThrownBy(() -> Cursor.fromUrlSafe(encode(huge))).isInstanceOf(InvalidCursorException.class);
        byte[] listType = {1, 0, 0, 1, 0, 1, 'k', 'L', 0, 1, 'x'};
        assertThatThrownBy(() -> Cursor.fromUrlSafe(encode(listType))).isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("only S, N and B");
        byte[] badNumber = {1, 0, 0, 1, 0, 1, 'k', 'N', 0, 2, '1', 'x'};
        assertThatThrownBy(() -> Cursor.fromUrlSafe(encode(badNumber))).isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("not a number");
        byte[] badUtf8 = {1, 0, 0, 1, 0, 1, (byte) 0xc3, 'S', 0, 1, 'x'};
        assertThatThrownBy(() -> Cursor.fromUrlSafe(encode(badUtf8))).isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void aThousandGarbageStringsAreAllRejected() {
        Random random = new Random(7);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=. %é";
        for (int i = 0; i < 1000; i++) {
            StringBuilder garbage = new StringBuilder();
            int length = random.nextInt(80);
            for (int j = 0; j < length; j++) {
                garbage.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = garbage.toString();
            assertThatThrownBy(() -> Cursor.fromUrlSafe(text)).as(text).isInstanceOf(InvalidCursorException.class);
        }
    }

    @Test
    void aThousandTamperedCursorsNeverReachAnotherPartitionOrIndex() {
        Cursor valid = gsiCursor("OPEN", 42, "o1");
        byte[] bytes = Base64.getUrlDecoder().decode(valid.toUrlSafe());
        Random random = new Random(11);
        int rejected = 0;
        for (int i = 0; i < 1000; i++) {
            byte[] tampered;
            switch (i % 3) {
                case 0 -> {
                    tampered = bytes.clone();
                    int bit = random.nextInt(bytes.length * 8);
                    tampered[bit / 8] ^= (byte) (1 << (bit % 8));
                }
                case 1 -> tampered = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
                default -> {
                    tampered = bytes.clone();
                    tampered[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            String text = encode(tampered);
            try {
                Cursor decoded = Cursor.fromUrlSafe(text);
                orders.queryByStatus("OPEN").startCursor(decoded);
                // accepted: only a position inside the same index and partition can be
                assertThat(decoded.indexName()).contains("byStatus");
                assertThat(decoded.key().get("status")).isEqualTo(AttributeValue.fromS("OPEN"));
            } catch (InvalidCursorException e) {
                assertThat(e.getMessage()).isNotBlank();
                rejected++;
            }
        }
        assertThat(rejected).isGreaterThan(600);
    }

    @Test
    void queriesCheckIndexShapeAndPartition() {
        Cursor open = gsiCursor("OPEN", 42, "o1");
        assertThat(orders.queryByStatus("OPEN").startCursor(open)).isNotNull();
        assertThatThrownBy(() -> orders.queryByStatus("PAID").startCursor(open))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("partition key differs");
        assertThatThrownBy(() -> orders.queryByCustomerId("c1").startCursor(open))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("belongs to index 'byStatus'");
        Map<String, AttributeValue> wrongType = new LinkedHashMap<>(open.key());
        wrongType.put("createdAt", AttributeValue.fromS("42"));
        assertThatThrownBy(() -> orders.queryByStatus("OPEN").startCursor(new Cursor("byStatus", wrongType)))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("'createdAt' is of type S");
        Map<String, AttributeValue> missing = new LinkedHashMap<>(open.key());
        missing.remove("orderId");
        assertThatThrownBy(() -> orders.queryByStatus("OPEN").endCursor(new Cursor("byStatus", missing)))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("end cursor has key attributes");
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Test
    void keepsTextExactly() {
        Cursor cursor = new Cursor(null, Map.of("k", AttributeValue.fromS("a/b?c=d&e")));
        String text = cursor.toUrlSafe();
        assertThat(new String(text.getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII)).isEqualTo(text);
        assertThat(Cursor.fromUrlSafe(text).key().get("k").s()).isEqualTo("a/b?c=d&e");
    }
}
