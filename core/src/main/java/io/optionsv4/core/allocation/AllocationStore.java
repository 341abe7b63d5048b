package io.optionsv4.core.allocation;

import io.optionsv4.core.selection.StrategyId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The persistence port of portfolio allocation: the plan outcomes the analysis stores per strategy, the stored
 * strategies an allocation starts from, and the allocations made.
 *
 * <p>Implementations are thread-safe and throw {@code core.result.StoreException} when the store fails.
 */
public interface AllocationStore {

    /**
     * Stores (or replaces) the plan outcome distribution of a stored strategy.
     *
     * @param id the stored strategy
     * @param lotSize the exchange lot size its legs were constructed with, {@code > 0}
     * @param perLot P(target), P(stop), P(time) and the mean P&amp;L of each, rupees per strategy lot
     */
    void storePlanOutcomes(StrategyId id, int lotSize, OutcomeDistribution perLot);

    /** Stores (or replaces) the plan outcomes of many stored strategies, in one transaction: all or none. */
    void storePlanOutcomes(List<PlanOutcome> outcomes);

    /** Returns the latest trade date with stored strategies, empty when none is stored. */
    Optional<LocalDate> latestAnalysisDate();

    /** Returns the strategies stored for {@code tradeDate} in id order, with their legs and plan outcomes. */
    List<StoredStrategy> strategies(LocalDate tradeDate);

    /**
     * Stores an allocation and its items and marks every allocated strategy ALLOCATED with its lots, in one
     * transaction.
     *
     * @return the allocation's id
     */
    long save(StoredAllocation allocation);

    /** Reads back a stored allocation, empty when no allocation has this id. */
    Optional<StoredAllocation> find(long allocationId);
}
