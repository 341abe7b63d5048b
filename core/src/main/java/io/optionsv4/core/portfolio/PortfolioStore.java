package io.optionsv4.core.portfolio;

import java.util.List;

/**
 * The read side of the book for {@code status}: the strategies that are marked or were traded, and their filled legs.
 * Implementations are thread-safe and throw {@link io.optionsv4.core.result.StoreException} when the store fails.
 */
public interface PortfolioStore {

    /** Returns every strategy with an execution status or a traded leg, by id. */
    List<TrackedStrategy> trackedStrategies();

    /** Returns every traded leg, open and closed, by strategy and leg. */
    List<TradeLeg> trades();

    /**
     * Returns the traded legs of {@code strategyId}, open and closed, by leg and trade: the part of {@link #trades()}
     * that is the strategy's, for a reader that needs a few strategies and not the whole history.
     */
    default List<TradeLeg> trades(long strategyId) {
        return trades().stream()
                .filter(t -> t.strategyId().value() == strategyId)
                .toList();
    }
}
