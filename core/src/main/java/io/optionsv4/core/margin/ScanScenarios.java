package io.optionsv4.core.margin;

/**
 * The 16 scenarios of SPAN (CME's standard risk array as NSE uses it): the price moves 0, ±1/3, ±2/3 and ±1 of the
 * price scan range, each with volatility up and down by the volatility scan range (14 scenarios), and the two extreme
 * moves of ± {@code extremeMultiple} ranges at unchanged volatility, counted at {@code extremeWeight}.
 */
final class ScanScenarios {

    /** Price move of each scenario in scan ranges (the extremes are scaled separately). */
    static final double[] PRICE_MOVES = {
        0, 0, 1.0 / 3, 1.0 / 3, -1.0 / 3, -1.0 / 3, 2.0 / 3, 2.0 / 3, -2.0 / 3, -2.0 / 3, 1, 1, -1, -1
    };

    /** Volatility move of each of the 14 regular scenarios in volatility scan ranges. */
    static final double[] VOL_MOVES = {1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1};

    /** Number of scenarios: 14 regular and 2 extreme. */
    static final int COUNT = 16;

    private ScanScenarios() {}
}
