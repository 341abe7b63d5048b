package io.optionsv4.core.allocation;

import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.StrategyId;

/**
 * One allocated strategy as the store keeps it.
 *
 * @param strategyId the stored strategy
 * @param tier 1 (high), 2 (medium) or 3 (low conviction)
 * @param lots whole strategy lots, {@code > 0}
 * @param allocatedPaise capital per lot × lots, paise
 * @param maxLossPaise the loss at the plan's stop × lots, paise, {@code >= 0}
 * @param expectedPnlPaise net EV per lot × lots, paise
 * @param kellyFraction the full Kelly fraction of the plan's outcomes, in [0, 1]
 * @param betaToNifty the beta used for the scenario grid
 */
public record StoredAllocationItem(
        StrategyId strategyId,
        int tier,
        int lots,
        long allocatedPaise,
        long maxLossPaise,
        long expectedPnlPaise,
        double kellyFraction,
        double betaToNifty) {

    /** Validates the components. */
    public StoredAllocationItem {
        Checks.notNull(strategyId, "strategyId");
        Checks.argument(tier >= 1 && tier <= 3, () -> "tier must be in 1..3 but was " + tier);
        Checks.positive(lots, "lots");
        Checks.argument(allocatedPaise >= 0, () -> "allocatedPaise must be >= 0 but was " + allocatedPaise);
        Checks.argument(maxLossPaise >= 0, () -> "maxLossPaise must be >= 0 but was " + maxLossPaise);
        Checks.argument(
                kellyFraction >= 0 && kellyFraction <= 1, () -> "kellyFraction must be in [0, 1]: " + kellyFraction);
        Checks.finite(betaToNifty, "betaToNifty");
    }
}
