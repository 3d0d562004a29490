package dev.dynaq.internal;

import dev.dynaq.DynaqException;
import dev.dynaq.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * DynamoDB's number rules in one place: what it can store (at most 38 significant digits, magnitude
 * between 1E-130 and 9.9999999999999999999999999999999999999E+125, or zero, never NaN or infinity),
 * how Dynaq writes numbers so that they read back exactly, and how stored numbers are read into Java
 * types without silent overflow.
 */
final class NumberCodec {
    /** DynamoDB keeps at most this many significant digits. */
    static final int MAX_DIGITS = 38;
    /** The largest decimal exponent (in scientific notation) of a storable number. */
    static final int MAX_EXPONENT = 125;
    /** The smallest decimal exponent (in scientific notation) of a storable non-zero number. */
    static final int MIN_EXPONENT = -130;

    private static final String RANGE = "magnitude must be zero or between 1E-130 and "
            + "9.9999999999999999999999999999999999999E+125";
    /** Doubles at or above this magnitude print as 1.0E126 or more: out of range. */
    private static final double DOUBLE_UPPER = 1.0E126;
    /** Doubles below this magnitude are below 1E-130. */
    private static final double DOUBLE_LOWER = 1.0E-130;
    /** Plain notation is used up to this scale; beyond it, {@code unscaledE-scale}. */
    private static final int MAX_PLAIN_SCALE = 64;
    /** A BigInteger with fewer bits has at most 38 decimal digits and is always storable. */
    private static final int SAFE_BIG_INTEGER_BITS = 126;

    private NumberCodec() {
    }

    static String formatFloat(float value) {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            throw notFinite(Float.toString(value));
        }
        // Every finite float lies within DynamoDB's range and has fewer than 38 digits.
        return value == 0.0f ? "0" : Float.toString(value);
    }

    static String formatDouble(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw notFinite(Double.toString(value));
        }
        if (value == 0.0d) {
            return "0"; // also for -0.0: DynamoDB has no negative zero
        }
        double magnitude = Math.abs(value);
        if (magnitude >= DOUBLE_UPPER || magnitude < DOUBLE_LOWER) {
            throw new InvalidValueException("The number " + value + " cannot be stored in DynamoDB: " + RANGE);
        }
        return Double.toString(value);
    }

    static String formatBigInteger(BigInteger value) {
        if (value.bitLength() < SAFE_BIG_INTEGER_BITS) {
            return value.toString();
        }
        return formatBigDecimal(new BigDecimal(value));
    }

    /**
     * Validates and formats so that {@code new BigDecimal(result).equals(value)} whenever the value has
     * at most 38 digits: plain notation for scales 0 to 64, otherwise {@code <unscaled>E<-scale>}
     * (for example {@code 12E3} for 1.2E+4 with scale -3), which keeps the scale. A value with more
     * than 38 digits whose extra digits are trailing zeros is stored without them.
     */
    static String formatBigDecimal(BigDecimal value) {
        if (value.signum() == 0) {
            return value.scale() >= 0 && value.scale() <= MAX_PLAIN_SCALE ? value.toPlainString() : "0";
        }
        BigDecimal normalized = value;
        if (value.precision() > MAX_DIGITS) {
            normalized = value.stripTrailingZeros();
            if (normalized.precision() > MAX_DIGITS) {
                throw new InvalidValueException("The number " + abbreviate(value.toString()) + " has "
                        + normalized.precision() + " significant digits but DynamoDB keeps at most 38; round it first, "
                        + "e.g. value.round(new MathContext(38))");
            }
        }
        long exponent = (long) normalized.precision() - normalized.scale() - 1;
        if (exponent > MAX_EXPONENT || exponent < MIN_EXPONENT) {
            throw new InvalidValueException("The number " + abbreviate(value.toString())
                    + " cannot be stored in DynamoDB: " + RANGE);
        }
        int scale = normalized.scale();
        if (scale >= 0 && scale <= MAX_PLAIN_SCALE) {
            // From an adjusted exponent of -6 up, toString() is the plain form too, and cheaper: it
            // allocates less and BigDecimal caches it
            return exponent >= -6 ? normalized.toString() : normalized.toPlainString();
        }
        return normalized.unscaledValue().toString() + 'E' + (-(long) scale);
    }

    static int parseInt(String stored, String javaType) {
        try {
            return Integer.parseInt(stored);
        } catch (NumberFormatException e) {
            BigInteger exact = parseExactWhole(stored, javaType);
            if (exact.bitLength() >= Integer.SIZE) {
                throw doesNotFit(stored, javaType);
            }
            return exact.intValue();
        }
    }

    static int parseIntInRange(String stored, String javaType, int min, int max) {
        int parsed = parseInt(stored, javaType);
        if (parsed < min || parsed > max) {
            throw doesNotFit(stored, javaType);
        }
        return parsed;
    }

    static long parseLong(String stored, String javaType) {
        try {
            return Long.parseLong(stored);
        } catch (NumberFormatException e) {
            BigInteger exact = parseExactWhole(stored, javaType);
            if (exact.bitLength() >= Long.SIZE) {
                throw doesNotFit(stored, javaType);
            }
            return exact.longValue();
        }
    }

    static float parseFloat(String stored, String javaType) {
        float parsed;
        try {
            parsed = Float.parseFloat(stored);
        } catch (NumberFormatException e) {
            throw notANumber(stored, javaType, e);
        }
        if (Float.isInfinite(parsed) || Float.isNaN(parsed)) {
            throw doesNotFit(stored, javaType);
        }
        return parsed;
    }

    static double parseDouble(String stored, String javaType) {
        double parsed;
        try {
            parsed = Double.parseDouble(stored);
        } catch (NumberFormatException e) {
            throw notANumber(stored, javaType, e);
        }
        if (Double.isInfinite(parsed) || Double.isNaN(parsed)) {
            throw doesNotFit(stored, javaType);
        }
        return parsed;
    }

    static BigDecimal parseBigDecimal(String stored, String javaType) {
        try {
            return new BigDecimal(stored);
        } catch (NumberFormatException e) {
            throw notANumber(stored, javaType, e);
        }
    }

    static BigInteger parseBigInteger(String stored, String javaType) {
        if (isPlainInteger(stored)) {
            return new BigInteger(stored);
        }
        return parseExactWhole(stored, javaType);
    }

    private static boolean isPlainInteger(String stored) {
        int length = stored.length();
        int start = length > 1 && stored.charAt(0) == '-' ? 1 : 0;
        if (start == length) {
            return false;
        }
        for (int i = start; i < length; i++) {
            char c = stored.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Parses a whole number written in any notation ({@code 12}, {@code 12.0}, {@code 1.2E1}). */
    private static BigInteger parseExactWhole(String stored, String javaType) {
        BigDecimal parsed = parseBigDecimal(stored, javaType);
        if (parsed.signum() == 0) {
            return BigInteger.ZERO;
        }
        // Bounded by DynamoDB's range, so the exact integer has at most 126 digits.
        if ((long) parsed.precision() - parsed.scale() > 200) {
            throw doesNotFit(stored, javaType);
        }
        try {
            return parsed.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new DynaqException("The stored number " + abbreviate(stored) + " has a fractional part and cannot be read as "
                    + javaType + "; change the property to a decimal type (double or BigDecimal)", e);
        }
    }

    private static InvalidValueException notFinite(String value) {
        return new InvalidValueException("The number " + value
                + " cannot be stored in DynamoDB: numbers must be finite (no NaN or infinity); store null instead");
    }

    private static DynaqException doesNotFit(String stored, String javaType) {
        return new DynaqException("The stored number " + abbreviate(stored) + " does not fit a Java " + javaType
                + "; change the property to a wider type (long, BigInteger or BigDecimal)");
    }

    private static DynaqException notANumber(String stored, String javaType, NumberFormatException cause) {
        return new DynaqException("The stored value \"" + abbreviate(stored) + "\" is not a number and cannot be read as "
                + javaType, cause);
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
