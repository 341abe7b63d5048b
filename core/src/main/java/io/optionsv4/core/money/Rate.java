package io.optionsv4.core.money;

import io.optionsv4.core.result.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An exact non-negative rate (a tax, fee or margin fraction) held as parts per trillion ({@code 10^-12}) in a
 * {@code long}: {@code 0.03503 %} is {@code 350,300,000} ppt, ₹10 per crore is {@code 1,000,000} ppt, 18 % is
 * {@code 180,000,000,000} ppt. Every statutory rate of the cost stack is a whole number of ppt, so applying one to
 * {@link Money} is exact before the one rounding {@link #applyTo} is asked for. Immutable and thread-safe.
 *
 * @param partsPerTrillion the fraction times {@code 10^12}; {@code >= 0}
 */
public record Rate(long partsPerTrillion) {

    /** The rate 0. */
    public static final Rate ZERO = new Rate(0);

    private static final long SCALE = 1_000_000_000_000L;
    private static final int SCALE_DIGITS = 12;
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[0-9]{1,15}(\\.[0-9]{1,15})?");

    /** Validates that the rate is not negative. */
    public Rate {
        if (partsPerTrillion < 0) {
            throw new IllegalArgumentException("partsPerTrillion must be >= 0 but was " + partsPerTrillion);
        }
    }

    /**
     * Parses a plain decimal ({@code 0.03503}, {@code 18}, {@code 0.01}: digits, an optional point and digits; no sign,
     * exponent, hex, NaN, grouping or spaces) that is {@code 10^powerOfTen} times the rate: {@code powerOfTen} 2 for a
     * percentage, 7 for rupees per crore, 0 for a plain fraction.
     *
     * @throws IllegalArgumentException naming the text when it is not a plain decimal, or when the rate is not a whole
     *     number of parts per trillion
     */
    public static Rate parse(String text, int powerOfTen) {
        Checks.notNull(text, "text");
        Checks.argument(
                powerOfTen >= 0 && powerOfTen <= SCALE_DIGITS, () -> "powerOfTen must be 0..12 but was " + powerOfTen);
        if (!PLAIN_DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a plain decimal number (digits with an optional"
                    + " decimal point; no sign, exponent, hex or NaN)");
        }
        BigDecimal ppt = new BigDecimal(text).movePointRight(SCALE_DIGITS - powerOfTen);
        try {
            return new Rate(ppt.longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is finer than one part per trillion or too large", e);
        }
    }

    /** Returns the rate {@code percent} % given as a plain decimal text ({@code "0.1"} is 0.1 %). */
    public static Rate ofPercent(String percent) {
        return parse(percent, 2);
    }

    /** Returns this rate as a {@code double} fraction (0.001 for 0.1 %), for analytics and display. */
    public double fraction() {
        return partsPerTrillion / (double) SCALE;
    }

    /**
     * Returns {@code base × rate} rounded once to the paisa with {@code mode}; exact before the rounding.
     *
     * @throws IllegalArgumentException when {@code mode} is {@link RoundingMode#UNNECESSARY} and the product is not a
     *     whole number of paise, or an argument is null
     */
    public Money applyTo(Money base, RoundingMode mode) {
        Checks.notNull(base, "base");
        Checks.notNull(mode, "mode");
        long a = base.paise();
        long hi = Math.multiplyHigh(a, partsPerTrillion);
        long lo = a * partsPerTrillion;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return Money.ofPaise(divide(lo, SCALE, mode));
        }
        BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(partsPerTrillion));
        return Money.ofPaise(new BigDecimal(product)
                .divide(BigDecimal.valueOf(SCALE), 0, mode)
                .longValueExact());
    }

    /** Returns {@code numerator / denominator} ({@code denominator > 0}) rounded with {@code mode}, exactly. */
    static long divide(long numerator, long denominator, RoundingMode mode) {
        long quotient = Math.floorDiv(numerator, denominator);
        long remainder = Math.floorMod(numerator, denominator);
        if (remainder == 0) {
            return quotient;
        }
        long twice = remainder * 2; // remainder < denominator <= 10^12, no overflow
        boolean up = switch (mode) {
            case FLOOR -> false;
            case CEILING -> true;
            case DOWN -> quotient < 0;
            case UP -> quotient >= 0;
            case HALF_UP -> quotient >= 0 ? twice >= denominator : twice > denominator;
            case HALF_DOWN -> quotient >= 0 ? twice > denominator : twice >= denominator;
            case HALF_EVEN -> twice > denominator || (twice == denominator && (quotient & 1) != 0);
            case UNNECESSARY ->
                throw new IllegalArgumentException(
                        numerator + " / " + denominator + " is not whole and the mode is UNNECESSARY");
        };
        return up ? quotient + 1 : quotient;
    }

    /** Returns the rate as a percentage in plain decimal, e.g. {@code 0.03503%}. */
    @Override
    public String toString() {
        return BigDecimal.valueOf(partsPerTrillion, SCALE_DIGITS - 2)
                        .stripTrailingZeros()
                        .toPlainString() + "%";
    }
}
