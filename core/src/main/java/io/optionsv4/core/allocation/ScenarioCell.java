package io.optionsv4.core.allocation;

import io.optionsv4.core.result.Checks;

/**
 * The portfolio's P&amp;L in one scenario.
 *
 * @param niftyMove NIFTY's move as a fraction (−0.05 = −5 %); each stock moves by its beta times this
 * @param volShiftPoints the shift of every leg's implied volatility, in volatility points (+5 = 20 % to 25 %)
 * @param daysForward calendar days elapsed (0 = now)
 * @param pnl the portfolio's P&amp;L against the legs' entry prices, rupees
 */
public record ScenarioCell(double niftyMove, double volShiftPoints, int daysForward, double pnl) {

    /** Validates the cell. */
    public ScenarioCell {
        Checks.finite(niftyMove, "niftyMove");
        Checks.finite(volShiftPoints, "volShiftPoints");
        Checks.argument(daysForward >= 0, () -> "daysForward must be >= 0 but was " + daysForward);
        Checks.finite(pnl, "pnl");
    }
}
