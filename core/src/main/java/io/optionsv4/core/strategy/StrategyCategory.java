package io.optionsv4.core.strategy;

/** The family a strategy belongs to, as grouped by the original system (directional, neutral, ...). */
public enum StrategyCategory {
    /** Profits from a move in one direction: long options and vertical spreads. */
    DIRECTIONAL,
    /** Profits when the underlying stays in a range: condors, butterflies, short straddles and strangles. */
    NEUTRAL,
    /** Profits from a large move either way (long straddles and strangles). */
    VOLATILITY,
    /** Collects premium against stock or cash: covered call, cash-secured put. */
    INCOME,
    /** Multi-expiry, ratio and asymmetric structures: calendars, diagonals, ratios, jade lizard, broken wings. */
    ADVANCED
}
