package io.optionsv4.engine.backtest;

import io.optionsv4.core.allocation.AllocationStore;
import io.optionsv4.core.allocation.ReferenceStore;
import io.optionsv4.core.analysis.IvHistoryStore;
import io.optionsv4.core.conditions.MarketConditionsStore;
import io.optionsv4.core.exit.HeldPositionStore;
import io.optionsv4.core.portfolio.PortfolioStore;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.AnalysisStore;
import io.optionsv4.core.trade.ExecutionStore;
import io.optionsv4.core.trade.ExitIntentStore;
import io.optionsv4.core.trade.paper.PaperAccountStore;
import java.util.Optional;

/**
 * The stores a backtest's services work on: the same ports the live commands use, over a store of the run's own (the
 * composition root gives it in-memory books, {@code io.optionsv4.store.memory}, or a fresh database schema, so nothing
 * of the user's books is read or changed).
 *
 * @param analyses where each day's analysis is stored (the allocation reads it back)
 * @param allocations plan outcomes and allocations
 * @param ivHistory the IV history the analysis ranks IV by (filled day by day as {@code analyze} does), if kept
 * @param reference industry weights
 * @param conditions each day's market conditions
 * @param executions the execution's books
 * @param paperAccounts the paper broker's account
 * @param held the monitor's view of the books
 * @param intents exit intents
 * @param portfolio every traded leg, open and closed (the trades' P&amp;L is read from it)
 */
public record BacktestPorts(
        AnalysisStore analyses,
        AllocationStore allocations,
        Optional<IvHistoryStore> ivHistory,
        ReferenceStore reference,
        MarketConditionsStore conditions,
        ExecutionStore executions,
        PaperAccountStore paperAccounts,
        HeldPositionStore held,
        ExitIntentStore intents,
        PortfolioStore portfolio) {

    /** Validates the components. */
    public BacktestPorts {
        Checks.notNull(analyses, "analyses");
        Checks.notNull(allocations, "allocations");
        Checks.notNull(ivHistory, "ivHistory");
        Checks.notNull(reference, "reference");
        Checks.notNull(conditions, "conditions");
        Checks.notNull(executions, "executions");
        Checks.notNull(paperAccounts, "paperAccounts");
        Checks.notNull(held, "held");
        Checks.notNull(intents, "intents");
        Checks.notNull(portfolio, "portfolio");
    }
}
