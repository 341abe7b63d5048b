package io.optionsv4.core.conditions;

import io.optionsv4.core.analysis.IvStatistics;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * India VIX as of one day: its level, its 1-year statistics where there is enough history, and the regime.
 *
 * @param asOf the day of the VIX close used
 * @param level India VIX close in volatility points (13.5 = 13.5 %), {@code >= 0}
 * @param statistics percentile and rank over the past 252 sessions, empty with too little history
 * @param regime the regime by the {@link VixThresholds}
 * @param confidence 1 when level and percentile agree, 0.75 with the level alone, 0.5 when they disagree
 */
public record VixAssessment(
        LocalDate asOf, double level, Optional<IvStatistics> statistics, VixRegime regime, double confidence) {

    /** Validates the figures. */
    public VixAssessment {
        Checks.notNull(asOf, "asOf");
        Checks.nonNegative(level, "level");
        Checks.notNull(statistics, "statistics");
        Checks.notNull(regime, "regime");
        Checks.argument(confidence >= 0 && confidence <= 1, () -> "confidence must be in [0, 1] but was " + confidence);
    }

    /**
     * Assesses India VIX from its daily closes.
     *
     * @param asOf the day of the last close in {@code closes}
     * @param closes India VIX closes of consecutive sessions, oldest first, the as-of session last; not empty
     * @param thresholds the regime thresholds
     * @throws IllegalArgumentException when {@code closes} is empty
     */
    public static VixAssessment of(LocalDate asOf, List<Double> closes, VixThresholds thresholds) {
        Checks.argument(!Checks.notNull(closes, "closes").isEmpty(), "closes must not be empty");
        Checks.notNull(thresholds, "thresholds");
        double level = closes.get(closes.size() - 1);
        VixRegime byLevel = thresholds.byLevel(level);
        IvStatistics statistics = IvStatistics.of(closes);
        if (statistics.observations() < thresholds.minObservations()) {
            return new VixAssessment(asOf, level, Optional.empty(), byLevel, 0.75);
        }
        VixRegime byPercentile = thresholds.byPercentile(statistics.ivPercentile());
        VixRegime regime = VixThresholds.combine(byLevel, byPercentile);
        return new VixAssessment(asOf, level, Optional.of(statistics), regime, byLevel == byPercentile ? 1 : 0.5);
    }
}
