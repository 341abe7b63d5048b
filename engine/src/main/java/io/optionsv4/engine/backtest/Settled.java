package io.optionsv4.engine.backtest;

import io.optionsv4.core.exit.HeldPositionStore;
import io.optionsv4.core.exit.HeldStrategy;
import io.optionsv4.core.result.Checks;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The books as the backtest's monitor sees them: the run's held positions less the strategies settled at expiry. The
 * paper broker settles an expired contract in its account, but the execution books keep its legs open (they record
 * orders only); the runner books the settlement and removes the strategy here, so the monitor does not try to close
 * a contract that no longer trades. Thread-safe.
 */
final class Settled implements HeldPositionStore {

    private final HeldPositionStore books;
    private final Set<Long> settled = ConcurrentHashMap.newKeySet();

    Settled(HeldPositionStore books) {
        this.books = Checks.notNull(books, "books");
    }

    void add(long strategyId) {
        settled.add(strategyId);
    }

    @Override
    public List<HeldStrategy> open() {
        return books.open().stream()
                .filter(h -> !settled.contains(h.strategyId()))
                .toList();
    }

    @Override
    public Optional<HeldStrategy> open(long strategyId) {
        return settled.contains(strategyId) ? Optional.empty() : books.open(strategyId);
    }
}
