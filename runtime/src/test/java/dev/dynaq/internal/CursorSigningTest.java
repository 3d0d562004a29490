package dev.dynaq.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.Cursor;
import dev.dynaq.InvalidCursorException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Signed cursors: the codec writes and parses them; only the signer of their table accepts them. */
class CursorSigningTest {
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final CursorSigner SIGNER = new CursorSigner(SECRET, "orders");

    private static Cursor position() {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        key.put("customerId", AttributeValue.fromS("c-1"));
        key.put("orderId", AttributeValue.fromS("o-0042"));
        return new Cursor(null, key);
    }

    private static boolean accepted(String urlSafe, CursorSigner signer) {
        try {
            CursorCodec.requireSignedBy(Cursor.fromUrlSafe(urlSafe), signer, "orders", "start cursor");
            return true;
        } catch (InvalidCursorException e) {
            return false;
        }
    }

    @Test
    void aSignedCursorKeepsItsStringAndPositionAndIsAcceptedByItsSigner() {
        Cursor signed = CursorCodec.bound(position(), "orders", SIGNER);
        String text = signed.toUrlSafe();

        assertThat(text).isNotEqualTo(position().toUrlSafe()).matches("[A-Za-z0-9_-]+");
        assertThat(CursorCodec.isSigned(text)).isTrue();
        assertThat(CursorCodec.isSigned(position().toUrlSafe())).isFalse();
        Cursor read = Cursor.fromUrlSafe(text);
        assertThat(read).isEqualTo(position());
        assertThat(read.toUrlSafe()).isEqualTo(text);
        assertThatCode(() -> CursorCodec.requireSignedBy(read, SIGNER, "orders", "start cursor")).doesNotThrowAnyException();
        assertThat(accepted(text, new CursorSigner(SECRET.clone(), "orders"))).as("same secret, another signer instance").isTrue();
    }

    @Test
    void unsignedCursorsAndCursorsOfAnotherSecretOrTableAreRefused() {
        String text = CursorCodec.bound(position(), "orders", SIGNER).toUrlSafe();
        byte[] otherSecret = SECRET.clone();
        otherSecret[0] ^= 1;

        assertThatThrownBy(() -> CursorCodec.requireSignedBy(position(), SIGNER, "orders", "start cursor"))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("not signed");
        assertThat(accepted(text, new CursorSigner(otherSecret, "orders"))).isFalse();
        assertThat(accepted(text, new CursorSigner(SECRET, "orders2"))).isFalse();
        assertThatThrownBy(() -> CursorCodec.requireSignedBy(Cursor.fromUrlSafe(text), new CursorSigner(otherSecret, "orders"),
                "orders", "end cursor")).isInstanceOf(InvalidCursorException.class).hasMessageContaining("end cursor's signature");
    }

    @Test
    void everySingleBitFlipAndEveryTruncationOfASignedCursorIsRefused() {
        byte[] bytes = Base64.getUrlDecoder().decode(CursorCodec.bound(position(), "orders", SIGNER).toUrlSafe());
        int refused = 0;
        for (int bit = 0; bit < bytes.length * 8; bit++) {
            byte[] flipped = bytes.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThat(accepted(encode(flipped), SIGNER)).as("bit %d flipped", bit).isFalse();
            refused++;
        }
        for (int length = 0; length < bytes.length; length++) {
            assertThat(accepted(encode(Arrays.copyOf(bytes, length)), SIGNER)).as("first %d bytes", length).isFalse();
            refused++;
        }
        assertThat(refused).isEqualTo(bytes.length * 9);
    }

    @Test
    void strippingTheSignatureGivesAnUnsignedCursorThatTheSignedTableRefuses() {
        byte[] bytes = Base64.getUrlDecoder().decode(CursorCodec.bound(position(), "orders", SIGNER).toUrlSafe());
        byte[] stripped = Arrays.copyOf(bytes, bytes.length - CursorSigner.TAG_BYTES);
        stripped[1] &= ~1; // clear the signed flag, keep the table binding

        Cursor unsigned = Cursor.fromUrlSafe(encode(stripped));
        assertThat(unsigned).isEqualTo(position());
        assertThatThrownBy(() -> CursorCodec.requireSignedBy(unsigned, SIGNER, "orders", "start cursor"))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("not signed");
    }

    @Test
    void aSignedCursorTooShortForItsSignatureIsMalformed() {
        byte[] unsigned = Base64.getUrlDecoder().decode(new Cursor(null, Map.of("k", AttributeValue.fromS("v"))).toUrlSafe());
        unsigned[1] = 1;
        assertThatThrownBy(() -> Cursor.fromUrlSafe(encode(unsigned))).isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("signed");
    }

    @Test
    void secretsShorterThan16BytesAreRefusedAndSecretsAreCopied() {
        assertThatThrownBy(() -> new CursorSigner(new byte[15], "orders")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 16 bytes");
        byte[] secret = SECRET.clone();
        CursorSigner signer = new CursorSigner(secret, "orders");
        String text = CursorCodec.bound(position(), "orders", signer).toUrlSafe();
        Arrays.fill(secret, (byte) 0);
        assertThat(accepted(text, signer)).isTrue();
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Test
    void aPagesCursorResumesOnlyItsOwnTable() {
        Cursor bound = CursorCodec.bound(position(), "orders", null);
        String text = bound.toUrlSafe();
        Cursor read = Cursor.fromUrlSafe(text);

        assertThat(read).isEqualTo(position());
        assertThat(read.toUrlSafe()).isEqualTo(text);
        assertThat(CursorCodec.isSigned(text)).isFalse();
        assertThatCode(() -> CursorCodec.requireTable(read, "orders", "start cursor")).doesNotThrowAnyException();
        assertThatThrownBy(() -> CursorCodec.requireTable(read, "orders_eu", "start cursor"))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("another table, not of 'orders_eu'");
        assertThatThrownBy(() -> CursorCodec.requireTable(read, "Orders", "end cursor"))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("end cursor");
        assertThatCode(() -> CursorCodec.requireTable(position(), "orders_eu", "start cursor"))
                .as("a cursor made from an index and a key is bound to no table").doesNotThrowAnyException();
        assertThat(text).doesNotContain("orders");
    }

    @Test
    void everyBitFlipOfTheTableTagIsRefused() {
        byte[] bytes = Base64.getUrlDecoder().decode(CursorCodec.bound(position(), "orders", null).toUrlSafe());
        for (int bit = 16; bit < 48; bit++) {
            byte[] flipped = bytes.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            Cursor tampered = Cursor.fromUrlSafe(encode(flipped));
            assertThatThrownBy(() -> CursorCodec.requireTable(tampered, "orders", "start cursor"))
                    .as("bit %d", bit).isInstanceOf(InvalidCursorException.class);
        }
    }
}
