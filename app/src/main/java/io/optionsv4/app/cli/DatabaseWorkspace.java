package io.optionsv4.app.cli;

import io.optionsv4.app.config.StoreFactory;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.engine.backtest.BacktestPorts;
import io.optionsv4.store.Database;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A backtest's working books in PostgreSQL ({@code --workspace database}): a fresh schema of the configured database,
 * migrated like the main one, holding the run's analyses, allocations, orders, paper account and IV history, so the
 * run uses the production stores without touching the user's books. Its reference tables are seeded as {@code iv
 * collect} seeds them, as of the run's first day. Closing it drops the schema; only the results (stored in the main
 * schema) remain. Its commits do not wait for the disk ({@code synchronous_commit = off}): the workspace is scratch
 * data, lost with a failed run anyway.
 */
final class DatabaseWorkspace implements BacktestWorkspace {

    private final Database main;
    private final Database work;
    private final String schema;

    private DatabaseWorkspace(Database main, Database work, String schema) {
        this.main = main;
        this.work = work;
        this.schema = schema;
    }

    /** Opens a workspace in schema {@code schema} beside the main database {@code main}. */
    static DatabaseWorkspace open(StoreFactory stores, Database main, String schema) {
        main.jdbi().useHandle(h -> h.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
        Database work = Database.open(stores.config().withSchema(schema), false);
        return new DatabaseWorkspace(main, work, schema);
    }

    @Override
    public String seed(MarketData market, LocalDate from) {
        ReferenceSeeder.Seeded seeded = new ReferenceSeeder(new JdbiReferenceStore(work.jdbi())).seed(market, from);
        return seeded.stocks() + " stocks, industry weights: " + seeded.allocations();
    }

    @Override
    public BacktestPorts ports(Clock clock) {
        var jdbi = work.jdbi();
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

    @Override
    public void close() {
        work.close();
        main.jdbi().useHandle(h -> h.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
    }
}
