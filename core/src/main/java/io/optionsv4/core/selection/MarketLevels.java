package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;
import java.util.OptionalDouble;

/**
 * The levels the monitor watches ({@code strategy_monitoring}): max pain of the near expiry and the volume profile's
 * value area, all in rupees. The value area is absent (all three together) for an underlying without a price history.
 *
 * @param maxPain the strike at which option holders lose the most at expiry, {@code > 0}
 * @param valueAreaLow lower edge of the value area (about 70 % of traded volume), {@code > 0}
 * @param pointOfControl the price with the most traded volume, within the value area
 * @param valueAreaHigh upper edge of the value area
 */
public record MarketLevels(
        double maxPain, OptionalDouble valueAreaLow, OptionalDouble pointOfControl, OptionalDouble valueAreaHigh) {

    /** Validates the levels and their order. */
    public MarketLevels {
        Checks.positive(maxPain, "maxPain");
        Checks.notNull(valueAreaLow, "valueAreaLow");
        Checks.notNull(pointOfControl, "pointOfControl");
        Checks.notNull(valueAreaHigh, "valueAreaHigh");
        Checks.argument(
                valueAreaLow.isPresent() == pointOfControl.isPresent()
                        && pointOfControl.isPresent() == valueAreaHigh.isPresent(),
                "the value area's low, point of control and high must be all present or all absent");
        if (valueAreaLow.isPresent()) {
            double low = Checks.positive(valueAreaLow.getAsDouble(), "valueAreaLow");
            double poc = Checks.positive(pointOfControl.getAsDouble(), "pointOfControl");
            double high = Checks.positive(valueAreaHigh.getAsDouble(), "valueAreaHigh");
            Checks.argument(
                    low <= poc && poc <= high,
                    "value area must satisfy low <= point of control <= high but was " + low + ", " + poc + ", "
                            + high);
        }
    }

    /** Returns the levels with a value area. */
    public static MarketLevels of(double maxPain, double valueAreaLow, double pointOfControl, double valueAreaHigh) {
        return new MarketLevels(
                maxPain,
                OptionalDouble.of(valueAreaLow),
                OptionalDouble.of(pointOfControl),
                OptionalDouble.of(valueAreaHigh));
    }

    /** Returns the levels of an underlying without a price history: max pain only. */
    public static MarketLevels withoutValueArea(double maxPain) {
        return new MarketLevels(maxPain, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }
}
