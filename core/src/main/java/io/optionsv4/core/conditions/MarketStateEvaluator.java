package io.optionsv4.core.conditions;

import io.optionsv4.core.analysis.Direction;
import io.optionsv4.core.analysis.InsufficientHistory;
import io.optionsv4.core.analysis.PutCallRatio;
import io.optionsv4.core.analysis.TrendAnalysis;
import io.optionsv4.core.analysis.TrendAnalyzer;
import io.optionsv4.core.analysis.TrendResult;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Evaluates the {@link MarketState} from NIFTY's daily candles (its {@link TrendAnalyzer} direction), India VIX's
 * daily closes ({@link VixAssessment}) and NIFTY's put/call ratio.
 *
 * <p>Confidence = (0.6 · trend confidence + 0.4 · VIX confidence) · PCR factor. The PCR by open interest reads bullish
 * at or above {@code pcrBullish} (put writers defend the market) and bearish at or below {@code pcrBearish}; the
 * factor is 1 when that reading agrees with the direction (for NEUTRAL: lies between the two), 0.75 when it
 * contradicts it (bullish against bearish), and 0.9 otherwise or without a PCR. Immutable and thread-safe.
 *
 * @param trendAnalyzer the trend rules applied to NIFTY
 * @param vixThresholds the VIX regime thresholds
 * @param pcrBullish PCR by OI from which the options market reads bullish (default 1.2)
 * @param pcrBearish PCR by OI up to which the options market reads bearish (default 0.8), below {@code pcrBullish}
 */
public record MarketStateEvaluator(
        TrendAnalyzer trendAnalyzer, VixThresholds vixThresholds, double pcrBullish, double pcrBearish) {

    /** The defaults: {@link TrendAnalyzer#DEFAULT}, {@link VixThresholds#DEFAULT}, PCR 1.2 and 0.8. */
    public static final MarketStateEvaluator DEFAULT =
            new MarketStateEvaluator(TrendAnalyzer.DEFAULT, VixThresholds.DEFAULT, 1.2, 0.8);

    /** Validates the components. */
    public MarketStateEvaluator {
        Checks.notNull(trendAnalyzer, "trendAnalyzer");
        Checks.notNull(vixThresholds, "vixThresholds");
        Checks.positive(pcrBearish, "pcrBearish");
        Checks.argument(
                pcrBullish > pcrBearish, () -> "pcrBullish " + pcrBullish + " must exceed pcrBearish " + pcrBearish);
    }

    /**
     * Evaluates the market as of {@code asOf}.
     *
     * @param niftyCandles NIFTY daily candles, strictly increasing dates; later than {@code asOf} ignored
     * @param vixCandles India VIX daily candles (closes used), strictly increasing dates; later ones ignored
     * @param niftyPutCallRatio NIFTY's put/call ratios, if its chain is known
     * @param asOf the analysis day
     * @return the conditions, or {@link MarketConditionsResult.Unavailable} naming the missing history
     */
    public MarketConditionsResult evaluate(
            List<Candle> niftyCandles,
            List<Candle> vixCandles,
            Optional<PutCallRatio> niftyPutCallRatio,
            LocalDate asOf) {
        Checks.notNull(niftyPutCallRatio, "niftyPutCallRatio");
        TrendResult trend = trendAnalyzer.analyze(niftyCandles, asOf);
        List<Candle> vix = Checks.notNull(vixCandles, "vixCandles").stream()
                .filter(c -> !c.date().isAfter(asOf))
                .toList();
        List<InsufficientHistory> missing = new ArrayList<>();
        if (trend instanceof InsufficientHistory insufficient) {
            missing.add(insufficient);
        }
        if (vix.isEmpty()) {
            missing.add(new InsufficientHistory("India VIX", 1, 0));
        }
        if (!missing.isEmpty()) {
            return new MarketConditionsResult.Unavailable(missing);
        }
        TrendAnalysis niftyTrend = (TrendAnalysis) trend;
        VixAssessment vixAssessment = VixAssessment.of(
                vix.get(vix.size() - 1).date(), vix.stream().map(Candle::close).toList(), vixThresholds);
        double confidence = (0.6 * niftyTrend.confidence() + 0.4 * vixAssessment.confidence())
                * pcrFactor(niftyTrend.direction(), niftyPutCallRatio.map(PutCallRatio::byOpenInterest));
        return new MarketConditions(
                asOf,
                MarketState.of(niftyTrend.direction(), vixAssessment.regime()),
                confidence,
                niftyTrend,
                vixAssessment,
                niftyPutCallRatio);
    }

    /** Returns the direction NIFTY's PCR by OI reads, NEUTRAL between the thresholds. */
    public Direction pcrReading(double pcrByOpenInterest) {
        Checks.nonNegative(pcrByOpenInterest, "pcrByOpenInterest");
        if (pcrByOpenInterest >= pcrBullish) {
            return Direction.BULLISH;
        }
        return pcrByOpenInterest <= pcrBearish ? Direction.BEARISH : Direction.NEUTRAL;
    }

    private double pcrFactor(Direction direction, Optional<OptionalDouble> pcr) {
        if (pcr.isEmpty() || pcr.get().isEmpty()) {
            return 0.9;
        }
        Direction reading = pcrReading(pcr.get().getAsDouble());
        if (reading == direction) {
            return 1;
        }
        boolean contradicts = reading != Direction.NEUTRAL && direction != Direction.NEUTRAL;
        return contradicts ? 0.75 : 0.9;
    }
}
