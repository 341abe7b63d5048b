package io.optionsv4.core.allocation;

import io.optionsv4.core.result.Checks;

/**
 * The portfolio's Greeks after the allocation, open positions included, with their limits.
 *
 * @param niftyDelta Σ lots × delta per lot × beta: rupees per 1 % move of NIFTY
 * @param vega Σ lots × vega per lot: rupees per volatility point
 * @param niftyDeltaLimit the limit on |niftyDelta|, rupees
 * @param vegaLimit the limit on |vega|, rupees
 */
public record PortfolioGreeks(double niftyDelta, double vega, double niftyDeltaLimit, double vegaLimit) {

    /** Validates the figures. */
    public PortfolioGreeks {
        Checks.finite(niftyDelta, "niftyDelta");
        Checks.finite(vega, "vega");
        Checks.nonNegative(niftyDeltaLimit, "niftyDeltaLimit");
        Checks.nonNegative(vegaLimit, "vegaLimit");
    }
}
