package io.optionsv4.app.cli;

import io.optionsv4.core.market.MarketData;
import io.optionsv4.engine.backtest.BacktestPorts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A backtest's working books: where the run's analyses, allocations, orders, paper account and IV history live while
 * it runs, apart from the user's books, gone when it is closed (only the results are stored, in the main schema). In
 * memory by default ({@link MemoryWorkspace}); in a schema of the database with {@code --workspace database}
 * ({@link DatabaseWorkspace}), the production stores, to compare the two (docs/backtest.md).
 */
sealed interface BacktestWorkspace extends AutoCloseable permits DatabaseWorkspace, MemoryWorkspace {

    /** Where the working books are kept. */
    enum Kind {
        /** In memory, the stores of {@code io.optionsv4.store.memory} (the default). */
        MEMORY,
        /** In a fresh schema of the configured database, the production stores. */
        DATABASE;

        /** Parses {@code memory} or {@code database}, in any case. */
        static Kind parse(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "memory" -> MEMORY;
                case "database" -> DATABASE;
                default ->
                    throw new IllegalArgumentException("workspace must be memory or database, was '" + text + "'");
            };
        }
    }

    /** Seeds the reference tables as of {@code from} from {@code market} (no later data); returns what it stored. */
    String seed(MarketData market, LocalDate from);

    /** Returns the stores over the workspace; called once per run. */
    BacktestPorts ports(Clock clock);

    /** Drops the working books. */
    @Override
    void close();
}
