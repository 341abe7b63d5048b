package io.optionsv4.core.probability;

import io.optionsv4.core.pricing.NormalDistribution;
import io.optionsv4.core.result.Checks;

/**
 * The expected move of the underlying to an expiry, in rupees, three ways.
 *
 * <ul>
 *   <li>{@link #fromVolatility}: the one-standard-deviation move {@code S sigma sqrt(T)} from the ATM implied
 *       volatility (the usual first-order approximation of the lognormal's 1-sigma range).
 *   <li>{@link #fromStraddle}: {@value #STRADDLE_FACTOR} times the ATM straddle price, the trading-desk rule of thumb
 *       (popularised by options-education sites such as tastytrade) for the market-implied move. Because an ATM
 *       straddle is worth about {@code sqrt(2/pi) S sigma sqrt(T)} = 0.798 of the 1-sigma move, this figure is about
 *       0.68 sigma, not one sigma; it is kept because users of the original system expect it.
 *   <li>{@link #oneSigmaFromStraddle}: the exact 1-sigma move implied by an ATM-forward straddle price, inverting
 *       {@code straddle = 2 F (2 N(s/2) - 1)} (undiscounted, strike at the forward) for {@code s = sigma sqrt(T)}.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class ExpectedMove {

    /** The multiple of the ATM straddle price used by {@link #fromStraddle}. */
    public static final double STRADDLE_FACTOR = 0.85;

    private ExpectedMove() {}

    /** Returns {@code spot * annualVol * sqrt(yearsToExpiry)} in rupees. */
    public static double fromVolatility(double spot, double annualVol, double yearsToExpiry) {
        Checks.positive(spot, "spot");
        Checks.nonNegative(annualVol, "annualVol");
        Checks.nonNegative(yearsToExpiry, "yearsToExpiry");
        return spot * annualVol * Math.sqrt(yearsToExpiry);
    }

    /** Returns {@value #STRADDLE_FACTOR} times {@code straddlePrice} (ATM call plus ATM put, per unit, rupees). */
    public static double fromStraddle(double straddlePrice) {
        return STRADDLE_FACTOR * Checks.nonNegative(straddlePrice, "straddlePrice");
    }

    /**
     * Returns the exact one-sigma move {@code forward * s} implied by an ATM-forward straddle price per unit, where
     * {@code s = 2 N^-1((1 + straddle / (2 forward)) / 2)}.
     *
     * @throws IllegalArgumentException when the straddle is negative or not below twice the forward (no finite vol)
     */
    public static double oneSigmaFromStraddle(double forward, double straddlePrice) {
        Checks.positive(forward, "forward");
        Checks.nonNegative(straddlePrice, "straddlePrice");
        Checks.argument(
                straddlePrice < 2 * forward,
                "straddlePrice must be < 2 * forward (" + 2 * forward + ") but was " + straddlePrice);
        double s = 2 * NormalDistribution.inverseCdf(0.5 + straddlePrice / (4 * forward));
        return forward * s;
    }
}
