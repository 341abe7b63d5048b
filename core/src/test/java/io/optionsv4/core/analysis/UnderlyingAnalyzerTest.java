package io.optionsv4.core.analysis;

import static io.optionsv4.core.testdata.Chains.Strike.oi;
import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.testdata.Candles;
import io.optionsv4.core.testdata.Chains;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnderlyingAnalyzerTest {

    private static final LocalDate FAR = LocalDate.of(2030, 1, 1);

    @Test
    void test_analyze_everyPartOfAnUptrendingStock() {
        var candles = Candles.linear(80, 100, 1);
        var chain = Chains.chain(179, 20, oi(170, 100, 900), oi(180, 300, 200), oi(190, 800, 50));

        UnderlyingAnalysis a =
                UnderlyingAnalyzer.DEFAULT.analyze(new UnderlyingData("ABC", candles, List.of(chain), List.of()), FAR);

        assertThat(((TrendAnalysis) a.trend()).direction()).isEqualTo(Direction.BULLISH);
        IvAssessment iv = (IvAssessment) a.iv();
        assertThat(iv.currentSource()).isEqualTo(VolatilitySource.IMPLIED);
        assertThat(iv.statistics()).isEmpty();
        assertThat(iv.rankUnavailable()).contains("0 stored 30-day ATM IVs before today, 20 needed");
        assertThat(a.levels().reference()).isEqualTo(179);
        assertThat(a.levels().maxPain()).hasValue(180);
        assertThat(a.levels().supports()).allSatisfy(l -> assertThat(l.price()).isLessThan(179));
        assertThat(a.levels().resistances())
                .allSatisfy(l -> assertThat(l.price()).isGreaterThan(179));
        assertThat(a.levels().supports())
                .contains(new KeyLevel(KeyLevel.Type.SUPPORT, 170, 1, KeyLevel.Source.OI_WALL));
        assertThat(a.levels().valueArea()).isPresent();
        assertThat(a.putCallRatio().byOpenInterest().getAsDouble()).isEqualTo(1150.0 / 1200);
        assertThat(a.expectedMoves()).hasSize(1);
        assertThat(a.termStructure()).isEmpty();
        assertThat(a.profile()).isPresent();
    }

    /**
     * Issue 17: an index whose daily file carries no volume (NIFTY before 2013) keeps every part of the analysis that
     * rests on its closes, and has no value area; its basis says so.
     */
    @Test
    void test_analyze_candlesWithoutVolume_noValueAreaAndTheBasisSaysSo() {
        var withVolume = Candles.linear(80, 100, 1);
        var candles = withVolume.stream()
                .map(c -> new io.optionsv4.core.market.Candle(c.date(), c.open(), c.high(), c.low(), c.close(), 0))
                .toList();
        var chain = Chains.chain(179, 20, oi(170, 100, 900), oi(180, 300, 200), oi(190, 800, 50));

        UnderlyingAnalysis a = UnderlyingAnalyzer.DEFAULT.analyze(
                new UnderlyingData("NIFTY", candles, List.of(chain), List.of()), FAR);
        UnderlyingAnalysis traded = UnderlyingAnalyzer.DEFAULT.analyze(
                new UnderlyingData("NIFTY", withVolume, List.of(chain), List.of()), FAR);

        assertThat(a.basis()).isEqualTo(AnalysisBasis.PRICE_HISTORY_WITHOUT_VOLUME);
        assertThat(a.withoutVolume()).isTrue();
        assertThat(a.chainsOnly()).isFalse();
        assertThat(a.levels().valueArea()).isEmpty();
        assertThat(a.levels().supports()).extracting(KeyLevel::source).doesNotContain(KeyLevel.Source.VOLUME_PROFILE);
        assertThat(a.levels().resistances())
                .extracting(KeyLevel::source)
                .doesNotContain(KeyLevel.Source.VOLUME_PROFILE);
        assertThat(a.levels().maxPain()).hasValue(180);
        assertThat(a.trend()).isEqualTo(traded.trend());
        assertThat(a.iv()).isEqualTo(traded.iv());
        assertThat(((IvAssessment) a.iv()).realizedVolatility()).isPresent();
        assertThat(a.profile()).isPresent();
        assertThat(traded.basis()).isEqualTo(AnalysisBasis.PRICE_HISTORY_AND_CHAINS);
        assertThat(traded.withoutVolume()).isFalse();
        assertThat(traded.levels().valueArea()).isPresent();
    }

    /** Noisy seeded random walks of a year and a half: every part is computed and every figure stays in range. */
    @Test
    void test_analyze_randomWalks() {
        for (long seed = 1; seed <= 20; seed++) {
            var candles = Candles.randomWalk(seed, 380, 1_000, 0.02);
            double spot = candles.get(candles.size() - 1).close();
            double atm = Math.round(spot / 10) * 10.0;
            var chain = Chains.chain(spot, 20, oi(atm - 10, 100, 900), oi(atm, 300, 200), oi(atm + 10, 800, 50));

            List<Double> storedIvs = java.util.stream.IntStream.range(0, 300)
                    .mapToObj(i -> 0.15 + 0.0005 * i)
                    .toList();
            UnderlyingAnalysis a = UnderlyingAnalyzer.DEFAULT.analyze(
                    new UnderlyingData("ABC", candles, List.of(chain), storedIvs), FAR);

            TrendAnalysis trend = (TrendAnalysis) a.trend();
            assertThat(trend.votes()).hasSize(5);
            assertThat(trend.confidence()).isBetween(0.0, 1.0);
            assertThat(((IvAssessment) a.iv()).statistics().orElseThrow().observations())
                    .isEqualTo(IvStatistics.WINDOW_DAYS);
            assertThat(a.levels().supports()).isNotEmpty();
            assertThat(a.levels().resistances()).isNotEmpty();
            assertThat(a.profile().orElseThrow().liquidityScore()).isBetween(0.0, 1.0);
        }
    }

    /** An index without a price history (issue 13, item 7): analysed from its chain, spot = F e^{-rT}. */
    @Test
    void test_analyzeFromChains_spotFromTheDiscountedForward() {
        var withSpot = Chains.chain(179, 20, oi(170, 100, 900), oi(180, 300, 200), oi(190, 800, 50));
        var chain = new io.optionsv4.core.market.OptionChain(
                withSpot.underlying(),
                withSpot.expiry(),
                withSpot.asOf(),
                java.util.OptionalDouble.empty(),
                java.util.Optional.of(io.optionsv4.core.market.ForwardPrice.ofParity(180, 3, 0.2)),
                withSpot.rate(),
                withSpot.yearsToExpiry(),
                withSpot.lotSize(),
                withSpot.rows());
        List<Double> stored = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> 0.1 + 0.005 * i)
                .toList();

        UnderlyingAnalysis a = UnderlyingAnalyzer.DEFAULT
                .analyzeFromChains("BANKNIFTY", List.of(chain), stored, Chains.AS_OF)
                .orElseThrow();

        assertThat(a.chainsOnly()).isTrue();
        assertThat(a.basis()).isEqualTo(AnalysisBasis.CHAINS_ONLY);
        assertThat(a.levels().reference()).isEqualTo(180 * chain.discountFactor());
        assertThat(a.trend()).isInstanceOf(InsufficientHistory.class);
        IvAssessment iv = (IvAssessment) a.iv();
        assertThat(iv.realizedVolatility()).isEmpty();
        assertThat(iv.current()).isEqualTo(0.20);
        assertThat(iv.statistics()).isPresent();
        assertThat(a.levels().valueArea()).isEmpty();
        assertThat(a.levels().maxPain()).hasValue(180);
        assertThat(a.levels().supports()).extracting(KeyLevel::source).doesNotContain(KeyLevel.Source.SWING_POINT);
        assertThat(a.profile()).isEmpty();
        assertThat(a.expectedMoves()).hasSize(1);
        assertThat(UnderlyingAnalyzer.DEFAULT.analyzeFromChains("BANKNIFTY", List.of(withSpot), stored, Chains.AS_OF))
                .as("no chain with a forward")
                .isEmpty();
    }

    @Test
    void test_analyze_shortHistorySaysSo() {
        UnderlyingAnalysis a = UnderlyingAnalyzer.DEFAULT.analyze(
                new UnderlyingData("ABC", Candles.linear(10, 100, 1), List.of(), List.of()), FAR);

        assertThat(a.trend()).isInstanceOf(InsufficientHistory.class);
        assertThat(a.iv()).isInstanceOf(InsufficientHistory.class);
        assertThat(a.profile()).isEmpty();
        assertThat(a.levels().maxPain()).isEmpty();
        assertThat(a.expectedMoves()).isEmpty();
    }
}
