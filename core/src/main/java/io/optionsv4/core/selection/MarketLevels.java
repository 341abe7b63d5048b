package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;

/**
 * The levels the monitor watches ({@code strategy_monitoring}): max pain of the near expiry and the volume profile's
 * value area, all in rupees.
 *
 * @param maxPain the strike at which option holders lose the most at expiry, {@code > 0}
 * @param valueAreaLow lower edge of the value area (about 70 % of traded volume), {@code > 0}
 * @param pointOfControl the price with the most traded volume, within the value area
 * @param valueAreaHigh upper edge of the value area
 */
public record MarketLevels(double maxPain, double valueAreaLow, double pointOfControl, double valueAreaHigh) {

    /** Validates the levels and their order. */
    public MarketLevels {
        Checks.positive(maxPain, "maxPain");
        Checks.positive(valueAreaLow, "valueAreaLow");
        Checks.positive(pointOfControl, "pointOfControl");
        Checks.positive(valueAreaHigh, "valueAreaHigh");
        Checks.argument(
                valueAreaLow <= pointOfControl && pointOfControl <= valueAreaHigh,
                "value area must satisfy low <= point of control <= high but was " + valueAreaLow + ", "
                        + pointOfControl + ", " + valueAreaHigh);
    }
}
