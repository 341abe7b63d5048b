package io.optionsv4.core.portfolio;

import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.core.selection.StrategyId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A stored strategy that is marked or was traded, as {@code status} groups it.
 *
 * @param id the stored id
 * @param tradeDate the analysis date
 * @param symbol the underlying
 * @param strategyName the registry name, the "strategy type" of the summary
 * @param industry the underlying's industry, {@code Unclassified} when not known
 * @param conviction the ranking's conviction
 * @param entry the execution status; empty for a strategy with trades but no status row
 */
public record TrackedStrategy(
        StrategyId id,
        LocalDate tradeDate,
        String symbol,
        String strategyName,
        String industry,
        Conviction conviction,
        Optional<StatusEntry> entry) {

    /** Validates the components. */
    public TrackedStrategy {
        Checks.notNull(id, "id");
        Checks.notNull(tradeDate, "tradeDate");
        Checks.notBlank(symbol, "symbol");
        Checks.notBlank(strategyName, "strategyName");
        Checks.notBlank(industry, "industry");
        Checks.notNull(conviction, "conviction");
        Checks.notNull(entry, "entry");
    }

    /** Returns this strategy in another industry. */
    public TrackedStrategy withIndustry(String newIndustry) {
        return new TrackedStrategy(id, tradeDate, symbol, strategyName, newIndustry, conviction, entry);
    }
}
