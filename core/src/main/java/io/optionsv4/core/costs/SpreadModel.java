package io.optionsv4.core.costs;

import io.optionsv4.core.result.Checks;

/**
 * The bid-ask spread of an NSE option from its price, moneyness, days to expiry, volume and open interest, calibrated
 * on the real books of the NSE option-chain snapshot (fit, residuals and coverage in {@code docs/spread-model.md},
 * re-derived by {@code SpreadModelCalibrationTest}):
 *
 * <pre>
 * liquid spread = m · (floor + proportional · (1 + term · DTE/30) · price) · (1 + wing · |x|)
 *                 · (1 + nearExpiry/(1 + DTE))
 * spread        = liquid spread · exp(untraded · [volume = 0] + thinOi · max(0, ln(referenceOiLots / (1 + OI lots))))
 * </pre>
 *
 * with {@code m = 1} for index options and {@code stockMultiple} for stock options. A traded contract with at least
 * {@code referenceOiLots} of open interest quotes the liquid spread; the simulated market quotes its options with the
 * liquid spread, so the replay's model and the simulated book agree on every liquid contract. Immutable.
 *
 * @param floor absolute part of the spread, rupees
 * @param proportional part of the spread proportional to the price of a near-expiry option
 * @param wing widening per unit of standardised moneyness
 * @param term widening of the proportional part per 30 days to expiry
 * @param nearExpiry widening in the last days
 * @param stockMultiple spread multiple of stock options over index options
 * @param untraded log widening of a contract that did not trade on the day
 * @param thinOi log widening per log unit of open interest below {@code referenceOiLots}
 * @param referenceOiLots open interest (lots) from which a contract counts as deep
 */
public record SpreadModel(
        double floor,
        double proportional,
        double wing,
        double term,
        double nearExpiry,
        double stockMultiple,
        double untraded,
        double thinOi,
        double referenceOiLots) {

    /** The calibrated model (docs/spread-model.md). */
    public static final SpreadModel DEFAULT = new SpreadModel(0.10, 0.015, 0.25, 1.0, 1.0, 2.5, 0.30, 0.27, 300);

    /** Validates the parameters: all finite and non-negative, the multiple and the reference OI positive. */
    public SpreadModel {
        Checks.nonNegative(floor, "floor");
        Checks.nonNegative(proportional, "proportional");
        Checks.nonNegative(wing, "wing");
        Checks.nonNegative(term, "term");
        Checks.nonNegative(nearExpiry, "nearExpiry");
        Checks.positive(stockMultiple, "stockMultiple");
        Checks.nonNegative(untraded, "untraded");
        Checks.nonNegative(thinOi, "thinOi");
        Checks.positive(referenceOiLots, "referenceOiLots");
    }

    /**
     * Returns the full spread (ask - bid) of a traded contract with deep open interest, rupees per unit.
     *
     * @param price the mid or model price, rupees per unit
     * @param standardisedMoneyness {@code ln(K/F) / (σ_ATM·√T)}
     * @param daysToExpiry calendar days to expiry
     * @param multiple 1 for index options, {@link #stockMultiple()} for stock options
     */
    public double liquidSpread(double price, double standardisedMoneyness, long daysToExpiry, double multiple) {
        return multiple
                * (floor + proportional * (1 + term * daysToExpiry / 30.0) * price)
                * (1 + wing * Math.abs(standardisedMoneyness))
                * (1 + nearExpiry / (1 + daysToExpiry));
    }

    /** Returns the full spread (ask - bid) of the contract, rupees per unit. */
    public double spread(SpreadInputs in) {
        Checks.notNull(in, "in");
        double liquid =
                liquidSpread(in.referencePrice(), in.standardisedMoneyness(), in.daysToExpiry(), multiple(in.index()));
        return liquid * liquidityFactor(in.volume(), in.openInterestLots());
    }

    /** Returns half the spread of the contract: what a buyer pays above, and a seller gets below, the reference. */
    public double halfSpread(SpreadInputs in) {
        return 0.5 * spread(in);
    }

    /** Returns the spread multiple of an index ({@code true}) or a stock option. */
    public double multiple(boolean index) {
        return index ? 1.0 : stockMultiple;
    }

    /** Returns the widening of a thin contract over the liquid spread, {@code >= 1}. */
    public double liquidityFactor(long volume, double openInterestLots) {
        double thin = Math.max(0, Math.log(referenceOiLots / (1 + openInterestLots)));
        return Math.exp((volume == 0 ? untraded : 0) + thinOi * thin);
    }
}
