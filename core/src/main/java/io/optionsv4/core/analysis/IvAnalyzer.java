package io.optionsv4.core.analysis;

import io.optionsv4.core.market.Candle;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Assesses an underlying's implied volatility: today's 30-day constant-maturity ATM IV ({@link IvSummary#thirtyDayIv},
 * {@link ConstantMaturityIv}) ranked against the stored history of the same figure ({@link IvStatistics}); never a
 * fixed default, and never against realised volatility. What is missing is reported in the {@link IvAssessment}:
 *
 * <ul>
 *   <li>fewer than {@value #MIN_IV_HISTORY} stored 30-day IVs → no rank, percentile or environment ({@link
 *       IvAssessment#rankUnavailable()}); the strategy fit then ignores the IV environment and the ranking's IV fit is
 *       neutral;
 *   <li>no priced ATM option → today's realised volatility stands in for the ATM IV (expected moves, profile), and
 *       there is no rank either.
 * </ul>
 *
 * <p>Stateless.
 */
public final class IvAnalyzer {

    /** Stored IV observations needed before an IV rank is given. */
    public static final int MIN_IV_HISTORY = 20;

    private IvAnalyzer() {}

    /**
     * Assesses the IV as of {@code asOf}.
     *
     * @param today the day's summary ({@link IvSummarizer#summarizeDay}), if any ATM option was priced
     * @param ivHistory stored 30-day ATM IVs of earlier days, oldest first, today excluded
     * @param candles the underlying's daily candles, strictly increasing dates
     * @param asOf the analysis day
     * @return the assessment, or {@link InsufficientHistory} with fewer than {@value RealizedVolatility#DEFAULT_WINDOW}
     *     + 1 candles
     */
    public static IvResult assess(
            Optional<IvSummary> today, List<Double> ivHistory, List<Candle> candles, LocalDate asOf) {
        Checks.notNull(today, "today");
        Checks.notNull(ivHistory, "ivHistory");
        IndicatorReading rv = RealizedVolatility.closeToClose(candles, asOf, RealizedVolatility.DEFAULT_WINDOW);
        if (rv instanceof InsufficientHistory missing) {
            return missing;
        }
        double realized = ((IndicatorReading.Value) rv).value();
        Optional<Double> implied = today.map(s -> s.thirtyDayIv().orElse(s.atmIv()));
        return new IvAssessment(
                implied.orElse(realized),
                implied.isPresent() ? VolatilitySource.IMPLIED : VolatilitySource.REALIZED,
                statistics(implied, ivHistory),
                ivHistory.size(),
                OptionalDouble.of(realized),
                today.map(IvSummary::skew25Delta).orElse(OptionalDouble.empty()));
    }

    /**
     * Assesses the IV of an underlying without a price history ({@link AnalysisBasis#CHAINS_ONLY}): today's 30-day
     * ATM IV ranked against the stored history as {@link #assess}, without a realised volatility.
     *
     * @return the assessment, or {@link InsufficientHistory} when no ATM option is priced today (nothing to assess)
     */
    public static IvResult assessFromChains(Optional<IvSummary> today, List<Double> ivHistory) {
        Checks.notNull(today, "today");
        Checks.notNull(ivHistory, "ivHistory");
        if (today.isEmpty()) {
            return new InsufficientHistory("priced ATM options (no price history either)", 1, 0);
        }
        Optional<Double> implied = today.map(s -> s.thirtyDayIv().orElse(s.atmIv()));
        return new IvAssessment(
                implied.get(),
                VolatilitySource.IMPLIED,
                statistics(implied, ivHistory),
                ivHistory.size(),
                OptionalDouble.empty(),
                today.get().skew25Delta());
    }

    private static Optional<IvStatistics> statistics(Optional<Double> implied, List<Double> ivHistory) {
        if (implied.isEmpty() || ivHistory.size() < MIN_IV_HISTORY) {
            return Optional.empty();
        }
        List<Double> history = new ArrayList<>(ivHistory);
        history.add(implied.get());
        return Optional.of(IvStatistics.of(history));
    }
}
