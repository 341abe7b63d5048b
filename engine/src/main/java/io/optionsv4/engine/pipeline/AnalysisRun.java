package io.optionsv4.engine.pipeline;

import io.optionsv4.core.conditions.MarketConditionsResult;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.RiskTolerance;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The result of one {@code analyze} run.
 *
 * @param asOf the trading day analysed
 * @param risk the risk tolerance applied
 * @param market the market conditions, or what was missing to evaluate them
 * @param indiaVix the day's India VIX close
 * @param outcomes one per symbol, in the order the symbols were given (the universe's order otherwise)
 * @param summary the counts
 * @param stored symbols whose analysis was stored
 * @param warnings problems that did not stop the run (e.g. market conditions not stored)
 * @param elapsed wall time of the run
 */
public record AnalysisRun(
        LocalDate asOf,
        RiskTolerance risk,
        MarketConditionsResult market,
        double indiaVix,
        List<SymbolOutcome> outcomes,
        RunSummary summary,
        int stored,
        List<String> warnings,
        Duration elapsed) {
    /** Validates the components and copies the lists. */
    public AnalysisRun {
        Checks.notNull(asOf, "asOf");
        Checks.notNull(risk, "risk");
        Checks.notNull(market, "market");
        Checks.nonNegative(indiaVix, "indiaVix");
        outcomes = List.copyOf(Checks.notNull(outcomes, "outcomes"));
        Checks.notNull(summary, "summary");
        warnings = List.copyOf(Checks.notNull(warnings, "warnings"));
        Checks.notNull(elapsed, "elapsed");
    }
}
