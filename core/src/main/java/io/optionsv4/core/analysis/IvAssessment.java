package io.optionsv4.core.analysis;

import io.optionsv4.core.result.Checks;
import java.util.OptionalDouble;

/**
 * The implied-volatility picture of one underlying as of one day, saying where each figure came from. Maps onto the
 * stored {@code core.selection.IvAnalysis}: {@code current} → atmIv, {@code realizedVolatility} →
 * historicalVolatility, and the statistics' rank, percentile and environment.
 *
 * @param current today's volatility (annualised decimal): the ATM IV, or realised volatility when no option is priced
 * @param currentSource {@link VolatilitySource#IMPLIED} for an ATM IV, {@link VolatilitySource#REALIZED} for the
 *     fallback
 * @param statistics IV rank and percentile of {@code current} against the history
 * @param historySource {@link VolatilitySource#IMPLIED} when the stored IV history was long enough, else {@link
 *     VolatilitySource#REALIZED}: the rolling 20-day realised volatility of the past year
 * @param realizedVolatility today's 20-day realised volatility (annualised decimal)
 * @param skew25Delta put minus call IV at 25 delta, if the chain had both
 */
public record IvAssessment(
        double current,
        VolatilitySource currentSource,
        IvStatistics statistics,
        VolatilitySource historySource,
        double realizedVolatility,
        OptionalDouble skew25Delta)
        implements IvResult {

    /** Validates the components. */
    public IvAssessment {
        Checks.nonNegative(current, "current");
        Checks.notNull(currentSource, "currentSource");
        Checks.notNull(statistics, "statistics");
        Checks.notNull(historySource, "historySource");
        Checks.nonNegative(realizedVolatility, "realizedVolatility");
        Checks.notNull(skew25Delta, "skew25Delta");
    }

    /** Returns the IV environment of the percentile. */
    public IvEnvironment environment() {
        return statistics.environment();
    }

    /**
     * Returns what mean reversion suggests for IV: {@link MeanReversion#EXPECT_FALL} at an IV percentile of 80 % or
     * more, {@link MeanReversion#EXPECT_RISE} at 20 % or less, else {@link MeanReversion#NONE}.
     */
    public MeanReversion meanReversion() {
        if (statistics.ivPercentile() >= 0.80) {
            return MeanReversion.EXPECT_FALL;
        }
        return statistics.ivPercentile() <= 0.20 ? MeanReversion.EXPECT_RISE : MeanReversion.NONE;
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

    /** Returns true when any figure fell back to realised volatility. */
    public boolean usesRealizedFallback() {
        return currentSource == VolatilitySource.REALIZED || historySource == VolatilitySource.REALIZED;
    }
}
