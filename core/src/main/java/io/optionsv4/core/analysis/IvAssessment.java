package io.optionsv4.core.analysis;

import io.optionsv4.core.result.Checks;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The implied-volatility picture of one underlying as of one day, saying where each figure came from. Maps onto the
 * stored {@code core.selection.IvAnalysis}: {@code current} → atmIv, {@code realizedVolatility} →
 * historicalVolatility, and the statistics' rank, percentile and environment (each absent when unavailable).
 *
 * <p>The IV rank and percentile compare today's 30-day constant-maturity ATM IV with the stored history of the same
 * figure only: with fewer than {@value IvAnalyzer#MIN_IV_HISTORY} stored days, or without a priced ATM option today,
 * they are unavailable ({@link #rankUnavailable()} says why), never ranked against realised volatility, which is a
 * different quantity (implied volatility exceeds it most of the time, so such a rank reads high).
 *
 * @param current today's volatility (annualised decimal): the 30-day constant-maturity ATM IV ({@link
 *     ConstantMaturityIv}), or realised volatility when no option is priced
 * @param currentSource {@link VolatilitySource#IMPLIED} for the ATM IV, {@link VolatilitySource#REALIZED} for the
 *     fallback
 * @param statistics IV rank and percentile of {@code current} against the stored 30-day IV history, when available
 * @param historyObservations stored 30-day ATM IVs of the days before, {@code >= 0}
 * @param realizedVolatility today's 20-day realised volatility (annualised decimal); absent for an underlying analysed
 *     from its chains alone ({@link AnalysisBasis#CHAINS_ONLY})
 * @param skew25Delta put minus call IV at 25 delta of the series traded, if the chain had both
 */
public record IvAssessment(
        double current,
        VolatilitySource currentSource,
        Optional<IvStatistics> statistics,
        int historyObservations,
        OptionalDouble realizedVolatility,
        OptionalDouble skew25Delta)
        implements IvResult {

    /** Validates the components. */
    public IvAssessment {
        Checks.nonNegative(current, "current");
        Checks.notNull(currentSource, "currentSource");
        Checks.notNull(statistics, "statistics");
        Checks.argument(
                statistics.isEmpty() || currentSource == VolatilitySource.IMPLIED,
                "an IV rank needs today's implied volatility, not " + currentSource);
        Checks.argument(
                historyObservations >= 0, () -> "historyObservations must be >= 0 but was " + historyObservations);
        Checks.notNull(realizedVolatility, "realizedVolatility");
        realizedVolatility.ifPresent(v -> Checks.nonNegative(v, "realizedVolatility"));
        Checks.argument(
                realizedVolatility.isPresent() || currentSource == VolatilitySource.IMPLIED,
                "without a realised volatility today's figure must be implied");
        Checks.notNull(skew25Delta, "skew25Delta");
    }

    /** Returns the IV environment of the percentile, when the rank is available. */
    public Optional<IvEnvironment> environment() {
        return statistics.map(IvStatistics::environment);
    }

    /**
     * Returns what mean reversion suggests for IV, when the rank is available: {@link MeanReversion#EXPECT_FALL} at an
     * IV percentile of 80 % or more, {@link MeanReversion#EXPECT_RISE} at 20 % or less, else {@link
     * MeanReversion#NONE}.
     */
    public Optional<MeanReversion> meanReversion() {
        return statistics.map(s -> {
            if (s.ivPercentile() >= 0.80) {
                return MeanReversion.EXPECT_FALL;
            }
            return s.ivPercentile() <= 0.20 ? MeanReversion.EXPECT_RISE : MeanReversion.NONE;
        });
    }

    /** The direction implied volatility is expected to revert in. */
    public enum MeanReversion {
        /** IV is high against its history and tends to fall: favours selling premium. */
        EXPECT_FALL,
        /** IV is low against its history and tends to rise: favours buying premium. */
        EXPECT_RISE,
        /** IV sits in the middle of its history. */
        NONE
    }

    /** Returns why the IV rank and percentile are unavailable, or empty when they are available. */
    public Optional<String> rankUnavailable() {
        if (statistics.isPresent()) {
            return Optional.empty();
        }
        if (currentSource == VolatilitySource.REALIZED) {
            return Optional.of("no priced ATM option today, so no implied volatility to rank");
        }
        return Optional.of(
                historyObservations + " stored 30-day ATM IVs before today, " + IvAnalyzer.MIN_IV_HISTORY + " needed");
    }

    /** Returns true when today's figure fell back to realised volatility (no priced ATM option). */
    public boolean usesRealizedFallback() {
        return currentSource == VolatilitySource.REALIZED;
    }
}
