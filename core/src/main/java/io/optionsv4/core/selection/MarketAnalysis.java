package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;
import io.optionsv4.core.strategy.DirectionalBias;

/**
 * The stock's market direction analysis ({@code strategy_market_analysis}).
 *
 * @param direction the expected direction of the underlying
 * @param directionConfidence how sure the analysis is of the direction, a fraction in [0, 1]
 * @param trendScore the trend score, negative bearish, positive bullish (the analysis fixes the scale)
 * @param indiaVix India VIX that day in volatility points (13.5 = 13.5 %), {@code >= 0}
 * @param putCallRatio the put/call open interest ratio of the stock's chain, {@code >= 0}
 */
public record MarketAnalysis(
        DirectionalBias direction,
        double directionConfidence,
        double trendScore,
        double indiaVix,
        double putCallRatio) {

    /** Validates the figures. */
    public MarketAnalysis {
        Checks.notNull(direction, "direction");
        Fractions.check(directionConfidence, "directionConfidence");
        Checks.finite(trendScore, "trendScore");
        Checks.nonNegative(indiaVix, "indiaVix");
        Checks.nonNegative(putCallRatio, "putCallRatio");
    }
}
