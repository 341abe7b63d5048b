package io.optionsv4.app.cli;

import io.optionsv4.core.market.MarketData;
import io.optionsv4.engine.backtest.BacktestPorts;
import io.optionsv4.store.memory.MemoryAllocationStore;
import io.optionsv4.store.memory.MemoryAnalysisStore;
import io.optionsv4.store.memory.MemoryBooks;
import io.optionsv4.store.memory.MemoryExecutionStore;
import io.optionsv4.store.memory.MemoryExitIntentStore;
import io.optionsv4.store.memory.MemoryHeldPositionStore;
import io.optionsv4.store.memory.MemoryIvHistoryStore;
import io.optionsv4.store.memory.MemoryMarketConditionsStore;
import io.optionsv4.store.memory.MemoryPaperAccountStore;
import io.optionsv4.store.memory.MemoryPortfolioStore;
import io.optionsv4.store.memory.MemoryReferenceStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A backtest's working books in memory (the default): the in-memory stores over one {@link MemoryBooks}, which behave
 * as the production stores over a fresh schema but answer each call in microseconds; the reference tables seeded as
 * {@link DatabaseWorkspace} seeds them. Closing it lets the books go.
 */
final class MemoryWorkspace implements BacktestWorkspace {

    private final MemoryBooks books = new MemoryBooks();

    @Override
    public String seed(MarketData market, LocalDate from) {
        ReferenceSeeder.Seeded seeded = new ReferenceSeeder(new MemoryReferenceStore(books)).seed(market, from);
        return seeded.stocks() + " stocks, industry weights: " + seeded.allocations();
    }

    @Override
    public BacktestPorts ports(Clock clock) {
        return new BacktestPorts(
                new MemoryAnalysisStore(books),
                new MemoryAllocationStore(books),
                Optional.of(new MemoryIvHistoryStore()),
                new MemoryReferenceStore(books),
                new MemoryMarketConditionsStore(clock),
                new MemoryExecutionStore(books),
                new MemoryPaperAccountStore(),
                new MemoryHeldPositionStore(books),
                new MemoryExitIntentStore(books),
                new MemoryPortfolioStore(books));
    }

    @Override
    public void close() {
        // nothing to release: the books are garbage once the run lets go of its ports
    }
}
