package io.optionsv4.core.analysis;

import io.optionsv4.core.result.Checks;

/**
 * One indicator's say in the trend: {@code +1} fully bullish, {@code −1} fully bearish, 0 no opinion.
 *
 * @param name the component, e.g. {@code "EMA 9/21"}
 * @param vote the vote in [−1, 1]
 */
public record TrendVote(String name, double vote) {

    /** Validates the vote. */
    public TrendVote {
        Checks.notBlank(name, "name");
        Checks.argument(vote >= -1 && vote <= 1, () -> "vote must be in [-1, 1] but was " + vote);
    }
}
