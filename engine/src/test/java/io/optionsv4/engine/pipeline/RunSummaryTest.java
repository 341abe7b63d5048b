package io.optionsv4.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import io.optionsv4.core.analysis.Direction;
import io.optionsv4.core.analysis.InsufficientHistory;
import io.optionsv4.core.analysis.TrendAnalysis;
import io.optionsv4.core.analysis.TrendResult;
import io.optionsv4.core.analysis.UnderlyingAnalysis;
import io.optionsv4.core.conditions.MarketStateEvaluator;
import io.optionsv4.core.selection.RejectionReason;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.selection.StrategyRecommendation;
import io.optionsv4.engine.testdata.Settings;
import io.optionsv4.engine.testdata.TestClock;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The run summary's counts. The outcomes are made from one real analysed symbol of the simulated market (ABB on 20
 * November 2026) with the trend direction and the strategy names each test needs.
 */
class RunSummaryTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    private static SymbolOutcome.Analysed template;

    @BeforeAll
    static void analyseOneSymbol() {
        SimulatedMarketData sim = new SimulatedMarketData(42);
        TestClock clock = new TestClock(Instant.parse("2026-11-20T04:00:00Z"));
        AnalysisPipeline pipeline = new AnalysisPipeline(
                sim,
                Optional.empty(),
                Optional.empty(),
                new MarketConditionsService(sim, Optional.empty(), MarketStateEvaluator.DEFAULT, clock),
                Settings.defaults(),
                clock,
                1);
        AnalysisRun run = pipeline.run(
                new AnalysisRequest(AS_OF, List.of("ABB"), OptionalInt.empty(), RiskTolerance.MODERATE, 3, false),
                ProgressListener.NONE);
        template = (SymbolOutcome.Analysed) run.outcomes().get(0);
    }

    // ---- outcomes ------------------------------------------------------------------------------------------------

    private static TrendResult trend(Direction direction) {
        TrendAnalysis t = (TrendAnalysis) template.underlying().trend();
        return new TrendAnalysis(
                t.asOf(), direction, t.confidence(), t.score(), t.votes(), t.skipped(), t.indicators());
    }

    private static UnderlyingAnalysis underlying(String symbol, TrendResult trend) {
        UnderlyingAnalysis u = template.underlying();
        return new UnderlyingAnalysis(
                symbol,
                u.asOf(),
                trend,
                u.iv(),
                u.levels(),
                u.putCallRatio(),
                u.expectedMoves(),
                u.termStructure(),
                u.profile());
    }

    private static RankedStrategy named(int rank, String name) {
        RankedStrategy s = template.strategies().get(0);
        StrategyRecommendation r = s.recommendation();
        return new RankedStrategy(
                rank,
                s.ranked(),
                s.exitPlan(),
                new StrategyRecommendation(
                        name,
                        r.legs(),
                        r.figures(),
                        r.greekExposure(),
                        r.risk(),
                        r.exitLevels(),
                        r.componentScores(),
                        r.totalScore(),
                        r.conviction(),
                        r.economics()),
                s.planProbabilities(),
                s.nearExpiryKind(),
                s.planCostsIncluded());
    }

    private static SymbolOutcome analysed(
            String symbol, Direction direction, Optional<String> storeError, String... strategyNames) {
        List<RankedStrategy> strategies = new ArrayList<>();
        for (String name : strategyNames) {
            strategies.add(named(strategies.size() + 1, name));
        }
        return new SymbolOutcome.Analysed(
                symbol, underlying(symbol, trend(direction)), template.analysis(), strategies, List.of(), storeError);
    }

    private static SymbolOutcome analysed(String symbol, Direction direction, String... strategyNames) {
        return analysed(symbol, direction, Optional.empty(), strategyNames);
    }

    private static SymbolOutcome none(String symbol, RejectionReason reason, Optional<TrendResult> trend) {
        return new SymbolOutcome.NoStrategy(
                symbol, trend.map(t -> underlying(symbol, t)), reason, reason.label(), List.of());
    }

    private static SymbolOutcome none(String symbol, RejectionReason reason) {
        return none(symbol, reason, Optional.empty());
    }

    // ---- tests ---------------------------------------------------------------------------------------------------

    @Test
    void test_of_strategiesByType_sortedByCountThenName() {
        RunSummary summary = RunSummary.of(List.of(
                analysed("A", Direction.BULLISH, "Long Call", "Iron Condor"),
                analysed("B", Direction.BULLISH, "Iron Condor", "Bull Put Spread", "Long Call"),
                analysed("C", Direction.NEUTRAL, "Bear Call Spread", "Bull Put Spread", "Iron Condor"),
                none("D", RejectionReason.NO_LIQUID_STRIKES)));

        assertThat(summary.strategiesByType())
                .containsExactly(
                        entry("Iron Condor", 3),
                        entry("Bull Put Spread", 2),
                        entry("Long Call", 2),
                        entry("Bear Call Spread", 1));
        assertThat(summary.strategies()).isEqualTo(8);
        assertThat(summary.symbols()).isEqualTo(4);
        assertThat(summary.withStrategies()).isEqualTo(3);
    }

    @Test
    void test_of_sentiment_overEverySymbolWithATrend() {
        TrendResult noTrend = new InsufficientHistory("trend", 60, 12);
        RunSummary summary = RunSummary.of(List.of(
                analysed("A", Direction.BULLISH, "Long Call"),
                analysed("B", Direction.BEARISH, "Long Put"),
                none("C", RejectionReason.NO_LIQUID_STRIKES, Optional.of(trend(Direction.BULLISH))),
                none("D", RejectionReason.DATA_MISSING, Optional.of(noTrend)),
                none("E", RejectionReason.DATA_MISSING),
                analysed("F", Direction.BULLISH, "Bull Call Spread")));

        assertThat(summary.sentiment())
                .containsOnly(entry(Direction.BULLISH, 3), entry(Direction.BEARISH, 1))
                .doesNotContainKey(Direction.NEUTRAL);
    }

    @Test
    void test_of_noStrategyReasons_mostFrequentFirst() {
        RunSummary summary = RunSummary.of(List.of(
                none("A", RejectionReason.DATA_MISSING),
                none("B", RejectionReason.NO_LIQUID_STRIKES),
                none("C", RejectionReason.FAILED),
                none("D", RejectionReason.NO_LIQUID_STRIKES),
                analysed("E", Direction.NEUTRAL, "Iron Condor"),
                none("F", RejectionReason.FAILED),
                none("G", RejectionReason.NO_LIQUID_STRIKES)));

        assertThat(summary.noStrategyReasons())
                .containsExactly(
                        entry(RejectionReason.NO_LIQUID_STRIKES, 3),
                        entry(RejectionReason.FAILED, 2),
                        entry(RejectionReason.DATA_MISSING, 1));
        assertThat(summary.withStrategies()).isEqualTo(1);
    }

    @Test
    void test_of_successRateAndStoreFailures() {
        RunSummary summary = RunSummary.of(List.of(
                analysed("A", Direction.BULLISH, "Long Call"),
                analysed("B", Direction.BEARISH, Optional.of("StoreException: disk full"), "Long Put"),
                analysed("C", Direction.NEUTRAL, "Iron Condor"),
                none("D", RejectionReason.BELOW_POP_THRESHOLD)));

        assertThat(summary.successRate()).isEqualTo(0.75);
        assertThat(summary.storeFailures()).isEqualTo(1);
        assertThat(summary.withStrategies()).isEqualTo(3);
    }

    @Test
    void test_of_everySymbolAnalysed_successRateOne() {
        RunSummary summary = RunSummary.of(List.of(analysed("A", Direction.BULLISH, "Long Call")));

        assertThat(summary.successRate()).isEqualTo(1.0);
        assertThat(summary.noStrategyReasons()).isEmpty();
    }

    @Test
    void test_of_emptyRun() {
        RunSummary summary = RunSummary.of(List.of());

        assertThat(summary.symbols()).isZero();
        assertThat(summary.withStrategies()).isZero();
        assertThat(summary.strategies()).isZero();
        assertThat(summary.successRate()).isZero();
        assertThat(summary.strategiesByType()).isEmpty();
        assertThat(summary.sentiment()).isEmpty();
        assertThat(summary.noStrategyReasons()).isEmpty();
        assertThat(summary.storeFailures()).isZero();
    }

    @Test
    void test_of_realOutcome_countsItsStrategies() {
        RunSummary summary = RunSummary.of(List.of(template));

        assertThat(summary.strategies()).isEqualTo(template.strategies().size());
        assertThat(summary.strategiesByType().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(template.strategies().size());
        assertThat(summary.sentiment())
                .containsOnly(entry(((TrendAnalysis) template.underlying().trend()).direction(), 1));
    }

    @Test
    void test_new_mapsAreCopiesInTheirOrder() {
        Map<String, Integer> byType = new LinkedHashMap<>();
        byType.put("Long Call", 1);
        byType.put("Iron Condor", 3);
        Map<Direction, Integer> sentiment = new EnumMap<>(Direction.class);
        sentiment.put(Direction.BULLISH, 2);

        RunSummary summary = new RunSummary(2, 2, 4, byType, sentiment, Map.of(), 0);
        byType.put("Long Put", 7);

        assertThat(summary.strategiesByType()).containsExactly(entry("Long Call", 1), entry("Iron Condor", 3));
    }

    @Test
    void test_new_moreSymbolsWithStrategiesThanSymbols_rejectedNamingTheCounts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RunSummary(1, 2, 2, Map.of(), Map.of(), Map.of(), 0))
                .withMessageContaining("withStrategies")
                .withMessageContaining("2 of 1");
    }

    @Test
    void test_new_moreStoreFailuresThanAnalysedSymbols_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RunSummary(3, 1, 2, Map.of(), Map.of(), Map.of(), 2))
                .withMessageContaining("storeFailures");
    }

    @Test
    void test_new_nullMap_rejectedNamingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RunSummary(0, 0, 0, Map.of(), null, Map.of(), 0))
                .withMessage("sentiment must not be null");
    }
}
