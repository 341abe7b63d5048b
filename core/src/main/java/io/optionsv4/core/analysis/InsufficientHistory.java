package io.optionsv4.core.analysis;

import io.optionsv4.core.result.Checks;

/**
 * Not enough history to compute a figure: the explicit result of a warm-up period, never replaced by a default.
 *
 * @param what the figure that could not be computed, e.g. {@code "RSI 14"}
 * @param required observations (candles) the figure needs, {@code > 0}
 * @param available observations there were, {@code >= 0} and below {@code required}
 */
public record InsufficientHistory(String what, int required, int available)
        implements IndicatorReading, TrendResult, IvResult {

    /** Validates the counts. */
    public InsufficientHistory {
        Checks.notBlank(what, "what");
        Checks.positive(required, "required");
        Checks.argument(
                available >= 0 && available < required,
                "available must be in [0, " + required + ") but was " + available);
    }
}
