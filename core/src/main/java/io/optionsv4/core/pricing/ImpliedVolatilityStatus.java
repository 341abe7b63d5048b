package io.optionsv4.core.pricing;

/** Outcome of an implied volatility calculation: solved, or the reason why no volatility matches the price. */
public enum ImpliedVolatilityStatus {
    /** A volatility was found; zero when the price equals the discounted intrinsic value. */
    OK,
    /** The price is below the discounted intrinsic value: no volatility, however small, reproduces it. */
    BELOW_INTRINSIC,
    /** The price reaches the model's upper bound (discounted forward for a call, discounted strike for a put). */
    ABOVE_UPPER_BOUND,
    /** The time to expiry is zero or negative: the option has no time value left to invert. */
    EXPIRED,
    /**
     * An input is NaN or infinite, a price is negative, or a forward, spot, strike or discount factor is not positive.
     */
    INVALID_INPUT,
    /**
     * The inputs are valid but so extreme (a forward or strike near the largest double, a time value underflowing
     * against them) that double precision cannot represent the volatility that matches the price.
     */
    NOT_REPRESENTABLE
}
