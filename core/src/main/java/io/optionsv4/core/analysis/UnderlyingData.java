package io.optionsv4.core.analysis;

import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.result.Checks;
import java.util.List;

/**
 * Everything the analysis of one underlying reads, as plain values.
 *
 * @param symbol the NSE symbol
 * @param candles daily candles, strictly increasing dates (about a year or more for every indicator)
 * @param chains the option chains of the as-of day, one per expiry (may be empty)
 * @param ivHistory stored 30-day constant-maturity ATM IVs of the days before the as-of day, oldest first (may be
 *     empty)
 */
public record UnderlyingData(String symbol, List<Candle> candles, List<OptionChain> chains, List<Double> ivHistory) {

    /** Validates and copies the lists. */
    public UnderlyingData {
        Checks.notBlank(symbol, "symbol");
        candles = List.copyOf(Checks.notNull(candles, "candles"));
        chains = List.copyOf(Checks.notNull(chains, "chains"));
        ivHistory = List.copyOf(Checks.notNull(ivHistory, "ivHistory"));
    }
}
