package io.optionsv4.core.selection;

import io.optionsv4.core.analysis.Direction;
import io.optionsv4.core.analysis.IndicatorKind;
import io.optionsv4.core.analysis.InsufficientHistory;
import io.optionsv4.core.analysis.IvAssessment;
import io.optionsv4.core.analysis.IvAssessment.MeanReversion;
import io.optionsv4.core.analysis.IvEnvironment;
import io.optionsv4.core.analysis.StockProfile;
import io.optionsv4.core.analysis.TechnicalIndicators;
import io.optionsv4.core.analysis.TrendAnalysis;
import io.optionsv4.core.analysis.UnderlyingAnalysis;
import io.optionsv4.core.conditions.MarketConditions;
import io.optionsv4.core.conditions.MarketState;
import io.optionsv4.core.result.Checks;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the {@link StrategyRanker} needs to know about one symbol and the market, taken once per symbol from its
 * analysis. Figures that could not be computed are empty and score neutrally (50), never invented.
 *
 * @param symbol the underlying
 * @param direction the trend's direction, neutral without a trend
 * @param directionConfidence the trend's confidence in [0, 1], 0 without a trend
 * @param trendScore the trend score in [-1, 1], positive bullish, 0 without a trend
 * @param ivEnvironment the IV environment, empty without an IV assessment or an IV rank (too little IV history)
 * @param ivPercentile the IV percentile in [0, 1], empty without an IV assessment or an IV rank
 * @param meanReversion what mean reversion suggests for IV, empty without an IV assessment
 * @param marketState the market state of the run, empty when unknown
 * @param rsi the RSI 14 in [0, 100], empty while it warms up or without a trend
 * @param macdHistogramToAtr the MACD histogram divided by the ATR 14 (both rupees), empty while either warms up
 * @param liquidityScore the stock's liquidity score in [0, 1] ({@link StockProfile#liquidityScore()}), empty without a
 *     profile
 * @param realizedVolatility the stock's realised volatility (20 days, annualised), empty without an IV assessment; the
 *     ranker's volatility forecast blends it with the candidate's ATM IV
 */
public record RankingContext(
        String symbol,
        Direction direction,
        double directionConfidence,
        double trendScore,
        Optional<IvEnvironment> ivEnvironment,
        OptionalDouble ivPercentile,
        Optional<MeanReversion> meanReversion,
        Optional<MarketState> marketState,
        OptionalDouble rsi,
        OptionalDouble macdHistogramToAtr,
        OptionalDouble liquidityScore,
        OptionalDouble realizedVolatility) {

    /** Validates the components. */
    public RankingContext {
        Checks.notBlank(symbol, "symbol");
        Checks.notNull(direction, "direction");
        Fractions.check(directionConfidence, "directionConfidence");
        Checks.argument(
                trendScore >= -1 && trendScore <= 1, () -> "trendScore must be in [-1, 1] but was " + trendScore);
        Checks.notNull(ivEnvironment, "ivEnvironment");
        Checks.notNull(ivPercentile, "ivPercentile");
        ivPercentile.ifPresent(p -> Fractions.check(p, "ivPercentile"));
        Checks.notNull(meanReversion, "meanReversion");
        Checks.notNull(marketState, "marketState");
        Checks.notNull(rsi, "rsi");
        rsi.ifPresent(r -> Checks.argument(r >= 0 && r <= 100, "rsi must be in [0, 100] but was " + r));
        Checks.notNull(macdHistogramToAtr, "macdHistogramToAtr");
        macdHistogramToAtr.ifPresent(m -> Checks.finite(m, "macdHistogramToAtr"));
        Checks.notNull(liquidityScore, "liquidityScore");
        liquidityScore.ifPresent(l -> Fractions.check(l, "liquidityScore"));
        Checks.notNull(realizedVolatility, "realizedVolatility");
        realizedVolatility.ifPresent(v -> Checks.nonNegative(v, "realizedVolatility"));
    }

    /**
     * Returns the context of {@code analysis} in {@code market}.
     *
     * @param analysis the symbol's analysis
     * @param market the run's market conditions, empty when unknown
     */
    public static RankingContext of(UnderlyingAnalysis analysis, Optional<MarketConditions> market) {
        Checks.notNull(analysis, "analysis");
        Checks.notNull(market, "market");
        Direction direction = Direction.NEUTRAL;
        double confidence = 0;
        double score = 0;
        OptionalDouble rsi = OptionalDouble.empty();
        OptionalDouble macd = OptionalDouble.empty();
        if (analysis.trend() instanceof TrendAnalysis trend) {
            direction = trend.direction();
            confidence = trend.confidence();
            score = trend.score();
            TechnicalIndicators indicators = trend.indicators();
            rsi = clampRsi(indicators.value(IndicatorKind.RSI_14));
            macd = macdToAtr(indicators);
        }
        Optional<IvEnvironment> environment = Optional.empty();
        OptionalDouble percentile = OptionalDouble.empty();
        Optional<MeanReversion> reversion = Optional.empty();
        OptionalDouble realized = OptionalDouble.empty();
        switch (analysis.iv()) {
            case IvAssessment iv -> {
                // without enough stored IV history these stay empty: the IV fit scores neutrally
                environment = iv.environment();
                percentile = iv.statistics()
                        .map(s -> OptionalDouble.of(s.ivPercentile()))
                        .orElse(OptionalDouble.empty());
                reversion = iv.meanReversion();
                realized = iv.realizedVolatility();
            }
            case InsufficientHistory h -> {
                // no IV figures: the IV fit scores neutrally
            }
        }
        OptionalDouble liquidity = analysis.profile()
                .map(p -> OptionalDouble.of(p.liquidityScore()))
                .orElse(OptionalDouble.empty());
        return new RankingContext(
                analysis.symbol(),
                direction,
                confidence,
                score,
                environment,
                percentile,
                reversion,
                market.map(MarketConditions::state),
                rsi,
                macd,
                liquidity,
                realized);
    }

    private static OptionalDouble clampRsi(OptionalDouble rsi) {
        return rsi.isPresent() ? OptionalDouble.of(Math.max(0, Math.min(100, rsi.getAsDouble()))) : rsi;
    }

    private static OptionalDouble macdToAtr(TechnicalIndicators indicators) {
        OptionalDouble histogram = indicators.value(IndicatorKind.MACD_HISTOGRAM);
        OptionalDouble atr = indicators.value(IndicatorKind.ATR_14);
        if (histogram.isEmpty() || atr.isEmpty() || !(atr.getAsDouble() > 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(histogram.getAsDouble() / atr.getAsDouble());
    }
}
