package io.optionsv4.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.analysis.InsufficientHistory;
import io.optionsv4.core.analysis.IvAssessment;
import io.optionsv4.core.analysis.UnderlyingAnalysis;
import io.optionsv4.core.conditions.MarketConditions;
import io.optionsv4.core.conditions.MarketStateEvaluator;
import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.selection.RejectionReason;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.selection.StrategyRecommendation;
import io.optionsv4.core.selection.SymbolAnalysis;
import io.optionsv4.engine.testdata.RecordingAnalysisStore;
import io.optionsv4.engine.testdata.Settings;
import io.optionsv4.engine.testdata.TestClock;
import io.optionsv4.marketdata.files.ProjectData;
import io.optionsv4.marketdata.replay.BhavcopyReplayMarketData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole universe of a real NSE day, 3 January 2020 (the bhavcopy replay of the project's {@code data/}),
 * moderate: no symbol fails, the ones without data say what is missing, and what is stored is ranked.
 */
class ReplayAnalysisTest {

    private static final LocalDate AS_OF = LocalDate.of(2020, 1, 3);
    private static final int TOP = 3;

    private static BhavcopyReplayMarketData replay;
    private static RecordingAnalysisStore store;
    private static AnalysisRun run;

    @BeforeAll
    static void analyseTheDay() {
        replay = new BhavcopyReplayMarketData(ProjectData.directory());
        store = new RecordingAnalysisStore();
        TestClock clock = new TestClock(Instant.parse("2020-01-03T11:00:00Z"));
        AnalysisPipeline pipeline = new AnalysisPipeline(
                replay,
                Optional.of(store),
                Optional.empty(),
                new MarketConditionsService(replay, Optional.empty(), MarketStateEvaluator.DEFAULT, clock),
                Settings.defaults(),
                clock,
                2);
        run = pipeline.run(
                new AnalysisRequest(AS_OF, List.of(), OptionalInt.empty(), RiskTolerance.MODERATE, TOP, true),
                ProgressListener.NONE);
    }

    @Test
    void test_run_realDay_everySymbolOfTheDayAnsweredNoneFailed() {
        assertThat(run.outcomes()).extracting(SymbolOutcome::symbol).isEqualTo(replay.symbols(AS_OF));
        assertThat(run.market()).isInstanceOf(MarketConditions.class);
        // the two indices without a price history are analysed from their chains, and no database here means no IV
        // history: two warnings say so
        assertThat(run.warnings()).hasSize(2);
        assertThat(run.warnings().get(0))
                .startsWith("analysed from the option chains alone, without a daily price history of the index in the"
                        + " data source: BANKNIFTY (spot = ");
        assertThat(run.warnings().get(1)).startsWith("IV rank unavailable for 146 of 146 symbols");
        assertThat(run.summary().noStrategyReasons()).doesNotContainKey(RejectionReason.FAILED);
        assertThat(run.summary().withStrategies()).isPositive();
        assertThat(run.stored()).isEqualTo(run.summary().withStrategies());
    }

    /**
     * Issue 13, item 7: BANKNIFTY and NIFTYIT have no cash history in the replay. BANKNIFTY is analysed from its chains
     * (spot = the nearest expiry's forward discounted to the day) instead of being dropped as data missing;
     * NIFTYIT, none of whose options traded that day, has nothing to analyse it from and says so.
     */
    @Test
    void test_run_realDay_indexWithoutCashHistory_analysedFromItsChains() {
        String index = "BANKNIFTY";
        SymbolOutcome outcome = run.outcomes().stream()
                .filter(o -> o.symbol().equals(index))
                .findFirst()
                .orElseThrow();
        UnderlyingAnalysis analysis = switch (outcome) {
            case SymbolOutcome.Analysed a -> a.underlying();
            case SymbolOutcome.NoStrategy n -> {
                assertThat(n.reason()).as(n.detail()).isNotEqualTo(RejectionReason.DATA_MISSING);
                yield n.underlying().orElseThrow();
            }
        };
        OptionChain near = replay.expiries(index, AS_OF).stream()
                .map(Expiry::date)
                .filter(d -> d.isAfter(AS_OF))
                .sorted()
                .map(d -> replay.optionChain(index, d, AS_OF))
                .filter(c -> c.forward().isPresent())
                .findFirst()
                .orElseThrow();
        assertThat(analysis.chainsOnly()).isTrue();
        assertThat(analysis.trend()).isInstanceOf(InsufficientHistory.class);
        assertThat(analysis.levels().reference())
                .isCloseTo(near.forward().orElseThrow().price() * near.discountFactor(), within(1e-6));
        IvAssessment iv = (IvAssessment) analysis.iv();
        assertThat(iv.realizedVolatility()).isEmpty();
        assertThat(iv.current()).isBetween(0.05, 0.60);
        assertThat(analysis.expectedMoves()).isNotEmpty();
        assertThat(analysis.levels().maxPain()).isPresent();
        assertThat(run.outcomes().stream().filter(o -> o.symbol().equals("BANKNIFTY")))
                .singleElement()
                .isInstanceOf(SymbolOutcome.Analysed.class);
        SymbolOutcome niftyIt = run.outcomes().stream()
                .filter(o -> o.symbol().equals("NIFTYIT"))
                .findFirst()
                .orElseThrow();
        assertThat(niftyIt).isInstanceOfSatisfying(SymbolOutcome.NoStrategy.class, n -> {
            assertThat(n.reason()).isEqualTo(RejectionReason.DATA_MISSING);
            assertThat(n.detail())
                    .contains("no EQ history for NIFTYIT")
                    .endsWith("and no priced ATM option in its chains to analyse it from");
        });
    }

    @Test
    void test_run_realDay_storedRecommendationsRankedAtMostTop() {
        assertThat(store.stored()).hasSize(run.stored());
        for (SymbolAnalysis analysis : store.stored().values()) {
            List<Double> scores = analysis.recommendations().stream()
                    .map(StrategyRecommendation::totalScore)
                    .toList();
            assertThat(analysis.tradeDate()).isEqualTo(AS_OF);
            assertThat(scores).as(analysis.symbol()).isNotEmpty().hasSizeLessThanOrEqualTo(TOP);
            assertThat(scores).as(analysis.symbol()).isSortedAccordingTo(Collections.reverseOrder());
        }
    }

    @Test
    void test_run_realDay_everyMissingDataSaysWhat() {
        run.outcomes().stream()
                .filter(SymbolOutcome.NoStrategy.class::isInstance)
                .map(SymbolOutcome.NoStrategy.class::cast)
                .forEach(n -> assertThat(n.detail()).as(n.symbol()).isNotBlank());
    }
}
