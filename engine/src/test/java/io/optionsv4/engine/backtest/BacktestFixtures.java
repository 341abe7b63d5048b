package io.optionsv4.engine.backtest;

import io.optionsv4.core.allocation.AllocationSettings;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.engine.testdata.Settings;
import io.optionsv4.store.JdbiAllocationStore;
import io.optionsv4.store.JdbiAnalysisStore;
import io.optionsv4.store.JdbiExecutionStore;
import io.optionsv4.store.JdbiExitIntentStore;
import io.optionsv4.store.JdbiHeldPositionStore;
import io.optionsv4.store.JdbiIvHistoryStore;
import io.optionsv4.store.JdbiMarketConditionsStore;
import io.optionsv4.store.JdbiPaperAccountStore;
import io.optionsv4.store.JdbiPortfolioStore;
import io.optionsv4.store.JdbiReferenceStore;
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
import org.jdbi.v3.core.Jdbi;

/** The stores and settings the backtest tests run with. */
final class BacktestFixtures {

    private BacktestFixtures() {}

    /** Returns the production stores over a fresh schema. */
    static BacktestPorts ports(Jdbi jdbi, Clock clock) {
        return new BacktestPorts(
                new JdbiAnalysisStore(jdbi),
                new JdbiAllocationStore(jdbi),
                Optional.of(new JdbiIvHistoryStore(jdbi)),
                new JdbiReferenceStore(jdbi),
                new JdbiMarketConditionsStore(jdbi, clock),
                new JdbiExecutionStore(jdbi),
                new JdbiPaperAccountStore(jdbi),
                new JdbiHeldPositionStore(jdbi),
                new JdbiExitIntentStore(jdbi),
                new JdbiPortfolioStore(jdbi));
    }

    /** Returns the in-memory stores over fresh books, as the {@code backtest} command's default workspace. */
    static BacktestPorts memoryPorts(Clock clock) {
        return memoryPorts(new MemoryBooks(), clock);
    }

    /** Returns the in-memory stores over {@code books}. */
    static BacktestPorts memoryPorts(MemoryBooks books, Clock clock) {
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

    /** Returns moderate settings over {@code [from, to]} with ₹10 lakh. */
    static BacktestSettings settings(String runId, LocalDate from, LocalDate to) {
        return new BacktestSettings(
                runId,
                from,
                to,
                RiskTolerance.MODERATE,
                100_000_000L,
                42L,
                Settings.defaults(),
                AllocationSettings.DEFAULT);
    }
}
