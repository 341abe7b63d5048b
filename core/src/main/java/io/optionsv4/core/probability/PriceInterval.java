package io.optionsv4.core.probability;

import io.optionsv4.core.result.Checks;

/**
 * A range of underlying prices at expiry, {@code lower < S < upper}, in rupees. The upper end may be
 * {@link Double#POSITIVE_INFINITY} (a range open to the right, such as the profit zone of a long call).
 *
 * @param lower lower end; finite, &gt;= 0
 * @param upper upper end; &gt; lower, possibly positive infinity
 */
public record PriceInterval(double lower, double upper) {

    /** Validates the ends. */
    public PriceInterval {
        Checks.nonNegative(lower, "lower");
        Checks.argument(upper > lower, () -> "upper must be > lower (" + lower + ") but was " + upper);
    }

    /** Returns the interval {@code (lower, upper)}. */
    public static PriceInterval of(double lower, double upper) {
        return new PriceInterval(lower, upper);
    }

    /** Returns true when the interval is open to the right (upper is positive infinity). */
    public boolean isUnbounded() {
        return upper == Double.POSITIVE_INFINITY;
    }

    /** Returns true when {@code price} lies strictly inside. */
    public boolean contains(double price) {
        return price > lower && price < upper;
    }
}
