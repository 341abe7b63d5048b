package io.optionsv4.core.money;

import io.optionsv4.core.result.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount of Indian rupees held as signed paise (1 rupee = 100 paise) in a {@code long}: charges, margins,
 * contract notes and every figure that is booked. Positive and negative amounts are both allowed; the sign is the
 * caller's convention (the cost stack uses positive amounts for charges paid).
 *
 * <p>Arithmetic is exact and throws {@link ArithmeticException} on {@code long} overflow (about ₹9.2 × 10^16), never
 * wraps. {@link #ofRupees(double, RoundingMode)} is the one conversion from a {@code double}; {@link #rupees()} the one
 * conversion back, for analytics only. Immutable and thread-safe.
 *
 * @param paise the amount in paise, signed
 */
public record Money(long paise) implements Comparable<Money> {

    /** Zero rupees. */
    public static final Money ZERO = new Money(0);

    private static final long PAISE_PER_RUPEE = 100;

    /** Returns the amount of {@code paise}. */
    public static Money ofPaise(long paise) {
        return paise == 0 ? ZERO : new Money(paise);
    }

    /** Returns the amount of whole {@code rupees}; throws {@link ArithmeticException} on overflow. */
    public static Money ofWholeRupees(long rupees) {
        return ofPaise(Math.multiplyExact(rupees, PAISE_PER_RUPEE));
    }

    /**
     * Returns {@code rupees} rounded to the paisa with {@code mode}, reading the {@code double} as the shortest decimal
     * that represents it (as {@link Double#toString} prints it), so {@code 1.005} is one rupee and half a paisa, not
     * the binary fraction just below it. A value within four ulps of a whole number of paise ({@code 123.45 × 100 =
     * 12345.000000000002}) is that number of paise whatever the mode: the noise of decimal prices held in binary.
     *
     * @throws IllegalArgumentException when {@code rupees} is NaN or infinite, or {@code mode} is null or
     *     {@link RoundingMode#UNNECESSARY}
     * @throws ArithmeticException when the result does not fit a {@code long}
     */
    public static Money ofRupees(double rupees, RoundingMode mode) {
        Checks.finite(rupees, "rupees");
        Checks.notNull(mode, "mode");
        Checks.argument(mode != RoundingMode.UNNECESSARY, "mode must not be UNNECESSARY");
        double scaled = rupees * PAISE_PER_RUPEE;
        if (Math.abs(scaled) < 0x1p52) {
            double nearest = Math.rint(scaled);
            double tolerance = 4 * Math.ulp(scaled);
            if (Math.abs(scaled - nearest) <= tolerance) {
                return ofPaise((long) nearest);
            }
            double floor = Math.floor(scaled);
            double fraction = scaled - floor;
            if (Math.abs(fraction - 0.5) > tolerance) {
                return ofPaise((long) floor + (roundsUp(mode, fraction, floor) ? 1 : 0));
            }
        }
        return ofPaise(
                BigDecimal.valueOf(rupees).movePointRight(2).setScale(0, mode).longValueExact());
    }

    /** Whether a value {@code floor + fraction} (fraction in (0, 1), not one half) rounds up under {@code mode}. */
    private static boolean roundsUp(RoundingMode mode, double fraction, double floor) {
        return switch (mode) {
            case FLOOR -> false;
            case CEILING -> true;
            case DOWN -> floor < 0;
            case UP -> floor >= 0;
            case HALF_UP, HALF_DOWN, HALF_EVEN -> fraction > 0.5;
            case UNNECESSARY -> throw new IllegalArgumentException("mode must not be UNNECESSARY");
        };
    }

    /** Returns this amount in rupees as a {@code double}, for analytics and display; exact up to 2^53 paise. */
    public double rupees() {
        return paise / (double) PAISE_PER_RUPEE;
    }

    /** Returns {@code this + other}; throws {@link ArithmeticException} on overflow. */
    public Money plus(Money other) {
        return ofPaise(Math.addExact(paise, other.paise));
    }

    /** Returns {@code this - other}; throws {@link ArithmeticException} on overflow. */
    public Money minus(Money other) {
        return ofPaise(Math.subtractExact(paise, other.paise));
    }

    /** Returns {@code this × factor} (a quantity or a count); throws {@link ArithmeticException} on overflow. */
    public Money times(long factor) {
        return ofPaise(Math.multiplyExact(paise, factor));
    }

    /** Returns {@code -this}. */
    public Money negate() {
        return ofPaise(Math.negateExact(paise));
    }

    /** Returns the larger of this and {@code other}. */
    public Money max(Money other) {
        return paise >= other.paise ? this : other;
    }

    /** Returns the smaller of this and {@code other}. */
    public Money min(Money other) {
        return paise <= other.paise ? this : other;
    }

    /** Returns true when the amount is below zero. */
    public boolean isNegative() {
        return paise < 0;
    }

    /** Returns true when the amount is zero. */
    public boolean isZero() {
        return paise == 0;
    }

    /** Returns this amount rounded to whole rupees with {@code mode} (contract notes round STT and stamp duty so). */
    public Money roundedToRupee(RoundingMode mode) {
        return ofPaise(Math.multiplyExact(Rate.divide(paise, PAISE_PER_RUPEE, mode), PAISE_PER_RUPEE));
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(paise, other.paise);
    }

    /** Returns plain decimal rupees with two places, no grouping: {@code 1234.56}, {@code -0.05}, {@code 0.00}. */
    @Override
    public String toString() {
        return BigDecimal.valueOf(paise, 2).toPlainString();
    }
}
