package io.optionsv4.core.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The persistence port of IV history: daily {@link IvSummary}s ({@code historical_iv_summary}) and the computed {@link
 * IvPercentile}s ({@code iv_percentiles}). Writes replace the row of the same symbol and day, so collecting a day twice
 * keeps one row. Implementations are thread-safe and throw {@code core.result.StoreException} on failure.
 */
public interface IvHistoryStore {

    /** Stores the summaries in one transaction, replacing any of the same symbol and day; returns how many. */
    int storeSummaries(List<IvSummary> summaries);

    /** Returns the days with at least one summary, oldest first. */
    List<LocalDate> collectedDays();

    /** Returns the stocks with at least one summary, sorted. */
    List<String> symbols();

    /**
     * Returns the 30-day constant-maturity ATM IVs ({@link IvSummary#thirtyDayIv}) of {@code symbol} over the last
     * {@code days} collected days that have one, up to {@code asOf} inclusive, oldest first. Days collected before the
     * figure was recorded are not in it.
     */
    List<Double> thirtyDayIvHistory(String symbol, LocalDate asOf, int days);

    /**
     * Returns, per symbol, the days from {@code from} to {@code to} inclusive with its 30-day ATM IV stored; symbols
     * without any are absent.
     */
    Map<String, Set<LocalDate>> thirtyDayIvDays(LocalDate from, LocalDate to);

    /** Returns the summary of {@code symbol} on {@code tradeDate}, if collected. */
    Optional<IvSummary> summary(String symbol, LocalDate tradeDate);

    /** Stores the percentiles in one transaction, replacing any of the same symbol and day; returns how many. */
    int storePercentiles(List<IvPercentile> percentiles);

    /** Returns the percentile of {@code symbol} as of {@code asOf}, if computed. */
    Optional<IvPercentile> percentile(String symbol, LocalDate asOf);
}
