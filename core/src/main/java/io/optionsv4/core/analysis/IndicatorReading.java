package io.optionsv4.core.analysis;

import io.optionsv4.core.result.Checks;

/**
 * The value of one indicator on one day, or why there is none: {@link Value} once the indicator has warmed up, {@link
 * InsufficientHistory} before. Never a made-up number for a warm-up period.
 */
public sealed interface IndicatorReading permits IndicatorReading.Value, InsufficientHistory {

    /**
     * A warmed-up indicator's value.
     *
     * @param value the value, finite, in the indicator's own unit (price for moving averages and ATR, 0–100 for RSI
     *     and ADX)
     */
    record Value(double value) implements IndicatorReading {

        /** Validates that the value is finite. */
        public Value {
            Checks.finite(value, "value");
        }
    }
}
