package io.optionsv4.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.conditions.MarketConditions;
import io.optionsv4.core.conditions.MarketStateEvaluator;
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
        // no database here, so no IV history: the one warning says the IV rank is unavailable for every symbol
        assertThat(run.warnings()).singleElement().asString().startsWith("IV rank unavailable for 145 of 145 symbols");
        assertThat(run.summary().noStrategyReasons()).doesNotContainKey(RejectionReason.FAILED);
        assertThat(run.summary().withStrategies()).isPositive();
        assertThat(run.stored()).isEqualTo(run.summary().withStrategies());
    }

    @Test
    void test_run_realDay_indexWithoutCashHistory_dataMissingNamingIt() {
        SymbolOutcome bankNifty = run.outcomes().stream()
                .filter(o -> o.symbol().equals("BANKNIFTY"))
                .findFirst()
                .orElseThrow();

        assertThat(bankNifty).isInstanceOfSatisfying(SymbolOutcome.NoStrategy.class, n -> {
            assertThat(n.reason()).isEqualTo(RejectionReason.DATA_MISSING);
            assertThat(n.detail()).contains("BANKNIFTY");
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
