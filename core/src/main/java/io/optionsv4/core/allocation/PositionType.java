package io.optionsv4.core.allocation;

/** Whether an industry's capital goes to bullish (LONG) or bearish (SHORT) strategies. */
public enum PositionType {
    /** Favour bullish strategies in the industry. */
    LONG,
    /** Favour bearish strategies in the industry. */
    SHORT
}
