package dev.dynaq.internal;

import dev.dynaq.Cursor;
import dev.dynaq.InvalidCursorException;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The url-safe form of a {@link Cursor}: base64url without padding of a small binary encoding.
 *
 * <pre>
 * version   u8   = 1
 * flags     u8   bit 0: signed; bit 1: bound to a table
 * table     u32  bound cursors only: CRC-32 of the table name's UTF-8 bytes
 * index     u8 present (0/1), then if 1: u16 length + UTF-8 name
 * count     u8   number of key attributes, 1..4
 * each      u16 length + UTF-8 name, u8 type tag ('S', 'N' or 'B'), u16 length + value bytes
 * tag       32 bytes, signed cursors only: HMAC-SHA256 of the table name, a zero byte and every byte
 *           before the tag ({@link CursorSigner})
 * </pre>
 *
 * Decoding parses a signed cursor without checking its tag (it has no secret); a table with
 * signed cursors checks the tag with {@link #requireSignedBy} before it sends any request. The cursors of
 * a page are bound to their table: a query of another table (another environment's, or one with the
 * same key schema) refuses them with {@link #requireTable}. The table is named by a checksum, so the
 * string does not reveal it.
 *
 * Decoding is strict: unknown versions or flags, other type tags, lengths beyond the input or
 * DynamoDB's key limits, invalid UTF-8, malformed numbers, duplicate names, trailing bytes and
 * non-canonical base64 are all rejected with an {@link InvalidCursorException} saying why. Nothing is
 * allocated from a length before it is checked against the bytes that remain.
 */
public final class CursorCodec {
    /** The current format version. */
    static final int VERSION = 1;
    private static final int FLAG_SIGNED = 1;
    private static final int FLAG_TABLE = 2;
    private static final int MAX_KEY_ATTRIBUTES = 4;
    private static final int MAX_NAME_BYTES = 255;
    private static final int MAX_VALUE_BYTES = 2048;
    private static final int MAX_NUMBER_CHARS = 64;
    /** Longer than any cursor this codec writes. */
    private static final int MAX_ENCODED_CHARS = 16_384;

    private CursorCodec() {
    }

    /**
     * @param cursor a cursor
     * @return its url-safe form
     * @throws IllegalArgumentException if the key holds something a DynamoDB key cannot (not S, N or B,
     *     or over DynamoDB's size limits)
     */
    public static String encode(Cursor cursor) {
        return encode(cursor, null, null);
    }

    /**
     * @param cursor a cursor
     * @param tableName the table the cursor is bound to, or {@code null} for an unbound cursor
     * @param signer the table's signer, or {@code null} for an unsigned cursor
     * @return its url-safe form, signed when a signer is given
     * @throws IllegalArgumentException if the key holds something a DynamoDB key cannot
     */
    static String encode(Cursor cursor, String tableName, CursorSigner signer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(96);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeByte((signer == null ? 0 : FLAG_SIGNED) | (tableName == null ? 0 : FLAG_TABLE));
            if (tableName != null) {
                out.writeInt(tableTag(tableName));
            }
            if (cursor.indexName().isPresent()) {
                out.writeByte(1);
                writeBytes(out, utf8(cursor.indexName().get()), MAX_NAME_BYTES, "index name");
            } else {
                out.writeByte(0);
            }
            Map<String, AttributeValue> key = cursor.key();
            if (key.size() > MAX_KEY_ATTRIBUTES) {
                throw new IllegalArgumentException("a cursor key has at most " + MAX_KEY_ATTRIBUTES
                        + " attributes (table and index keys), got " + key.keySet());
            }
            out.writeByte(key.size());
            for (Map.Entry<String, AttributeValue> entry : key.entrySet()) {
                writeBytes(out, utf8(entry.getKey()), MAX_NAME_BYTES, "attribute name");
                AttributeValue value = entry.getValue();
                switch (value.type()) {
                    case S -> {
                        out.writeByte('S');
                        writeBytes(out, utf8(value.s()), MAX_VALUE_BYTES, "value of " + entry.getKey());
                    }
                    case N -> {
                        out.writeByte('N');
                        writeBytes(out, value.n().getBytes(StandardCharsets.US_ASCII), MAX_NUMBER_CHARS,
                                "value of " + entry.getKey());
                    }
                    case B -> {
                        out.writeByte('B');
                        writeBytes(out, value.b().asByteArray(), MAX_VALUE_BYTES, "value of " + entry.getKey());
                    }
                    default -> throw new IllegalArgumentException("cursor key attribute '" + entry.getKey()
                            + "' has type " + value.type() + "; key attributes are S, N or B");
                }
            }
            if (signer != null) {
                byte[] payload = bytes.toByteArray();
                out.write(signer.tag(payload, payload.length));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /**
     * @param cursor a position of a page
     * @param tableName the table whose page it is
     * @param signer the table's signer, or {@code null} if its cursors are not signed
     * @return the same position as a cursor bound to the table (and signed with the signer), keeping that
     *     form ({@code toUrlSafe()} returns it)
     */
    public static Cursor bound(Cursor cursor, String tableName, CursorSigner signer) {
        return Cursor.fromUrlSafe(encode(cursor, tableName, signer));
    }

    /**
     * @param urlSafe a string that {@link #decode(String)} accepted
     * @return whether it is bound to a table or signed, so that its form must be kept as it is
     */
    public static boolean isBound(String urlSafe) {
        return flags(urlSafe) != 0;
    }

    /**
     * Checks that a cursor bound to a table is given to a query or scan of that same table; an unbound
     * cursor ({@code new Cursor(index, key)}) passes.
     *
     * @param cursor the cursor
     * @param tableName the table about to be read
     * @param role {@code "start cursor"} or {@code "end cursor"}, for messages
     * @throws InvalidCursorException if the cursor belongs to another table
     */
    public static void requireTable(Cursor cursor, String tableName, String role) {
        requireTable(urlSafe(cursor, role), tableName, role);
    }

    /**
     * Both checks a query or scan makes of a cursor before any request: {@link #requireTable} and, for a
     * table with signed cursors, {@link #requireSignedBy}.
     *
     * @param cursor the cursor
     * @param tableName the table about to be read
     * @param signer the table's signer, or {@code null} if its cursors are not signed
     * @param role {@code "start cursor"} or {@code "end cursor"}, for messages
     * @throws InvalidCursorException if the cursor belongs to another table, or is not signed by the signer
     */
    public static void requireUsable(Cursor cursor, String tableName, CursorSigner signer, String role) {
        String urlSafe = urlSafe(cursor, role);
        requireTable(urlSafe, tableName, role);
        if (signer != null) {
            requireSignedBy(urlSafe, signer, tableName, role);
        }
    }

    private static String urlSafe(Cursor cursor, String role) {
        try {
            return cursor.toUrlSafe();
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("the " + role + " cannot be encoded: " + e.getMessage(), e);
        }
    }

    private static void requireTable(String urlSafe, String tableName, String role) {
        if ((flags(urlSafe) & FLAG_TABLE) == 0) {
            return;
        }
        // version, flags, then the four bytes of the table tag: the first eight characters hold them
        ByteBuffer head = ByteBuffer.wrap(Base64.getUrlDecoder().decode(urlSafe.substring(0, 8)));
        if (head.getInt(2) != tableTag(tableName)) {
            throw new InvalidCursorException("the " + role + " comes from a page of another table, not of '" + tableName
                    + "'; a cursor resumes only the table (and query) it was taken from");
        }
    }

    private static int flags(String urlSafe) {
        // The first four characters hold the first three bytes: version and flags among them.
        return Base64.getUrlDecoder().decode(urlSafe.substring(0, 4))[1];
    }

    private static int tableTag(String tableName) {
        CRC32 crc = new CRC32();
        crc.update(utf8(tableName));
        return (int) crc.getValue();
    }

    /**
     * @param urlSafe a string that {@link #decode(String)} accepted
     * @return whether it carries a signature (not whether the signature is right)
     */
    public static boolean isSigned(String urlSafe) {
        return (flags(urlSafe) & FLAG_SIGNED) != 0;
    }

    /**
     * Checks that a cursor given to a table with signed cursors was signed by that table's signer.
     *
     * @param cursor the cursor
     * @param signer the table's signer
     * @param tableName the table, for messages
     * @param role {@code "start cursor"} or {@code "end cursor"}, for messages
     * @throws InvalidCursorException if the cursor is unsigned or its tag does not match
     */
    public static void requireSignedBy(Cursor cursor, CursorSigner signer, String tableName, String role) {
        requireSignedBy(urlSafe(cursor, role), signer, tableName, role);
    }

    private static void requireSignedBy(String urlSafe, CursorSigner signer, String tableName, String role) {
        if (!isSigned(urlSafe)) {
            throw new InvalidCursorException("the " + role + " is not signed, and table '" + tableName + "' accepts only"
                    + " cursors it signed; pass the cursor string of one of its pages to Cursor.fromUrlSafe unchanged");
        }
        if (!signer.verify(Base64.getUrlDecoder().decode(urlSafe))) {
            throw new InvalidCursorException("the " + role + "'s signature does not match: the cursor was altered, or signed"
                    + " for another table or with another secret; pass the cursor string of a page unchanged");
        }
    }

    /**
     * @param urlSafe a string from {@link #encode(Cursor)}
     * @return the cursor
     * @throws InvalidCursorException if the string is not a well-formed cursor of a known version
     */
    public static Cursor decode(String urlSafe) {
        if (urlSafe == null || urlSafe.isEmpty()) {
            throw new InvalidCursorException("invalid cursor: it is empty");
        }
        if (urlSafe.length() > MAX_ENCODED_CHARS) {
            throw new InvalidCursorException("invalid cursor: " + urlSafe.length() + " characters is longer than any cursor");
        }
        for (int i = 0; i < urlSafe.length(); i++) {
            char c = urlSafe.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                throw new InvalidCursorException("invalid cursor: character " + describeChar(c) + " at position " + i
                        + " is not url-safe base64 ([A-Za-z0-9_-])");
            }
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(urlSafe);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("invalid cursor: not url-safe base64 (" + e.getMessage() + ")", e);
        }
        if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(urlSafe)) {
            throw new InvalidCursorException("invalid cursor: not canonical base64url; was it altered?");
        }
        return new Reader(ByteBuffer.wrap(bytes)).read();
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes, int max, String what) throws IOException {
        if (bytes.length == 0 || bytes.length > max) {
            throw new IllegalArgumentException("cursor " + what + " must be 1 to " + max + " bytes, got " + bytes.length);
        }
        out.writeShort(bytes.length);
        out.write(bytes);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String describeChar(char c) {
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }

    /** Reads one cursor from a buffer, checking every length against what remains. */
    private static final class Reader {
        private final ByteBuffer in;

        Reader(ByteBuffer in) {
            this.in = in;
        }

        Cursor read() {
            int version = u8("version");
            if (version != VERSION) {
                throw fail("unknown version " + version + " (this Dynaq reads version " + VERSION + ")");
            }
            int flags = u8("flags");
            if ((flags & ~(FLAG_SIGNED | FLAG_TABLE)) != 0) {
                throw fail("unknown flags " + flags);
            }
            if ((flags & FLAG_TABLE) != 0) {
                if (in.remaining() < Integer.BYTES) {
                    throw fail("truncated before the table");
                }
                // checked by the query it is given to, which knows its table
                in.getInt();
            }
            if ((flags & FLAG_SIGNED) != 0) {
                if (in.remaining() < CursorSigner.TAG_BYTES) {
                    throw fail("it is marked signed but too short to hold a signature");
                }
                // The tag is checked by the table, which holds the secret; the key ends where it starts.
                in.limit(in.limit() - CursorSigner.TAG_BYTES);
            }
            int hasIndex = u8("index marker");
            String indexName = switch (hasIndex) {
                case 0 -> null;
                case 1 -> text("index name", MAX_NAME_BYTES);
                default -> throw fail("index marker " + hasIndex + " is neither 0 nor 1");
            };
            int count = u8("attribute count");
            if (count < 1 || count > MAX_KEY_ATTRIBUTES) {
                throw fail(count + " key attributes; a cursor has 1 to " + MAX_KEY_ATTRIBUTES);
            }
            Map<String, AttributeValue> key = new LinkedHashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String name = text("attribute name", MAX_NAME_BYTES);
                int tag = u8("type of " + name);
                AttributeValue value = switch (tag) {
                    case 'S' -> AttributeValue.fromS(text("value of " + name, MAX_VALUE_BYTES));
                    case 'N' -> AttributeValue.fromN(number(name));
                    case 'B' -> AttributeValue.fromB(SdkBytes.fromByteArray(bytes("value of " + name, MAX_VALUE_BYTES)));
                    default -> throw fail("attribute '" + name + "' has type tag " + tag + "; only S, N and B are key types");
                };
                if (key.put(name, value) != null) {
                    throw fail("attribute '" + name + "' appears twice");
                }
            }
            if (in.hasRemaining()) {
                throw fail(in.remaining() + " unexpected bytes after the key");
            }
            return new Cursor(indexName, key);
        }

        private int u8(String what) {
            if (!in.hasRemaining()) {
                throw fail("truncated before the " + what);
            }
            return in.get() & 0xff;
        }

        private byte[] bytes(String what, int max) {
            if (in.remaining() < 2) {
                throw fail("truncated before the length of the " + what);
            }
            int length = in.getShort() & 0xffff;
            if (length == 0 || length > max) {
                throw fail("the " + what + " is " + length + " bytes; it must be 1 to " + max);
            }
            if (length > in.remaining()) {
                throw fail("truncated in the " + what + " (" + length + " bytes announced, " + in.remaining() + " left)");
            }
            byte[] result = new byte[length];
            in.get(result);
            return result;
        }

        private String text(String what, int max) {
            byte[] raw = bytes(what, max);
            try {
                CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(raw));
                return chars.toString();
            } catch (CharacterCodingException e) {
                throw fail("the " + what + " is not valid UTF-8");
            }
        }

        private String number(String name) {
            byte[] raw = bytes("value of " + name, MAX_NUMBER_CHARS);
            String text = new String(raw, StandardCharsets.US_ASCII);
            if (!text.matches("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
                throw fail("the value of number attribute '" + name + "' is not a number");
            }
            try {
                new BigDecimal(text);
            } catch (NumberFormatException | ArithmeticException e) {
                throw fail("the value of number attribute '" + name + "' is not a number");
            }
            return text;
        }

        private static InvalidCursorException fail(String why) {
            return new InvalidCursorException("invalid cursor: " + why + "; pass a cursor string exactly as Dynaq produced it");
        }
    }
}
