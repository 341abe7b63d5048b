package io.optionsv4.marketdata.reference;

import io.optionsv4.core.result.Checks;
import java.time.LocalDate;

/**
 * The spacing of an underlying's option strikes near the money, as observed in a real bhavcopy: the most common
 * difference between the 11 near-month strikes nearest the underlying price on {@code observedOn}. NSE sets strike
 * intervals by price band and revises them, so the step is a fact of its observation date, not a rule.
 *
 * @param step strike spacing in rupees (index points for indices), positive
 * @param observedOn trade date of the bhavcopy it was read from
 * @param source the file it was read from, relative to the shared data directory
 */
public record StrikeStep(double step, LocalDate observedOn, String source) {

    /** Validates the step (positive) and that the observation is named. */
    public StrikeStep {
        Checks.positive(step, "step");
        Checks.notNull(observedOn, "observedOn");
        Checks.notBlank(source, "source");
    }
}
