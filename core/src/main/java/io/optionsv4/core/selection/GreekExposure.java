package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;

/**
 * The net Greeks of a strategy ({@code strategy_greek_exposures}): each leg's Greek per unit times its signed lots
 * times
 * the lot size, summed; scaling as in {@code core.market.OptionGreeks}.
 *
 * @param netDelta rupees per rupee of the underlying
 * @param netGamma change of net delta per rupee
 * @param netVega rupees per volatility point
 * @param netTheta rupees per calendar day
 */
public record GreekExposure(double netDelta, double netGamma, double netVega, double netTheta) {

    /** Validates that every figure is finite. */
    public GreekExposure {
        Checks.finite(netDelta, "netDelta");
        Checks.finite(netGamma, "netGamma");
        Checks.finite(netVega, "netVega");
        Checks.finite(netTheta, "netTheta");
    }
}
