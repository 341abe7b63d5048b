package io.optionsv4.core.market;

import io.optionsv4.core.result.Checks;

/**
 * The first-order sensitivities of one option at its implied volatility, per unit of underlying and for a long
 * position (multiply by the lot size for a lot, negate for a short). Scaling as in {@code core.pricing.Greeks}.
 *
 * @param delta change in value per rupee of the underlying's forward (Black-76 forward delta, {@code DF·N(d1)} for a
 *     call), between −1 and +1
 * @param gamma change in delta per rupee of the forward
 * @param vega change in value for a rise of one volatility point (σ 0.20 to 0.21)
 * @param theta change in value for one calendar day less to expiry (usually negative)
 * @param rho change in value for a rise of one percentage point in the rate, the forward held fixed
 */
public record OptionGreeks(double delta, double gamma, double vega, double theta, double rho) {

    /**
     * Validates that every figure is finite.
     *
     * @throws IllegalArgumentException naming the first non-finite figure
     */
    public OptionGreeks {
        Checks.finite(delta, "delta");
        Checks.finite(gamma, "gamma");
        Checks.finite(vega, "vega");
        Checks.finite(theta, "theta");
        Checks.finite(rho, "rho");
    }
}
