package io.optionsv4.core.analysis;

import io.optionsv4.core.market.Candle;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns daily candles into a {@link TrendAnalysis} by letting five indicator components vote in [−1, 1]. Distances
 * are measured in ATR 14 so that the votes mean the same for a ₹100 and a ₹10,000 stock.
 *
 * <ul>
 *   <li>{@code EMA 9/21} = clamp((EMA 9 − EMA 21) / ATR).
 *   <li>{@code EMA 50/200} = clamp((EMA 50 − EMA 200) / ATR), only with at least 201 candles (else skipped).
 *   <li>{@code RSI 14} = clamp((RSI − 50) / 20): RSI 70 is a full bullish vote, 30 a full bearish one; 0 when the
 *       last 15 closes are all equal (RSI undefined).
 *   <li>{@code MACD 12/26/9} = ½ clamp(MACD / ATR) + ½ clamp(4 · histogram / ATR).
 *   <li>{@code ADX 14} = (+DI − −DI) / (+DI + −DI) · min(1, ADX / 25): the DI spread, weighted by trend strength.
 * </ul>
 *
 * <p>The score is the mean vote. {@code |score| < neutralBand} is NEUTRAL with confidence {@code 1 − |score| /
 * neutralBand}; otherwise BULLISH or BEARISH by its sign, with confidence {@code |score|}. Fewer than {@value
 * #MIN_CANDLES} candles (the MACD signal's warm-up) yield {@link InsufficientHistory}. Immutable and thread-safe.
 *
 * @param neutralBand the score magnitude below which the trend is neutral, in (0, 1)
 */
public record TrendAnalyzer(double neutralBand) {

    /** The candles every analysis needs: the warm-up of the MACD signal line. */
    public static final int MIN_CANDLES = 36;

    /** The default analyzer, with a neutral band of 0.2. */
    public static final TrendAnalyzer DEFAULT = new TrendAnalyzer(0.2);

    /** Validates the band. */
    public TrendAnalyzer {
        Checks.argument(
                neutralBand > 0 && neutralBand < 1, () -> "neutralBand must be in (0, 1) but was " + neutralBand);
    }

    /**
     * Analyses the trend of the candles dated on or before {@code asOf}.
     *
     * @param candles daily candles, strictly increasing dates
     * @param asOf the analysis day; later candles are ignored
     * @return the analysis, or {@link InsufficientHistory} with fewer than {@value #MIN_CANDLES} candles
     */
    public TrendResult analyze(List<Candle> candles, LocalDate asOf) {
        List<Candle> history = DailyCandles.upTo(candles, asOf);
        int available = history.size();
        if (available < MIN_CANDLES) {
            return new InsufficientHistory("trend", MIN_CANDLES, available);
        }
        TechnicalIndicators ind = TechnicalIndicators.of(candles, asOf);
        double atr = Math.max(ind.value(IndicatorKind.ATR_14).orElseThrow(), 1e-9 * ind.lastClose());
        List<TrendVote> votes = new ArrayList<>();
        List<InsufficientHistory> skipped = new ArrayList<>();
        votes.add(new TrendVote(
                "EMA 9/21", clamp((get(ind, IndicatorKind.EMA_9) - get(ind, IndicatorKind.EMA_21)) / atr)));
        if (ind.reading(IndicatorKind.EMA_200) instanceof InsufficientHistory missing) {
            skipped.add(new InsufficientHistory("EMA 50/200", missing.required(), missing.available()));
        } else {
            votes.add(new TrendVote(
                    "EMA 50/200", clamp((get(ind, IndicatorKind.EMA_50) - get(ind, IndicatorKind.EMA_200)) / atr)));
        }
        double rsiVote = closesMoved(history) ? clamp((get(ind, IndicatorKind.RSI_14) - 50) / 20) : 0;
        votes.add(new TrendVote("RSI 14", rsiVote));
        votes.add(new TrendVote(
                "MACD 12/26/9",
                0.5 * clamp(get(ind, IndicatorKind.MACD) / atr)
                        + 0.5 * clamp(4 * get(ind, IndicatorKind.MACD_HISTOGRAM) / atr)));
        votes.add(new TrendVote("ADX 14", adxVote(ind)));
        double score = votes.stream().mapToDouble(TrendVote::vote).average().orElseThrow();
        return new TrendAnalysis(ind.asOf(), direction(score), confidence(score), clamp(score), votes, skipped, ind);
    }

    private Direction direction(double score) {
        if (Math.abs(score) < neutralBand) {
            return Direction.NEUTRAL;
        }
        return score > 0 ? Direction.BULLISH : Direction.BEARISH;
    }

    private double confidence(double score) {
        double magnitude = Math.min(1, Math.abs(score));
        return magnitude < neutralBand ? 1 - magnitude / neutralBand : magnitude;
    }

    /** RSI is undefined without a gain or a loss in its window; ta4j then reports 0, which is no bearish signal. */
    private static boolean closesMoved(List<Candle> history) {
        int from = history.size() - IndicatorKind.RSI_14.requiredCandles();
        return history.subList(from, history.size()).stream()
                        .mapToDouble(Candle::close)
                        .distinct()
                        .count()
                > 1;
    }

    private static double adxVote(TechnicalIndicators ind) {
        double plus = get(ind, IndicatorKind.PLUS_DI_14);
        double minus = get(ind, IndicatorKind.MINUS_DI_14);
        if (plus + minus <= 0) {
            return 0;
        }
        return clamp((plus - minus) / (plus + minus) * Math.min(1, get(ind, IndicatorKind.ADX_14) / 25));
    }

    private static double get(TechnicalIndicators ind, IndicatorKind kind) {
        return ind.value(kind).orElseThrow();
    }

    private static double clamp(double x) {
        return Math.max(-1, Math.min(1, x));
    }
}
