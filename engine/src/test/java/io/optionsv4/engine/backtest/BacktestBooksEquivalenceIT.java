package io.optionsv4.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.portfolio.TrackedStrategy;
import io.optionsv4.core.portfolio.TradeLeg;
import io.optionsv4.core.trade.paper.PaperBook;
import io.optionsv4.marketdata.files.ProjectData;
import io.optionsv4.marketdata.history.HistoricalNiftyMarket;
import io.optionsv4.store.Database;
import io.optionsv4.store.memory.MemoryBooks;
import io.optionsv4.store.testdata.TestDatabases;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The books a backtest leaves, on the production stores over PostgreSQL and on the in-memory stores: not only the same
 * results but the same rows behind them, read through the ports (trade ids and instants, the paper account's every
 * order, fill, settlement and ledger entry and its version, each strategy's orders and execution, the analyses, the
 * pending intents, the status of every tracked strategy).
 */
class BacktestBooksEquivalenceIT {

    private static final LocalDate FROM = LocalDate.of(2020, 2, 3);
    private static final LocalDate TO = LocalDate.of(2020, 2, 28);

    @Test
    void test_run_leavesTheSameBooksOnBothStores() throws IOException {
        HistoricalNiftyMarket history = HistoricalNiftyMarket.load(ProjectData.directory());
        try (Database db = TestDatabases.fresh()) {
            BacktestPorts database = BacktestFixtures.ports(db.jdbi(), Clock.systemUTC());
            BacktestResult inDatabase = run(history, database);
            // the correlation ids start with the installation's namespace: the memory books take the database's
            BacktestPorts memory = BacktestFixtures.memoryPorts(
                    new MemoryBooks(Clock.systemUTC(), database.executions().namespace()), Clock.systemUTC());
            BacktestResult inMemory = run(history, memory);

            assertThat(inMemory.trades()).isEqualTo(inDatabase.trades());
            assertThat(inMemory.equity()).isEqualTo(inDatabase.equity());
            assertThat(inMemory.run().warnings()).isEqualTo(inDatabase.run().warnings());
            List<TradeLeg> legs = database.portfolio().trades();
            assertThat(legs).as("the run trades").hasSizeGreaterThan(4);
            assertThat(memory.portfolio().trades()).isEqualTo(legs);
            PaperBook book = database.paperAccounts().load("backtest");
            assertThat(memory.paperAccounts().load("backtest")).isEqualTo(book);
            assertThat(memory.paperAccounts().version("backtest")).isEqualTo(book.version());
            assertThat(statuses(memory)).isEqualTo(statuses(database));
            for (long id : strategyIds(database)) {
                assertThat(memory.executions().orders(id))
                        .isEqualTo(database.executions().orders(id));
                assertThat(memory.executions().execution(id))
                        .isEqualTo(database.executions().execution(id));
                assertThat(memory.executions().strategy(id))
                        .isEqualTo(database.executions().strategy(id));
                assertThat(memory.held().open(id)).isEqualTo(database.held().open(id));
                assertThat(memory.portfolio().trades(id))
                        .isEqualTo(database.portfolio().trades(id));
            }
            assertThat(memory.executions().marked())
                    .isEqualTo(database.executions().marked());
            assertThat(memory.executions().unfinished())
                    .isEqualTo(database.executions().unfinished());
            assertThat(memory.executions().openStrategies())
                    .isEqualTo(database.executions().openStrategies());
            assertThat(memory.held().open()).isEqualTo(database.held().open());
            assertThat(memory.intents().pending()).isEqualTo(database.intents().pending());
            for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
                assertThat(memory.analyses().symbols(day))
                        .isEqualTo(database.analyses().symbols(day));
                assertThat(memory.analyses().find("NIFTY", day))
                        .isEqualTo(database.analyses().find("NIFTY", day));
                assertThat(memory.allocations().strategies(day))
                        .isEqualTo(database.allocations().strategies(day));
                assertThat(memory.executions().bookedOn(day))
                        .isEqualTo(database.executions().bookedOn(day));
                assertThat(memory.conditions().find(day).map(c -> c.state()))
                        .isEqualTo(database.conditions().find(day).map(c -> c.state()));
            }
            assertThat(memory.allocations().latestAnalysisDate())
                    .isEqualTo(database.allocations().latestAnalysisDate());
        }
    }

    private static BacktestResult run(HistoricalNiftyMarket history, BacktestPorts ports) {
        return new BacktestRunner(new HistoryBacktestMarket(history), ports, Clock.systemUTC(), 1)
                .run(BacktestFixtures.settings("books", FROM, TO), BacktestProgress.NONE, () -> false);
    }

    /** Every tracked strategy with its status, lots and message (the time a row was written is the store's own). */
    private static List<String> statuses(BacktestPorts ports) {
        return ports.portfolio().trackedStrategies().stream()
                .map(t -> t.id() + " " + t.symbol() + " " + t.strategyName() + " " + t.tradeDate() + " "
                        + t.entry()
                                .map(e -> e.status() + " " + e.lots() + " " + e.message())
                                .orElse("-"))
                .toList();
    }

    private static Set<Long> strategyIds(BacktestPorts ports) {
        TreeSet<Long> ids = new TreeSet<>();
        ports.portfolio().trackedStrategies().stream().map(TrackedStrategy::id).forEach(id -> ids.add(id.value()));
        long last = ids.isEmpty() ? 0 : ids.last();
        for (long id = 1; id <= last + 3; id++) {
            ids.add(id); // the untracked ones too, and a few past the last: their reads must be empty alike
        }
        return ids;
    }
}
