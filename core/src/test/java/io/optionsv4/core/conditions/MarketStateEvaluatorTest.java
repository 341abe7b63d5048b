package io.optionsv4.core.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.analysis.Direction;
import io.optionsv4.core.analysis.InsufficientHistory;
import io.optionsv4.core.analysis.PutCallRatio;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.testdata.Candles;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarketStateEvaluatorTest {

    private static final LocalDate FAR = LocalDate.of(2030, 1, 1);
    private static final MarketStateEvaluator EVALUATOR = MarketStateEvaluator.DEFAULT;

    private static final Map<Direction, List<Candle>> NIFTY = Map.of(
            Direction.BULLISH, Candles.linear(60, 12_000, 20),
            Direction.BEARISH, Candles.linear(60, 13_000, -20),
            Direction.NEUTRAL, Candles.zigzag(60, 12_000, 10));

    private static final Map<VixRegime, List<Candle>> VIX = Map.of(
            VixRegime.LOW, vix(VixAssessmentTest.year(15, 25, 12)),
            VixRegime.NORMAL, vix(VixAssessmentTest.year(16, 18, 17)),
            VixRegime.HIGH, vix(VixAssessmentTest.year(12, 15, 25)));

    @Test
    void test_evaluate_allNineStatesReachable() {
        Set<MarketState> reached = EnumSet.noneOf(MarketState.class);
        for (Direction d : Direction.values()) {
            for (VixRegime r : VixRegime.values()) {
                MarketConditions c =
                        (MarketConditions) EVALUATOR.evaluate(NIFTY.get(d), VIX.get(r), Optional.empty(), FAR);
                assertThat(c.state()).isEqualTo(MarketState.of(d, r));
                assertThat(c.confidence()).isBetween(0.0, 1.0);
                reached.add(c.state());
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(MarketState.values());
    }

    @Test
    void test_evaluate_pcrAgreeingRaisesConfidence() {
        List<Candle> up = NIFTY.get(Direction.BULLISH);
        List<Candle> lowVix = VIX.get(VixRegime.LOW);
        double bullishPcr = confidence(up, lowVix, new PutCallRatio(100, 130, 0, 0));
        double noPcr = confidence(up, lowVix, null);
        double bearishPcr = confidence(up, lowVix, new PutCallRatio(100, 70, 0, 0));

        assertThat(bullishPcr).isGreaterThan(noPcr);
        assertThat(noPcr).isGreaterThan(bearishPcr);
        assertThat(bullishPcr / bearishPcr).isCloseTo(1 / 0.75, within(1e-12));
    }

    @Test
    void test_pcrReading_atTheThresholds() {
        assertThat(EVALUATOR.pcrReading(1.2)).isEqualTo(Direction.BULLISH);
        assertThat(EVALUATOR.pcrReading(1.19)).isEqualTo(Direction.NEUTRAL);
        assertThat(EVALUATOR.pcrReading(0.81)).isEqualTo(Direction.NEUTRAL);
        assertThat(EVALUATOR.pcrReading(0.8)).isEqualTo(Direction.BEARISH);
    }

    @Test
    void test_evaluate_missingHistoryIsUnavailable() {
        MarketConditionsResult result =
                EVALUATOR.evaluate(Candles.linear(10, 12_000, 20), List.of(), Optional.empty(), FAR);

        assertThat(result)
                .isEqualTo(new MarketConditionsResult.Unavailable(
                        List.of(new InsufficientHistory("trend", 36, 10), new InsufficientHistory("India VIX", 1, 0))));
    }

    private static double confidence(List<Candle> nifty, List<Candle> vix, PutCallRatio pcr) {
        return ((MarketConditions) EVALUATOR.evaluate(nifty, vix, Optional.ofNullable(pcr), FAR)).confidence();
    }

    private static List<Candle> vix(List<Double> closes) {
        return Candles.closes(closes.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
