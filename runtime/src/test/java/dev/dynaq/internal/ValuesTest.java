package dev.dynaq.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.DynaqException;
import dev.dynaq.InvalidValueException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Strings, binaries, booleans, UUIDs, enums and key checks; numbers and times have their own tests. */
class ValuesTest {
    private static final AttributeValue NUL = AttributeValue.fromNul(true);

    enum Status { PENDING, SHIPPED }

    @Test
    void stringsRoundTripIncludingEmptyAndSurrogatePairs() {
        for (String s : new String[] {"", "plain", "caf\u00e9 \u4e2d\u6587", "\uD83D\uDE00 \uD834\uDD1E", "\u0000"}) {
            assertThat(Values.toStringValue(AttributeValue.fromS(s))).isEqualTo(s);
            assertThat(Converters.STRING.fromAttributeValue(Converters.STRING.toAttributeValue(s))).isEqualTo(s);
        }
        assertThat(Values.toStringValue(null)).isNull();
        assertThat(Values.toStringValue(NUL)).isNull();
    }

    @Test
    void aStringReaderGivenAnotherTypeNamesBothTypes() {
        assertThatThrownBy(() -> Values.toStringValue(AttributeValue.fromN("5")))
                .isInstanceOf(DynaqException.class)
                .hasMessage("Cannot read String from the stored value AttributeValue(N=5): expected DynamoDB type S but"
                        + " found N. Was the attribute written by other code or with another Java type?");
    }

    @Test
    void booleansRoundTripAndMissingReadsAsFalseOrNull() {
        assertThat(Values.fromBoolean(true).bool()).isTrue();
        assertThat(Values.toBoolean(Values.fromBoolean(true))).isTrue();
        assertThat(Values.toBoolean(Values.fromBoolean(false))).isFalse();
        assertThat(Values.toBooleanObject(Values.fromBoolean(false))).isFalse();
        assertThat(Values.toBoolean(null)).isFalse();
        assertThat(Values.toBoolean(NUL)).isFalse();
        assertThat(Values.toBooleanObject(NUL)).isNull();
        assertThatThrownBy(() -> Values.toBoolean(AttributeValue.fromS("true")))
                .hasMessageContaining("expected DynamoDB type BOOL but found S");
    }

    @Test
    void byteArraysAreCopiedOnWriteAndOnRead() {
        byte[] original = {1, 2, 3};
        AttributeValue stored = Values.fromBytes(original);
        original[0] = 9;
        byte[] read = Values.toBytes(stored);
        assertThat(read).containsExactly(1, 2, 3);
        read[1] = 9;
        assertThat(Values.toBytes(stored)).containsExactly(1, 2, 3);
        assertThat(Values.toBytes(Values.fromBytes(new byte[0]))).isEmpty();
    }

    @Test
    void sdkBytesRoundTrip() {
        SdkBytes bytes = SdkBytes.fromUtf8String("h\u00e9llo");
        assertThat(Values.toSdkBytes(Values.fromSdkBytes(bytes))).isEqualTo(bytes);
        assertThat(Values.toSdkBytes(NUL)).isNull();
    }

    @Test
    void byteBuffersStoreTheirRemainingBytesWithoutMovingThePosition() {
        ByteBuffer heap = ByteBuffer.wrap("abcdef".getBytes(StandardCharsets.US_ASCII));
        heap.position(2).limit(5);
        ByteBuffer direct = ByteBuffer.allocateDirect(4).put(new byte[] {7, 8, 9, 10});
        direct.flip().position(1);

        assertThat(Values.fromByteBuffer(heap).b().asUtf8String()).isEqualTo("cde");
        assertThat(heap.position()).isEqualTo(2);
        assertThat(heap.limit()).isEqualTo(5);
        assertThat(Values.toBytes(Values.fromByteBuffer(direct))).containsExactly(8, 9, 10);
        assertThat(direct.position()).isEqualTo(1);

        ByteBuffer read = Values.toByteBuffer(Values.fromByteBuffer(heap));
        assertThat(read.position()).isZero();
        assertThat(read.remaining()).isEqualTo(3);
        assertThat(read.isReadOnly()).isFalse();
        assertThat(read).isEqualTo(ByteBuffer.wrap(new byte[] {'c', 'd', 'e'}));
    }

    @Test
    void binaryReadersRejectOtherTypesAndReadMissingAsNull() {
        assertThat(Values.toBytes(null)).isNull();
        assertThat(Values.toByteBuffer(NUL)).isNull();
        assertThatThrownBy(() -> Values.toBytes(AttributeValue.fromS("AQID")))
                .hasMessageContaining("Cannot read byte[]")
                .hasMessageContaining("expected DynamoDB type B but found S");
    }

    @Test
    void uuidsRoundTripAsTheirCanonicalText() {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertThat(Values.fromUuid(id).s()).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
        assertThat(Values.toUuid(Values.fromUuid(id))).isEqualTo(id);
        assertThat(Values.toUuid(NUL)).isNull();
        assertThatThrownBy(() -> Values.toUuid(AttributeValue.fromS("not-a-uuid")))
                .isInstanceOf(DynaqException.class)
                .hasMessageStartingWith("The stored value \"not-a-uuid\" cannot be read as a UUID");
    }

    @Test
    void enumsAreStoredByNameAndAnUnknownNameIsReportedWithTheEnum() {
        assertThat(Values.fromEnum(Status.SHIPPED).s()).isEqualTo("SHIPPED");
        assertThat(Values.toEnum(Status.class, AttributeValue.fromS("PENDING"))).isEqualTo(Status.PENDING);
        assertThat(Values.toEnum(Status.class, NUL)).isNull();
        assertThatThrownBy(() -> Values.toEnum(Status.class, AttributeValue.fromS("CANCELLED")))
                .isInstanceOf(DynaqException.class)
                .hasMessage("The stored value \"CANCELLED\" is not a constant of enum " + Status.class.getName()
                        + "; was the constant renamed or removed? Enums are stored by name()");
    }

    @Test
    void emptyStringAndBinaryKeysAreRejected() {
        assertThatThrownBy(() -> Values.requireValidKey(AttributeValue.fromS(""), "Order.customerId"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Order.customerId is a key attribute and must not be empty");
        assertThatThrownBy(() -> Values.requireValidKey(Values.fromBytes(new byte[0]), "Blob.id"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Blob.id is a key attribute and must not be empty");
    }

    @Test
    void nonEmptyStringsNumbersAndBinariesAreValidKeys() {
        assertThatCode(() -> Values.requireValidKey(AttributeValue.fromS("c-1"), "Order.customerId"))
                .doesNotThrowAnyException();
        assertThatCode(() -> Values.requireValidKey(Values.fromInt(0), "Order.number")).doesNotThrowAnyException();
        assertThatCode(() -> Values.requireValidKey(Values.fromBytes(new byte[] {0}), "Blob.id"))
                .doesNotThrowAnyException();
    }

    @Test
    void keysOfOtherTypesAreRejected() {
        assertThatThrownBy(() -> Values.requireValidKey(Values.fromBoolean(true), "Order.flag"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Order.flag is a key attribute and must be stored as S, N or B, but its value"
                        + " converts to BOOL");
    }
}
