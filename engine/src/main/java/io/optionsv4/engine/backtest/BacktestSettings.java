package io.optionsv4.engine.backtest;

import io.optionsv4.core.allocation.AllocationSettings;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.engine.pipeline.AnalysisSettings;
import java.time.LocalDate;

/**
 * What a backtest runs: the range, the trader's risk profile and capital, the seed, and the settings of the analysis
 * and allocation (the live configuration's).
 *
 * @param runId the run's id (stored with its results)
 * @param from the first day
 * @param to the last day, not before {@code from}
 * @param risk the risk tolerance of analysis and allocation
 * @param capitalPaise the opening deposit of the paper account, paise, {@code > 0}
 * @param seed the seed the run records (the market's seed; the analysis' Monte Carlo seeds are its own and fixed)
 * @param analysis the analysis settings
 * @param allocation the allocator's settings
 */
public record BacktestSettings(
        String runId,
        LocalDate from,
        LocalDate to,
        RiskTolerance risk,
        long capitalPaise,
        long seed,
        AnalysisSettings analysis,
        AllocationSettings allocation) {

    /** Validates the components. */
    public BacktestSettings {
        Checks.notBlank(runId, "runId");
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Checks.argument(!to.isBefore(from), "--to " + to + " is before --from " + from);
        Checks.notNull(risk, "risk");
        Checks.argument(capitalPaise > 0, "capital must be > 0 but was " + capitalPaise + " paise");
        Checks.notNull(analysis, "analysis");
        Checks.notNull(allocation, "allocation");
    }
}
