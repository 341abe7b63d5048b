package io.optionsv4.engine.allocation;

import io.optionsv4.core.allocation.BetaEstimator;
import io.optionsv4.core.allocation.StoredStrategy;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Estimates each symbol's beta to NIFTY from one year of daily closes to the analysis date ({@link BetaEstimator});
 * NIFTY's own beta is 1. A symbol with short or unreadable history gets beta 1 and is named in one warning.
 */
final class Betas {

    private final MarketData marketData;
    private final LocalDate day;

    Betas(MarketData marketData, LocalDate day) {
        this.marketData = marketData;
        this.day = day;
    }

    Map<String, BetaEstimator.Beta> of(List<StoredStrategy> strategies, List<String> warnings) {
        Map<String, BetaEstimator.Beta> betas = new TreeMap<>();
        TreeSet<String> shortHistory = new TreeSet<>();
        LocalDate from = day.minusYears(1);
        List<Candle> nifty = read(() -> marketData.niftyHistory(from, day));
        for (StoredStrategy s : strategies) {
            String symbol = s.symbol();
            if (betas.containsKey(symbol)) {
                continue;
            }
            BetaEstimator.Beta beta = StrategyLegs.NIFTY.equals(symbol)
                    ? new BetaEstimator.Beta(1.0, nifty.size(), false)
                    : BetaEstimator.estimate(read(() -> marketData.dailyCandles(symbol, from, day)), nifty);
            if (beta.shortHistory()) {
                shortHistory.add(symbol);
            }
            betas.put(symbol, beta);
        }
        if (!shortHistory.isEmpty()) {
            warnings.add("beta 1.0 assumed for " + shortHistory.size() + " symbol(s) with under "
                    + BetaEstimator.MIN_RETURNS + " daily returns in the year to " + day + ": "
                    + String.join(", ", shortHistory));
        }
        return betas;
    }

    private static List<Candle> read(java.util.function.Supplier<List<Candle>> candles) {
        try {
            return candles.get();
        } catch (MarketDataException e) {
            if (e.isAccessDenied()) {
                throw e;
            }
            return List.of();
        }
    }
}
