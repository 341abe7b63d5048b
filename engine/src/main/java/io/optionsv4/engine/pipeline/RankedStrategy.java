package io.optionsv4.engine.pipeline;

import io.optionsv4.core.exit.ExitPlan;
import io.optionsv4.core.exit.PlanProbabilities;
import io.optionsv4.core.instrument.ExpiryKind;
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
 * @param planProbabilities P(target first), P(stop first), P(time exit), plan PoP and expected P&amp;L under the plan
 * @param nearExpiryKind whether the (near) expiry traded is a weekly or the monthly
 */
public record RankedStrategy(
        int rank,
        RankedCandidate ranked,
        ExitPlan exitPlan,
        StrategyRecommendation recommendation,
        PlanProbabilities planProbabilities,
        ExpiryKind nearExpiryKind) {
    /** Validates the components. */
    public RankedStrategy {
        Checks.argument(rank >= 1, "rank must be >= 1 but was " + rank);
        Checks.notNull(ranked, "ranked");
        Checks.notNull(exitPlan, "exitPlan");
        Checks.notNull(recommendation, "recommendation");
        Checks.notNull(planProbabilities, "planProbabilities");
        Checks.notNull(nearExpiryKind, "nearExpiryKind");
    }
}
