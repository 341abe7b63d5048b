package io.optionsv4.engine.pipeline;

import io.optionsv4.core.allocation.AllocationStore;
import io.optionsv4.core.allocation.OutcomeDistribution;
import io.optionsv4.core.allocation.PlanOutcome;
import io.optionsv4.core.exit.PlanProbabilities;
import io.optionsv4.core.selection.StoreReceipt;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a symbol's plan probabilities into the per-lot outcome distributions the allocator sizes with, and stores
 * them beside the stored strategies. A strategy lot is one strategy as constructed, so the simulated P&amp;L of the
 * whole position is already per lot.
 */
final class PlanOutcomes {

    private PlanOutcomes() {}

    /**
     * Stores one distribution per stored strategy, in one transaction; the receipt's ids are in the order of {@code
     * strategies}.
     */
    static void store(AllocationStore store, StoreReceipt receipt, List<RankedStrategy> strategies) {
        store.storePlanOutcomes(of(receipt, strategies));
    }

    /** Returns one distribution per stored strategy; the receipt's ids are in the order of {@code strategies}. */
    static List<PlanOutcome> of(StoreReceipt receipt, List<RankedStrategy> strategies) {
        List<PlanOutcome> outcomes = new ArrayList<>(strategies.size());
        for (int i = 0; i < receipt.strategyIds().size() && i < strategies.size(); i++) {
            RankedStrategy s = strategies.get(i);
            outcomes.add(new PlanOutcome(
                    receipt.strategyIds().get(i), s.ranked().candidate().lotSize(), of(s.planProbabilities())));
        }
        return outcomes;
    }

    /** Returns the outcome distribution of {@code p}: its three probabilities with the mean P&amp;L of each. */
    static OutcomeDistribution of(PlanProbabilities p) {
        return new OutcomeDistribution(p.target(), p.stop(), p.time(), p.targetPnl(), p.stopPnl(), p.timePnl());
    }
}
