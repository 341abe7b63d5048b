package io.optionsv4.engine.execution;

import io.optionsv4.core.allocation.AllocationSettings;
import io.optionsv4.core.allocation.HardLimits;
import io.optionsv4.core.result.Checks;

/**
 * The risk limits the pre-trade checks hold a strategy to.
 *
 * @param maxLossFraction the most one strategy may lose, as a fraction of the account's funds (the larger of the
 *     start-of-day balance and the current cash, available plus utilised)
 * @param maxOpenStrategies the most strategies executed or executing at once, this one included
 * @param maxLotsPerOrder the most lots one order may carry (a risk limit; the exchange's freeze quantity is the
 *     broker adapter's to enforce)
 * @param maxPriceDrift how far the quote's mid may be from the premium the analysis used, as a fraction of it
 */
public record ExecutionLimits(
        double maxLossFraction, int maxOpenStrategies, int maxLotsPerOrder, double maxPriceDrift) {

    /**
     * 10 % of the funds per strategy, 35 strategies (the allocation's most positions), 20 lots per order (the
     * allocation's most lots a leg), 50 % drift: what the allocation sizes, the checks let through.
     */
    public static final ExecutionLimits DEFAULT = new ExecutionLimits(
            0.10, AllocationSettings.DEFAULT.maxPositions(), HardLimits.DEFAULT_MAX_LOTS_PER_LEG, 0.50);

    /** Validates the limits. */
    public ExecutionLimits {
        Checks.positive(maxLossFraction, "maxLossFraction");
        Checks.positive(maxOpenStrategies, "maxOpenStrategies");
        Checks.positive(maxLotsPerOrder, "maxLotsPerOrder");
        Checks.positive(maxPriceDrift, "maxPriceDrift");
    }
}
