package io.optionsv4.core.analysis;

import io.optionsv4.core.market.Candle;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Assesses an underlying's implied volatility: today's ATM IV ({@link IvSummary}) ranked against the stored ATM IV
 * history ({@link IvStatistics}); never a fixed default. Fallbacks, each reported in the {@link IvAssessment}:
 *
 * <ul>
 *   <li>fewer than {@value #MIN_IV_HISTORY} stored IVs → rank against the rolling {@value
 *       RealizedVolatility#DEFAULT_WINDOW}-day realised volatility of the past year;
 *   <li>no priced ATM option → today's realised volatility stands in for the ATM IV.
 * </ul>
 *
 * <p>Stateless.
 */
public final class IvAnalyzer {

    /** Stored IV observations needed before they are used as the history. */
    public static final int MIN_IV_HISTORY = 20;

    private IvAnalyzer() {}

    /**
     * Assesses the IV as of {@code asOf}.
     *
     * @param today today's chain summary of the near expiry, if any ATM option was priced
     * @param ivHistory stored ATM IVs of earlier days, oldest first, today excluded
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
        double current = today.map(IvSummary::atmIv).orElse(realized);
        VolatilitySource currentSource = today.isPresent() ? VolatilitySource.IMPLIED : VolatilitySource.REALIZED;
        boolean enoughIv = ivHistory.size() >= MIN_IV_HISTORY;
        List<Double> history = new ArrayList<>(
                enoughIv ? ivHistory : RealizedVolatility.history(candles, asOf, RealizedVolatility.DEFAULT_WINDOW));
        if (!enoughIv) {
            history.remove(history.size() - 1); // today's realised figure; today's current takes its place
        }
        history.add(current);
        return new IvAssessment(
                current,
                currentSource,
                IvStatistics.of(history),
                enoughIv ? VolatilitySource.IMPLIED : VolatilitySource.REALIZED,
                realized,
                today.map(IvSummary::skew25Delta).orElse(OptionalDouble.empty()));
    }
}
