package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;

/**
 * The one-sigma expected move of the stock over a horizon and the range it spans ({@code strategy_expected_moves}); see
 * {@code core.probability.ExpectedMove}.
 *
 * @param horizonDays calendar days ahead, {@code > 0}
 * @param move the expected move in rupees, {@code >= 0}
 * @param lowerBound the spot minus the move (floored at 0), rupees
 * @param upperBound the spot plus the move, rupees, not below {@code lowerBound}
 */
public record ExpectedMoveRange(int horizonDays, double move, double lowerBound, double upperBound) {

    /** Validates the range. */
    public ExpectedMoveRange {
        Checks.positive(horizonDays, "horizonDays");
        Checks.nonNegative(move, "move");
        Checks.nonNegative(lowerBound, "lowerBound");
        Checks.nonNegative(upperBound, "upperBound");
        Checks.argument(
                lowerBound <= upperBound,
                () -> "lowerBound " + lowerBound + " must not exceed upperBound " + upperBound);
    }
}
