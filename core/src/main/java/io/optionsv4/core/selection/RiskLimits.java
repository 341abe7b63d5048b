package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;

/**
 * The limits of one {@link RiskTolerance} (issue 5, part 4): all three figures are fractions (0.25 = 25 %).
 *
 * @param minProbabilityOfProfit the lowest probability of profit a strategy may have, in [0, 1]
 * @param maxLossFraction the largest loss one trade may carry, as a fraction of the options capital, in (0, 1]
 * @param optionsShare the share of the total capital that goes into options, in (0, 1]
 */
public record RiskLimits(double minProbabilityOfProfit, double maxLossFraction, double optionsShare) {

    /**
     * Validates the fractions.
     *
     * @throws IllegalArgumentException naming the figure outside its range
     */
    public RiskLimits {
        Fractions.check(minProbabilityOfProfit, "minProbabilityOfProfit");
        Fractions.check(maxLossFraction, "maxLossFraction");
        Fractions.check(optionsShare, "optionsShare");
        Checks.argument(maxLossFraction > 0, () -> "maxLossFraction must be > 0 but was " + maxLossFraction);
        Checks.argument(optionsShare > 0, () -> "optionsShare must be > 0 but was " + optionsShare);
    }
}
