package io.optionsv4.core.strategy;

/** The direction of the underlying's move a strategy profits from. */
public enum DirectionalBias {
    /** Profits when the underlying rises. */
    BULLISH,
    /** Profits when the underlying falls. */
    BEARISH,
    /** Profits when the underlying stays put, or from a move either way. */
    NEUTRAL
}
