package io.optionsv4.core.allocation;

import io.optionsv4.core.result.Checks;

/**
 * One industry's totals after the allocation, open positions included.
 *
 * @param industry the industry
 * @param weightPercent its weight in the industry allocations, percent (0 when it has none)
 * @param budget its weighted budget: weight × deployable budget, capped by the hard industry limit, rupees
 * @param capitalUsed the capital its positions block on their own, rupees
 * @param positions how many positions it holds
 * @param expectedNetPnl the expected net P&amp;L of its positions, rupees
 */
public record IndustryTotal(
        String industry,
        double weightPercent,
        double budget,
        double capitalUsed,
        int positions,
        double expectedNetPnl) {

    /** Validates the totals. */
    public IndustryTotal {
        Checks.notBlank(industry, "industry");
        Checks.nonNegative(weightPercent, "weightPercent");
        Checks.nonNegative(budget, "budget");
        Checks.nonNegative(capitalUsed, "capitalUsed");
        Checks.argument(positions >= 0, () -> "positions must be >= 0 but was " + positions);
        Checks.finite(expectedNetPnl, "expectedNetPnl");
    }
}
