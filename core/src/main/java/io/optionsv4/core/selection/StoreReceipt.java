package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * What storing one {@link SymbolAnalysis} did.
 *
 * @param symbol the stock
 * @param tradeDate the trade date
 * @param strategyIds the id of each recommendation, in the analysis's order: new ones and existing ones alike
 * @param inserted how many recommendations were new (0 when the whole analysis had been stored before)
 */
public record StoreReceipt(String symbol, LocalDate tradeDate, List<StrategyId> strategyIds, int inserted) {

    /** Validates the receipt and copies the ids. */
    public StoreReceipt {
        Checks.notBlank(symbol, "symbol");
        Checks.notNull(tradeDate, "tradeDate");
        strategyIds = List.copyOf(Checks.notNull(strategyIds, "strategyIds"));
        Checks.argument(
                inserted >= 0 && inserted <= strategyIds.size(),
                "inserted must be in [0, " + strategyIds.size() + "] but was " + inserted);
    }

    /** Returns how many recommendations existed already and were left untouched. */
    public int existing() {
        return strategyIds.size() - inserted;
    }
}
