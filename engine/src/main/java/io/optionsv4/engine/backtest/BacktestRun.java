package io.optionsv4.engine.backtest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a backtest ran on and how it ended.
 *
 * @param runId the stored run's id (unique per run)
 * @param from the first trading day asked for
 * @param to the last trading day asked for
 * @param data the market: {@code history} (real NIFTY and India VIX, model chains) or {@code sim}
 * @param risk the risk profile the analysis and allocation ran with
 * @param capitalPaise the starting capital in paise
 * @param seed the seed of every random choice in the run
 * @param startedAt when the run started (wall clock)
 * @param elapsed how long it took (wall clock)
 * @param sessions trading days simulated
 * @param complete false when the run stopped before {@code to}; such a run is never reported as complete
 * @param priceNotice what the option prices are (for the history market: model prices anchored on real NIFTY and
 *     India VIX, not traded prices); printed on every report
 * @param warnings everything the run reported along the way (carried-forward VIX days, skipped days, ...)
 */
public record BacktestRun(
        String runId,
        LocalDate from,
        LocalDate to,
        String data,
        String risk,
        long capitalPaise,
        long seed,
        Instant startedAt,
        Duration elapsed,
        int sessions,
        boolean complete,
        String priceNotice,
        List<String> warnings) {

    public BacktestRun {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        if (capitalPaise <= 0) {
            throw new IllegalArgumentException("capital must be positive, was " + capitalPaise + " paise");
        }
        warnings = List.copyOf(warnings);
    }
}
