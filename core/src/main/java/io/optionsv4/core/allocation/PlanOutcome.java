package io.optionsv4.core.allocation;

import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.StrategyId;

/**
 * The plan outcome distribution of one stored strategy, as {@link AllocationStore#storePlanOutcomes(java.util.List)}
 * stores it.
 *
 * @param id the stored strategy
 * @param lotSize the exchange lot size its legs were constructed with, {@code > 0}
 * @param perLot P(target), P(stop), P(time) and the mean P&amp;L of each, rupees per strategy lot
 */
public record PlanOutcome(StrategyId id, int lotSize, OutcomeDistribution perLot) {

    /** Validates the components. */
    public PlanOutcome {
        Checks.notNull(id, "id");
        Checks.positive(lotSize, "lotSize");
        Checks.notNull(perLot, "perLot");
    }
}
