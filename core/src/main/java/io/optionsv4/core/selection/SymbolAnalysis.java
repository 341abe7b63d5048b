package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/**
 * One stock's complete analysis on one trade date: the market figures and the strategies recommended for it — what
 * {@link AnalysisStore} keeps in the original's {@code strategies} and {@code strategy_*} tables.
 *
 * @param symbol the NSE symbol
 * @param tradeDate the trading day analysed
 * @param spot the stock's price that day in rupees, {@code > 0}
 * @param market market direction analysis
 * @param iv implied volatility analysis
 * @param levels max pain and value area
 * @param priceLevels support and resistance levels
 * @param expectedMoves expected moves, by strictly increasing horizon
 * @param recommendations the recommended strategies, best first, at least one, no two with the same name and legs
 */
public record SymbolAnalysis(
        String symbol,
        LocalDate tradeDate,
        double spot,
        MarketAnalysis market,
        IvAnalysis iv,
        MarketLevels levels,
        List<PriceLevel> priceLevels,
        List<ExpectedMoveRange> expectedMoves,
        List<StrategyRecommendation> recommendations) {

    /** Validates the analysis and copies its lists. */
    public SymbolAnalysis {
        Checks.notBlank(symbol, "symbol");
        Checks.notNull(tradeDate, "tradeDate");
        Checks.positive(spot, "spot");
        Checks.notNull(market, "market");
        Checks.notNull(iv, "iv");
        Checks.notNull(levels, "levels");
        priceLevels = List.copyOf(Checks.notNull(priceLevels, "priceLevels"));
        expectedMoves = List.copyOf(Checks.notNull(expectedMoves, "expectedMoves"));
        for (int i = 1; i < expectedMoves.size(); i++) {
            Checks.argument(
                    expectedMoves.get(i).horizonDays()
                            > expectedMoves.get(i - 1).horizonDays(),
                    "expected moves must have strictly increasing horizons but "
                            + expectedMoves.get(i).horizonDays() + " follows "
                            + expectedMoves.get(i - 1).horizonDays());
        }
        recommendations = List.copyOf(Checks.notNull(recommendations, "recommendations"));
        Checks.argument(
                !recommendations.isEmpty(), () -> "an analysis of " + symbol + " needs at least one recommendation");
        var keys = new HashSet<String>();
        for (StrategyRecommendation r : recommendations) {
            Checks.argument(
                    keys.add(r.strategyName() + "/" + r.legsKey()),
                    "recommendation " + r.strategyName() + " with legs " + r.legsKey() + " appears twice");
            r.legs()
                    .forEach(leg -> Checks.argument(
                            !leg.expiry().isBefore(tradeDate),
                            "leg expiry " + leg.expiry() + " of " + r.strategyName() + " is before the trade date "
                                    + tradeDate));
        }
    }
}
