package dev.dynaq.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.DynaqException;
import dev.dynaq.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class NumberValuesTest {
    private static final AttributeValue NUL = AttributeValue.fromNul(true);

    @Test
    void integralTypesRoundTripAtTheirLimits() {
        for (int v : new int[] {Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE}) {
            assertThat(Values.toInt(Values.fromInt(v))).isEqualTo(v);
            assertThat(Values.toInteger(Values.fromInt(v))).isEqualTo(v);
        }
        for (long v : new long[] {Long.MIN_VALUE, -1L, 0L, Long.MAX_VALUE}) {
            assertThat(Values.toLong(Values.fromLong(v))).isEqualTo(v);
            assertThat(Values.toLongObject(Values.fromLong(v))).isEqualTo(v);
        }
        assertThat(Values.fromLong(Long.MIN_VALUE).n()).isEqualTo("-9223372036854775808");
        assertThat(Values.toShort(Values.fromShort(Short.MIN_VALUE))).isEqualTo(Short.MIN_VALUE);
        assertThat(Values.toShortObject(Values.fromShort(Short.MAX_VALUE))).isEqualTo(Short.MAX_VALUE);
        assertThat(Values.toByte(Values.fromByte(Byte.MIN_VALUE))).isEqualTo(Byte.MIN_VALUE);
        assertThat(Values.toByteObject(Values.fromByte(Byte.MAX_VALUE))).isEqualTo(Byte.MAX_VALUE);
    }

    @Test
    void floatingPointRoundTripsExactly() {
        for (float v : new float[] {0.1f, -3.5f, Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, 1.0e-10f}) {
            assertThat(Values.toFloat(Values.fromFloat(v))).isEqualTo(v);
            assertThat(Values.toFloatObject(Values.fromFloat(v))).isEqualTo(v);
        }
        for (double v : new double[] {0.1, -2.5e-7, 1.0e125, Math.nextDown(1.0e126), 1.0e-130, -1.0e-130, 12345.678}) {
            assertThat(Values.toDouble(Values.fromDouble(v))).isEqualTo(v);
            assertThat(Values.toDoubleObject(Values.fromDouble(v))).isEqualTo(v);
        }
    }

    @Test
    void negativeZeroIsStoredAsZeroBecauseDynamoDbHasNoNegativeZero() {
        assertThat(Values.fromDouble(-0.0d).n()).isEqualTo("0");
        assertThat(Values.fromFloat(-0.0f).n()).isEqualTo("0");
        double read = Values.toDouble(Values.fromDouble(-0.0d));
        assertThat(read).isEqualTo(0.0d);
        assertThat(1.0d / read).isPositive();
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void nonFiniteDoublesAreRejectedBeforeAnyRequest(double value) {
        assertThatThrownBy(() -> Values.fromDouble(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("The number " + value + " cannot be stored in DynamoDB: numbers must be finite");
    }

    @ParameterizedTest
    @ValueSource(floats = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY})
    void nonFiniteFloatsAreRejected(float value) {
        assertThatThrownBy(() -> Values.fromFloat(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("numbers must be finite");
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0e126, -1.0e126, Double.MAX_VALUE, 1.0e-131, -1.0e-131, Double.MIN_VALUE})
    void doublesOutsideDynamoDbsRangeAreRejected(double value) {
        assertThatThrownBy(() -> Values.fromDouble(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("The number " + value + " cannot be stored in DynamoDB: magnitude must be zero or between"
                        + " 1E-130 and 9.9999999999999999999999999999999999999E+125");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "12345678901234567890123456789012345678", // 38 digits
        "-1.234567890123456789012345678901234567",
        "0.00000000000000000000000000000000000000000000000000000000000001234",
        "1.50",
        "0.00",
        "1E-130",
        "-1E-130",
        "9.9999999999999999999999999999999999999E+125",
        "-9.9999999999999999999999999999999999999E+125",
        "1.2E+4",
        "5E+125",
        "1.23E-100",
    })
    void bigDecimalsRoundTripWithTheirScale(String text) {
        BigDecimal value = new BigDecimal(text);
        AttributeValue stored = Values.fromBigDecimal(value);
        assertThat(new BigDecimal(stored.n())).isEqualTo(value);
        assertThat(Values.toBigDecimal(stored)).isEqualTo(value);
        assertThat(stored.n()).doesNotContain("+");
    }

    @Test
    void bigDecimalUsesPlainNotationForOrdinaryScalesAndExponentNotationOtherwise() {
        assertThat(Values.fromBigDecimal(new BigDecimal("1.50")).n()).isEqualTo("1.50");
        assertThat(Values.fromBigDecimal(new BigDecimal("0.0000001")).n()).isEqualTo("0.0000001");
        assertThat(Values.fromBigDecimal(new BigDecimal("1.2E+4")).n()).isEqualTo("12E3");
        assertThat(Values.fromBigDecimal(new BigDecimal("1E-130")).n()).isEqualTo("1E-130");
    }

    @Test
    void trailingZerosBeyond38DigitsAreDropped() {
        BigDecimal value = new BigDecimal("1.000000000000000000000000000000000000000000"); // 43 digits
        AttributeValue stored = Values.fromBigDecimal(value);
        assertThat(Values.toBigDecimal(stored)).isEqualByComparingTo(value);
        assertThat(Values.toBigDecimal(stored).precision()).isLessThanOrEqualTo(38);
    }

    @Test
    void bigDecimalWith39SignificantDigitsIsRejectedWithAFix() {
        BigDecimal value = new BigDecimal("123456789012345678901234567890123456789");
        assertThatThrownBy(() -> Values.fromBigDecimal(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("The number 123456789012345678901234567890123456789 has 39 significant digits but DynamoDB"
                        + " keeps at most 38; round it first, e.g. value.round(new MathContext(38))");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+126", "-1E+126", "1E-131", "-9.99E-131", "1E+999999"})
    void bigDecimalsOutsideDynamoDbsRangeAreRejected(String text) {
        assertThatThrownBy(() -> Values.fromBigDecimal(new BigDecimal(text)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("cannot be stored in DynamoDB: magnitude must be zero or between 1E-130 and");
    }

    @Test
    void bigIntegersRoundTripIncludingVeryLargeOnes() {
        BigInteger[] values = {
            BigInteger.ZERO,
            BigInteger.valueOf(Long.MIN_VALUE).multiply(BigInteger.TEN),
            new BigInteger("99999999999999999999999999999999999999"), // 38 nines
            BigInteger.TEN.pow(125),
            new BigInteger("-12345").multiply(BigInteger.TEN.pow(100)),
        };
        for (BigInteger value : values) {
            assertThat(Values.toBigInteger(Values.fromBigInteger(value))).isEqualTo(value);
        }
        assertThat(Values.fromBigInteger(BigInteger.valueOf(42)).n()).isEqualTo("42");
    }

    @Test
    void bigIntegersDynamoDbCannotStoreAreRejected() {
        assertThatThrownBy(() -> Values.fromBigInteger(BigInteger.TEN.pow(126)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("magnitude must be zero or between");
        assertThatThrownBy(() -> Values.fromBigInteger(new BigInteger("123456789012345678901234567890123456789")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("has 39 significant digits");
    }

    @Test
    void readingANumberThatDoesNotFitFailsInsteadOfOverflowing() {
        assertThatThrownBy(() -> Values.toInt(AttributeValue.fromN("3000000000")))
                .isInstanceOf(DynaqException.class)
                .hasMessage("The stored number 3000000000 does not fit a Java int; change the property to a wider type"
                        + " (long, BigInteger or BigDecimal)");
        assertThatThrownBy(() -> Values.toLong(AttributeValue.fromN("9223372036854775808")))
                .hasMessageContaining("does not fit a Java long");
        assertThatThrownBy(() -> Values.toShort(AttributeValue.fromN("32768")))
                .hasMessageContaining("does not fit a Java short");
        assertThatThrownBy(() -> Values.toByteObject(AttributeValue.fromN("-129")))
                .hasMessageContaining("does not fit a Java Byte");
        assertThatThrownBy(() -> Values.toFloat(AttributeValue.fromN("1E100")))
                .hasMessageContaining("does not fit a Java float");
        assertThatThrownBy(() -> Values.toInt(AttributeValue.fromN("1E+100")))
                .hasMessageContaining("does not fit a Java int");
    }

    @Test
    void readingAFractionIntoAnIntegralTypeFails() {
        assertThatThrownBy(() -> Values.toLong(AttributeValue.fromN("1.5")))
                .isInstanceOf(DynaqException.class)
                .hasMessage("The stored number 1.5 has a fractional part and cannot be read as long; change the property"
                        + " to a decimal type (double or BigDecimal)");
        assertThatThrownBy(() -> Values.toBigInteger(AttributeValue.fromN("0.1")))
                .hasMessageContaining("has a fractional part");
    }

    @Test
    void wholeNumbersInOtherNotationsAreRead() {
        assertThat(Values.toInt(AttributeValue.fromN("1E3"))).isEqualTo(1000);
        assertThat(Values.toInt(AttributeValue.fromN("-2147483648.000"))).isEqualTo(Integer.MIN_VALUE);
        assertThat(Values.toLong(AttributeValue.fromN("12E3"))).isEqualTo(12_000L);
        assertThat(Values.toBigInteger(AttributeValue.fromN("1.5E3"))).isEqualTo(BigInteger.valueOf(1500));
        assertThat(Values.toInteger(AttributeValue.fromN("0E-5"))).isZero();
    }

    @Test
    void missingAndNullNumbersReadAsZeroOrNull() {
        assertThat(Values.toInt(null)).isZero();
        assertThat(Values.toInt(NUL)).isZero();
        assertThat(Values.toLong(NUL)).isZero();
        assertThat(Values.toShort(NUL)).isZero();
        assertThat(Values.toByte(null)).isZero();
        assertThat(Values.toFloat(NUL)).isZero();
        assertThat(Values.toDouble(null)).isZero();
        assertThat(Values.toInteger(NUL)).isNull();
        assertThat(Values.toLongObject(null)).isNull();
        assertThat(Values.toShortObject(NUL)).isNull();
        assertThat(Values.toByteObject(NUL)).isNull();
        assertThat(Values.toFloatObject(NUL)).isNull();
        assertThat(Values.toDoubleObject(NUL)).isNull();
        assertThat(Values.toBigDecimal(NUL)).isNull();
        assertThat(Values.toBigInteger(null)).isNull();
    }

    @Test
    void aNumberReaderGivenAnotherTypeNamesBothTypes() {
        assertThatThrownBy(() -> Values.toInt(AttributeValue.fromS("12")))
                .isInstanceOf(DynaqException.class)
                .hasMessageStartingWith("Cannot read int from the stored value AttributeValue(S=12): expected DynamoDB"
                        + " type N but found S.");
        assertThatThrownBy(() -> Values.toBigDecimal(AttributeValue.fromBool(true)))
                .hasMessageContaining("expected DynamoDB type N but found BOOL");
    }

    @Test
    void aStoredNumberThatIsNotANumberIsReportedClearly() {
        assertThatThrownBy(() -> Values.toDouble(AttributeValue.fromN("abc")))
                .isInstanceOf(DynaqException.class)
                .hasMessage("The stored value \"abc\" is not a number and cannot be read as double");
    }
}
