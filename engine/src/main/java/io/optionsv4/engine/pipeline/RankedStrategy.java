package io.optionsv4.engine.pipeline;

import io.optionsv4.core.exit.ExitPlan;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.RankedCandidate;
import io.optionsv4.core.selection.StrategyRecommendation;

/**
 * One kept strategy of a symbol: the ranked candidate, its exit plan and the record that is stored.
 *
 * @param rank 1 for the best of the symbol
 * @param ranked the candidate with its scores
 * @param exitPlan profit targets, stop, time exit, Greek triggers and adjustments
 * @param recommendation what the analysis store keeps
 */
public record RankedStrategy(
        int rank, RankedCandidate ranked, ExitPlan exitPlan, StrategyRecommendation recommendation) {
    /** Validates the components. */
    public RankedStrategy {
        Checks.argument(rank >= 1, "rank must be >= 1 but was " + rank);
        Checks.notNull(ranked, "ranked");
        Checks.notNull(exitPlan, "exitPlan");
        Checks.notNull(recommendation, "recommendation");
    }
}
