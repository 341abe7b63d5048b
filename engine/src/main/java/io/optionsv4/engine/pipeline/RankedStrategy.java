package io.optionsv4.engine.pipeline;

import io.optionsv4.core.exit.ExitPlan;
import io.optionsv4.core.exit.PlanProbabilities;
import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.CandidateEconomics;
import io.optionsv4.core.selection.RankedCandidate;
import io.optionsv4.core.selection.StrategyRecommendation;
import java.util.Optional;

/**
 * One kept strategy of a symbol: the ranked candidate, its exit plan and the record that is stored.
 *
 * @param rank 1 for the best of the symbol
 * @param ranked the candidate with its scores
 * @param exitPlan profit targets, stop, time exit, Greek triggers and adjustments
 * @param recommendation what the analysis store keeps
 * @param planProbabilities P(target first), P(stop first), P(time exit), plan PoP and expected P&amp;L under the plan
 * @param nearExpiryKind whether the (near) expiry traded is a weekly or the monthly
 * @param planCostsIncluded whether {@code planProbabilities} are net of the cost stack
 */
public record RankedStrategy(
        int rank,
        RankedCandidate ranked,
        ExitPlan exitPlan,
        StrategyRecommendation recommendation,
        PlanProbabilities planProbabilities,
        ExpiryKind nearExpiryKind,
        boolean planCostsIncluded) {
    /** Validates the components. */
    public RankedStrategy {
        Checks.argument(rank >= 1, "rank must be >= 1 but was " + rank);
        Checks.notNull(ranked, "ranked");
        Checks.notNull(exitPlan, "exitPlan");
        Checks.notNull(recommendation, "recommendation");
        Checks.notNull(planProbabilities, "planProbabilities");
        Checks.notNull(nearExpiryKind, "nearExpiryKind");
    }

    /** Returns the candidate's trade economics (costs, net figures, capital), when they were priced. */
    public Optional<CandidateEconomics> economics() {
        return ranked.candidate().economics();
    }

    /** Returns the capital the position ties up, when it was priced: the input allocation sizes by. */
    public Optional<Money> capitalRequired() {
        return economics().map(CandidateEconomics::capitalRequired);
    }
}
