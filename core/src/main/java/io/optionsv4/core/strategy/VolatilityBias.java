package io.optionsv4.core.strategy;

/** How a strategy's value responds to implied volatility (the sign of its vega at entry). */
public enum VolatilityBias {
    /** Gains when implied volatility rises (net long options, long vega). */
    LONG_VOL,
    /** Gains when implied volatility falls (net short options, short vega). */
    SHORT_VOL,
    /** Little net exposure to implied volatility. */
    NEUTRAL
}
