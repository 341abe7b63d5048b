package io.optionsv4.core.costs;

import io.optionsv4.core.result.Checks;

/**
 * What an option's modelled bid-ask spread depends on.
 *
 * @param referencePrice the mid or the close, rupees per unit, {@code >= 0}
 * @param standardisedMoneyness {@code ln(K/F) / (σ_ATM·√T)}, 0 at the money
 * @param daysToExpiry calendar days to expiry, {@code >= 0}
 * @param volume contracts traded on the day, {@code >= 0}
 * @param openInterestLots open interest in lots, {@code >= 0}
 * @param index true for an index option, false for a stock option (stock books are wider)
 */
public record SpreadInputs(
        double referencePrice,
        double standardisedMoneyness,
        long daysToExpiry,
        long volume,
        double openInterestLots,
        boolean index) {
    /** Validates the components. */
    public SpreadInputs {
        Checks.nonNegative(referencePrice, "referencePrice");
        Checks.finite(standardisedMoneyness, "standardisedMoneyness");
        Checks.argument(daysToExpiry >= 0, () -> "daysToExpiry must be >= 0 but was " + daysToExpiry);
        Checks.argument(volume >= 0, () -> "volume must be >= 0 but was " + volume);
        Checks.nonNegative(openInterestLots, "openInterestLots");
    }
}
