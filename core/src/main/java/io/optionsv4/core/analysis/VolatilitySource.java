package io.optionsv4.core.analysis;

/** Where a volatility figure came from: the option market, or the stock's own price history as a fallback. */
public enum VolatilitySource {
    /** Implied volatility from option prices (today's ATM IV, or the stored ATM IV history). */
    IMPLIED,
    /** Close-to-close realised volatility ({@link RealizedVolatility}), used when no implied figure exists. */
    REALIZED
}
