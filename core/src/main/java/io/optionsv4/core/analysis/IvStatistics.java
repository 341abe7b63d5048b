package io.optionsv4.core.analysis;

import io.optionsv4.core.result.Checks;
import java.util.List;

/**
 * IV rank and IV percentile of today's implied volatility against its own trailing history.
 *
 * <ul>
 *   <li>IV rank = {@code (current − min) / (max − min)} over the window, today included; 0 when max equals min.
 *   <li>IV percentile = the share of the window's earlier days whose IV was strictly below today's; 0 with no earlier
 *       day.
 * </ul>
 *
 * <p>Both are fractions in [0, 1] (0.75 = 75 %). The window is the last {@value #WINDOW_DAYS} trading days that have an
 * observation (about one year), today included. Pure and thread-safe.
 *
 * @param current today's implied volatility (annualised decimal)
 * @param ivRank the IV rank in [0, 1]
 * @param ivPercentile the IV percentile in [0, 1]
 * @param min the lowest IV of the window
 * @param max the highest IV of the window
 * @param observations how many days the window held, today included
 */
public record IvStatistics(
        double current, double ivRank, double ivPercentile, double min, double max, int observations) {

    /** The window of trading days, about one year. */
    public static final int WINDOW_DAYS = 252;

    /** Validates the figures. */
    public IvStatistics {
        Checks.nonNegative(current, "current");
        Checks.argument(ivRank >= 0 && ivRank <= 1, () -> "ivRank must be in [0, 1] but was " + ivRank);
        Checks.argument(
                ivPercentile >= 0 && ivPercentile <= 1, () -> "ivPercentile must be in [0, 1] but was " + ivPercentile);
        Checks.argument(
                min <= current && current <= max,
                () -> "current " + current + " must be in [" + min + ", " + max + "]");
        Checks.positive(observations, "observations");
    }

    /**
     * Computes the statistics of the last entry of {@code history} over the last {@value #WINDOW_DAYS} entries.
     *
     * @param history implied volatilities of consecutive observed trading days, oldest first, today last; each finite
     *     and {@code >= 0}
     * @throws IllegalArgumentException when the history is empty or holds a negative or non-finite value
     */
    public static IvStatistics of(List<Double> history) {
        Checks.argument(!Checks.notNull(history, "history").isEmpty(), "history must not be empty");
        List<Double> window = history.subList(Math.max(0, history.size() - WINDOW_DAYS), history.size());
        double current = window.get(window.size() - 1);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int below = 0;
        for (int i = 0; i < window.size(); i++) {
            double iv = Checks.nonNegative(window.get(i), "history[" + i + "]");
            min = Math.min(min, iv);
            max = Math.max(max, iv);
            if (i < window.size() - 1 && iv < current) {
                below++;
            }
        }
        double rank = max > min ? (current - min) / (max - min) : 0;
        double percentile = window.size() > 1 ? (double) below / (window.size() - 1) : 0;
        return new IvStatistics(current, rank, percentile, min, max, window.size());
    }

    /** Returns the environment this percentile puts today in. */
    public IvEnvironment environment() {
        return IvEnvironment.ofPercentile(ivPercentile);
    }
}
