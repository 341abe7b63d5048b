package io.optionsv4.core.allocation;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.result.Checks;

/**
 * One option leg of a candidate, as the scenario grid revalues it with Black–Scholes–Merton.
 *
 * @param right call or put
 * @param strike strike price, rupees, {@code > 0}
 * @param yearsToExpiry time to the leg's expiry as of the allocation day ({@code TimeToExpiry}), {@code >= 0}
 * @param impliedVol the leg's implied volatility, annual decimal (0.20 = 20 %), {@code >= 0}
 * @param unitsPerLot signed units of the option in one lot of the strategy (lot size × ratio; positive long, negative
 *     short), not 0
 * @param entryPricePerUnit the price the leg is (or was) entered at, rupees per unit, {@code >= 0}
 */
public record AllocationLeg(
        Right right,
        double strike,
        double yearsToExpiry,
        double impliedVol,
        int unitsPerLot,
        double entryPricePerUnit) {

    /** Validates the leg. */
    public AllocationLeg {
        Checks.notNull(right, "right");
        Checks.positive(strike, "strike");
        Checks.nonNegative(yearsToExpiry, "yearsToExpiry");
        Checks.nonNegative(impliedVol, "impliedVol");
        Checks.nonZero(unitsPerLot, "unitsPerLot");
        Checks.nonNegative(entryPricePerUnit, "entryPricePerUnit");
    }
}
