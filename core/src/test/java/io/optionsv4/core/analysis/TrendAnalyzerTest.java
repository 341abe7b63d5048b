package io.optionsv4.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.market.Candle;
import io.optionsv4.core.testdata.Candles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendAnalyzerTest {

    private static final LocalDate FAR = LocalDate.of(2030, 1, 1);

    @Test
    void test_analyze_steadyUptrendIsBullish() {
        TrendAnalysis trend = (TrendAnalysis) TrendAnalyzer.DEFAULT.analyze(Candles.linear(60, 100, 1), FAR);

        assertThat(trend.direction()).isEqualTo(Direction.BULLISH);
        assertThat(trend.confidence()).isGreaterThan(0.8);
        assertThat(trend.votes())
                .extracting(TrendVote::name)
                .containsExactly("EMA 9/21", "RSI 14", "MACD 12/26/9", "ADX 14");
        assertThat(trend.votes()).allSatisfy(v -> assertThat(v.vote()).isPositive());
        assertThat(trend.skipped()).extracting(InsufficientHistory::what).containsExactly("EMA 50/200");
    }

    @Test
    void test_analyze_steadyDowntrendIsBearish() {
        TrendAnalysis trend = (TrendAnalysis) TrendAnalyzer.DEFAULT.analyze(Candles.linear(60, 200, -1), FAR);

        assertThat(trend.direction()).isEqualTo(Direction.BEARISH);
        assertThat(trend.confidence()).isGreaterThan(0.8);
        assertThat(trend.score()).isNegative();
    }

    @Test
    void test_analyze_flatSeriesIsNeutral() {
        TrendAnalysis trend = (TrendAnalysis) TrendAnalyzer.DEFAULT.analyze(Candles.zigzag(60, 100, 1), FAR);

        assertThat(trend.direction()).isEqualTo(Direction.NEUTRAL);
        assertThat(trend.confidence()).isGreaterThan(0.5);
    }

    /** A suspended stock: every price 50, no range. ta4j's RSI is 0 there, which must not read as bearish. */
    @Test
    void test_analyze_motionlessSeriesIsNeutral() {
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            candles.add(new Candle(Candles.START.plusDays(i), 50, 50, 50, 50, 0));
        }

        TrendAnalysis trend = (TrendAnalysis) TrendAnalyzer.DEFAULT.analyze(candles, FAR);

        assertThat(trend.direction()).isEqualTo(Direction.NEUTRAL);
        assertThat(trend.score()).isZero();
        assertThat(trend.confidence()).isEqualTo(1);
    }

    @Test
    void test_analyze_longHistoryVotesOnEma50Over200() {
        TrendAnalysis trend = (TrendAnalysis) TrendAnalyzer.DEFAULT.analyze(Candles.linear(250, 100, 0.5), FAR);

        assertThat(trend.skipped()).isEmpty();
        assertThat(trend.votes()).extracting(TrendVote::name).contains("EMA 50/200");
        assertThat(trend.direction()).isEqualTo(Direction.BULLISH);
    }

    @Test
    void test_analyze_insufficientHistory() {
        TrendResult result = TrendAnalyzer.DEFAULT.analyze(Candles.linear(35, 100, 1), FAR);

        assertThat(result).isEqualTo(new InsufficientHistory("trend", 36, 35));
    }

    @Test
    void test_analyze_ignoresCandlesAfterAsOf() {
        List<Candle> upThenDown = new ArrayList<>(Candles.linear(60, 100, 1));
        List<Candle> down = Candles.linear(40, 159, -3);
        for (int i = 0; i < down.size(); i++) {
            Candle c = down.get(i);
            upThenDown.add(
                    new Candle(Candles.START.plusDays(60 + i), c.open(), c.high(), c.low(), c.close(), c.volume()));
        }
        LocalDate asOf = Candles.START.plusDays(59);

        TrendAnalysis trend = (TrendAnalysis) TrendAnalyzer.DEFAULT.analyze(upThenDown, asOf);

        assertThat(trend.asOf()).isEqualTo(asOf);
        assertThat(trend.direction()).isEqualTo(Direction.BULLISH);
        assertThat(((TrendAnalysis) TrendAnalyzer.DEFAULT.analyze(upThenDown, FAR)).direction())
                .isEqualTo(Direction.BEARISH);
    }
}
