package io.optionsv4.core.conditions;

import io.optionsv4.core.result.Checks;

/**
 * The thresholds that put India VIX into a {@link VixRegime}, by level and by 1-year percentile.
 *
 * <p>By level: below {@code lowLevel} is LOW, at or above {@code highLevel} HIGH, else NORMAL. By percentile (the
 * share of the past 252 sessions with a lower close, {@code core.analysis.IvStatistics}): below {@code
 * lowPercentile} LOW, above {@code highPercentile} HIGH, else NORMAL; used only with at least {@code
 * minObservations} sessions of history. The two readings vote −1 (LOW), 0, +1 (HIGH); the regime is the sign of the
 * sum, so agreement or one reading with the other NORMAL decides, and LOW against HIGH is NORMAL.
 *
 * @param lowLevel VIX points below which the level reads LOW (default 14)
 * @param highLevel VIX points from which the level reads HIGH (default 20), above {@code lowLevel}
 * @param lowPercentile percentile below which VIX reads LOW (default 0.25), in [0, 1]
 * @param highPercentile percentile above which VIX reads HIGH (default 0.75), above {@code lowPercentile}
 * @param minObservations sessions of history the percentile needs (default 120, about six months)
 */
public record VixThresholds(
        double lowLevel, double highLevel, double lowPercentile, double highPercentile, int minObservations) {

    /** The defaults: levels 14 and 20, percentiles 25 % and 75 %, at least 120 sessions for the percentile. */
    public static final VixThresholds DEFAULT = new VixThresholds(14, 20, 0.25, 0.75, 120);

    /** Validates the thresholds and their order. */
    public VixThresholds {
        Checks.positive(lowLevel, "lowLevel");
        Checks.argument(highLevel > lowLevel, () -> "highLevel " + highLevel + " must exceed lowLevel " + lowLevel);
        Checks.argument(
                0 <= lowPercentile && lowPercentile < highPercentile && highPercentile <= 1,
                "percentiles must satisfy 0 <= low < high <= 1 but were " + lowPercentile + ", " + highPercentile);
        Checks.positive(minObservations, "minObservations");
    }

    /** Returns the regime India VIX's level alone puts the market in. */
    public VixRegime byLevel(double vix) {
        Checks.nonNegative(vix, "vix");
        if (vix < lowLevel) {
            return VixRegime.LOW;
        }
        return vix >= highLevel ? VixRegime.HIGH : VixRegime.NORMAL;
    }

    /** Returns the regime India VIX's 1-year percentile alone puts the market in. */
    public VixRegime byPercentile(double percentile) {
        Checks.argument(percentile >= 0 && percentile <= 1, () -> "percentile must be in [0, 1] but was " + percentile);
        if (percentile < lowPercentile) {
            return VixRegime.LOW;
        }
        return percentile > highPercentile ? VixRegime.HIGH : VixRegime.NORMAL;
    }

    /** Returns the regime of the two readings combined (the sign of their votes' sum). */
    static VixRegime combine(VixRegime level, VixRegime percentile) {
        int sum = vote(level) + vote(percentile);
        if (sum == 0) {
            return VixRegime.NORMAL;
        }
        return sum > 0 ? VixRegime.HIGH : VixRegime.LOW;
    }

    private static int vote(VixRegime regime) {
        return switch (regime) {
            case LOW -> -1;
            case NORMAL -> 0;
            case HIGH -> 1;
        };
    }
}
