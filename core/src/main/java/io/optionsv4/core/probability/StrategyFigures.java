package io.optionsv4.core.probability;

import io.optionsv4.core.result.Checks;
import java.util.List;

/**
 * The headline figures of a position, in rupees for the whole position (per unit when the quantities are 1).
 *
 * @param maxProfit the largest P&amp;L at the (first) expiry, or unlimited; negative when every outcome loses
 * @param maxLoss the largest loss as a positive number (minus the smallest P&amp;L), or unlimited; negative when every
 *     outcome is a profit
 * @param breakevens the underlying prices at which the P&amp;L is zero, ascending
 * @param probabilityOfProfit P(P&amp;L &gt; 0) at the (first) expiry under the lognormal model, in [0, 1]
 * @param expectedValue E[P&amp;L] at the (first) expiry under the lognormal model (undiscounted)
 */
public record StrategyFigures(
        Amount maxProfit, Amount maxLoss, List<Double> breakevens, double probabilityOfProfit, double expectedValue) {

    /** Validates the figures and copies the breakevens. */
    public StrategyFigures {
        Checks.notNull(maxProfit, "maxProfit");
        Checks.notNull(maxLoss, "maxLoss");
        breakevens = List.copyOf(Checks.notNull(breakevens, "breakevens"));
        Checks.argument(
                probabilityOfProfit >= 0 && probabilityOfProfit <= 1,
                "probabilityOfProfit must be in [0, 1] but was " + probabilityOfProfit);
        Checks.finite(expectedValue, "expectedValue");
    }
}
