package io.optionsv4.store.memory;

import io.optionsv4.core.allocation.AllocationStore;
import io.optionsv4.core.allocation.OutcomeDistribution;
import io.optionsv4.core.allocation.PlanOutcome;
import io.optionsv4.core.allocation.StoredAllocation;
import io.optionsv4.core.allocation.StoredAllocationItem;
import io.optionsv4.core.allocation.StoredStrategy;
import io.optionsv4.core.portfolio.StrategyStatus;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.result.StoreException;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.store.memory.MemoryBooks.AllocatedLots;
import io.optionsv4.store.memory.MemoryBooks.PlanOutcomes;
import io.optionsv4.store.memory.MemoryBooks.StatusRow;
import io.optionsv4.store.memory.MemoryBooks.StrategyRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link AllocationStore} in memory, as {@code JdbiAllocationStore} keeps it: plan outcomes per stored strategy,
 * the strategies of a day in id order with their industry ({@code Unclassified} without a stock row), and allocations
 * numbered 1, 2, ... whose items mark their strategies ALLOCATED with their lots unless a strategy has moved past
 * MARKED. Thread-safe: each call holds the books' monitor.
 */
public final class MemoryAllocationStore implements AllocationStore {

    private final MemoryBooks books;

    /** Creates the store over {@code books}. */
    public MemoryAllocationStore(MemoryBooks books) {
        this.books = Checks.notNull(books, "books");
    }

    @Override
    public void storePlanOutcomes(StrategyId id, int lotSize, OutcomeDistribution perLot) {
        storePlanOutcomes(List.of(new PlanOutcome(id, lotSize, perLot)));
    }

    /** All or none: every strategy is checked before any is stored. */
    @Override
    public void storePlanOutcomes(List<PlanOutcome> outcomes) {
        Checks.notNull(outcomes, "outcomes").forEach(o -> Checks.notNull(o, "outcome"));
        synchronized (books) {
            for (PlanOutcome o : outcomes) {
                if (books.strategy(o.id().value()).isEmpty()) {
                    throw new StoreException("storing the plan outcomes of strategy " + o.id().value()
                            + " into strategy_plan_outcomes: no such strategy");
                }
            }
            outcomes.forEach(o -> books.planOutcomes.put(o.id().value(), new PlanOutcomes(o.lotSize(), o.perLot())));
        }
    }

    @Override
    public Optional<LocalDate> latestAnalysisDate() {
        synchronized (books) {
            return Optional.ofNullable(books.latestDay);
        }
    }

    @Override
    public List<StoredStrategy> strategies(LocalDate tradeDate) {
        Checks.notNull(tradeDate, "tradeDate");
        synchronized (books) {
            List<Long> ids = books.strategiesByDay.getOrDefault(tradeDate, List.of());
            List<StoredStrategy> out = new ArrayList<>(ids.size());
            for (long id : ids) {
                StrategyRow s = books.strategy(id).orElseThrow();
                PlanOutcomes o = books.planOutcomes.get(id);
                out.add(new StoredStrategy(
                        new StrategyId(id),
                        s.symbol(),
                        books.industry(s.symbol()),
                        s.children().strategyName(),
                        s.spot(),
                        s.conviction(),
                        s.totalScore(),
                        o == null ? Optional.empty() : Optional.of(o.lotSize()),
                        o == null ? Optional.empty() : Optional.of(o.perLot()),
                        s.children().legs()));
            }
            return out;
        }
    }

    @Override
    public long save(StoredAllocation allocation) {
        Checks.notNull(allocation, "allocation");
        synchronized (books) {
            Set<Long> seen = new HashSet<>();
            for (StoredAllocationItem i : allocation.items()) {
                long strategy = i.strategyId().value();
                if (books.strategy(strategy).isEmpty() || !seen.add(strategy)) {
                    throw new StoreException("storing the allocation of " + allocation.allocationDate()
                            + " into portfolio_allocations: item of strategy " + strategy
                            + (seen.contains(strategy) ? " twice" : ", which is not stored"));
                }
            }
            long id = books.allocations.size() + 1L;
            List<StoredAllocationItem> items = new ArrayList<>(allocation.items());
            items.sort(Comparator.comparingLong(i -> i.strategyId().value()));
            books.allocations.add(new StoredAllocation(
                    allocation.allocationDate(),
                    allocation.risk(),
                    allocation.capitalPaise(),
                    allocation.deployedPaise(),
                    allocation.expectedPnlPaise(),
                    items));
            for (StoredAllocationItem i : allocation.items()) {
                long strategy = i.strategyId().value();
                books.allocatedLots
                        .computeIfAbsent(strategy, s -> new ArrayList<>())
                        .add(new AllocatedLots(id, i.lots(), i.maxLossPaise()));
                StatusRow old = books.statuses.get(strategy);
                if (old == null || old.status() == StrategyStatus.ALLOCATED || old.status() == StrategyStatus.MARKED) {
                    books.statuses.put(
                            strategy,
                            new StatusRow(StrategyStatus.ALLOCATED, i.lots(), "allocation " + id, books.now()));
                    books.refresh(strategy);
                }
            }
            return id;
        }
    }

    @Override
    public Optional<StoredAllocation> find(long allocationId) {
        synchronized (books) {
            return allocationId >= 1 && allocationId <= books.allocations.size()
                    ? Optional.of(books.allocations.get((int) allocationId - 1))
                    : Optional.empty();
        }
    }
}
