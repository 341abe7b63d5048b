package io.optionsv4.core.portfolio;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.core.selection.StrategyId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One stored strategy of an analysis as {@code mark} lists it: what it is, the figures a trader picks by, and its
 * execution status.
 *
 * @param id the stored id
 * @param tradeDate the analysis date
 * @param symbol the underlying
 * @param strategyName the registry name, e.g. {@code Iron Condor}
 * @param conviction the ranking's conviction
 * @param totalScore the ranking score (0–100); strategies are ranked by it
 * @param netExpectedValue the expected P&amp;L under the exit plan net of costs, per strategy as constructed; empty for
 *     strategies stored before the trade economics
 * @param probabilityOfProfit the net probability of profit where stored, else the gross one, {@code [0, 1]}
 * @param margin the capital one strategy as constructed ties up; empty for strategies stored before the economics
 * @param entry the execution status, empty when the strategy is neither marked nor traded
 */
public record RecentStrategy(
        StrategyId id,
        LocalDate tradeDate,
        String symbol,
        String strategyName,
        Conviction conviction,
        double totalScore,
        Optional<Money> netExpectedValue,
        double probabilityOfProfit,
        Optional<Money> margin,
        Optional<StatusEntry> entry) {

    /** Validates the components. */
    public RecentStrategy {
        Checks.notNull(id, "id");
        Checks.notNull(tradeDate, "tradeDate");
        Checks.notBlank(symbol, "symbol");
        Checks.notBlank(strategyName, "strategyName");
        Checks.notNull(conviction, "conviction");
        Checks.finite(totalScore, "totalScore");
        Checks.notNull(netExpectedValue, "netExpectedValue");
        Checks.argument(
                probabilityOfProfit >= 0 && probabilityOfProfit <= 1,
                "probabilityOfProfit must be in [0, 1] but was " + probabilityOfProfit);
        Checks.notNull(margin, "margin");
        Checks.notNull(entry, "entry");
    }

    /** Returns true when the strategy is marked, by the trader or by an allocation. */
    public boolean marked() {
        return entry.map(e -> e.status().marked()).orElse(false);
    }

    /** Returns the status, if any. */
    public Optional<StrategyStatus> status() {
        return entry.map(StatusEntry::status);
    }

    /** Returns this strategy with another execution status. */
    public RecentStrategy withEntry(Optional<StatusEntry> newEntry) {
        return new RecentStrategy(
                id,
                tradeDate,
                symbol,
                strategyName,
                conviction,
                totalScore,
                netExpectedValue,
                probabilityOfProfit,
                margin,
                newEntry);
    }
}
