package dev.dynaq.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies cursor bytes with HMAC-SHA256 under a secret the application supplies, for one
 * table: the table name is part of the signed input, so a cursor signed for one table is refused by
 * another even under the same secret. Immutable and thread-safe (a {@link Mac} is made per call,
 * because {@code Mac} instances are not).
 */
public final class CursorSigner {
    /** The length of an HMAC-SHA256 tag. */
    static final int TAG_BYTES = 32;
    /** Shorter secrets are refused: HMAC's strength is bounded by the secret's. */
    static final int MIN_SECRET_BYTES = 16;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final byte[] domain;

    /**
     * @param secret the secret, at least 16 bytes (32 random bytes recommended); copied
     * @param tableName the physical table name the cursors belong to
     * @throws IllegalArgumentException if the secret is shorter than 16 bytes
     */
    public CursorSigner(byte[] secret, String tableName) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("a cursor secret must be at least " + MIN_SECRET_BYTES
                    + " bytes (32 random bytes recommended), got " + secret.length);
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.domain = (Objects.requireNonNull(tableName, "tableName") + '\0').getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param payload the bytes to sign
     * @param length how many of them, from the first
     * @return their 32-byte tag
     */
    byte[] tag(byte[] payload, int length) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(domain);
            mac.update(payload, 0, length);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            // Every Java SE platform must provide HmacSHA256.
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /**
     * @param signed payload followed by its tag
     * @return whether the last 32 bytes are the tag of the bytes before them, compared in constant time
     */
    boolean verify(byte[] signed) {
        if (signed.length < TAG_BYTES) {
            return false;
        }
        int payloadLength = signed.length - TAG_BYTES;
        byte[] expected = tag(signed, payloadLength);
        byte[] actual = new byte[TAG_BYTES];
        System.arraycopy(signed, payloadLength, actual, 0, TAG_BYTES);
        return MessageDigest.isEqual(expected, actual);
    }
}
