package io.optionsv4.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.optionsv4.core.analysis.IvAssessment;
import io.optionsv4.core.analysis.IvHistoryStore;
import io.optionsv4.core.analysis.IvStatistics;
import io.optionsv4.core.analysis.VolatilitySource;
import io.optionsv4.core.conditions.MarketConditions;
import io.optionsv4.core.conditions.MarketConditionsResult;
import io.optionsv4.core.conditions.MarketStateEvaluator;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.result.StoreException;
import io.optionsv4.core.selection.AnalysisStore;
import io.optionsv4.core.selection.RejectionReason;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.selection.StrategyRecommendation;
import io.optionsv4.core.selection.SymbolAnalysis;
import io.optionsv4.engine.testdata.FaultyMarketData;
import io.optionsv4.engine.testdata.FaultyMarketData.Call;
import io.optionsv4.engine.testdata.FixedIvHistory;
import io.optionsv4.engine.testdata.RecordingAnalysisStore;
import io.optionsv4.engine.testdata.RecordingConditionsStore;
import io.optionsv4.engine.testdata.Settings;
import io.optionsv4.engine.testdata.TestClock;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analyze pipeline on the simulated market of Friday 20 November 2026 (seed 42), with faults injected into the
 * market data and the stores: a symbol's failure stays with that symbol.
 */
class AnalysisPipelineTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    private static final SimulatedMarketData SIM = new SimulatedMarketData(42);

    /** Symbols of the simulated universe; ADANIPOWER gets no strategy that day (no liquid strikes). */
    private static final List<String> SYMBOLS =
            List.of("360ONE", "ABB", "ADANIENT", "ADANIPOWER", "ALKEM", "AXISBANK", "BANKNIFTY");

    private static final String NO_STRATEGY = "ADANIPOWER";

    private static AnalysisRun baseline;

    @BeforeAll
    static void runWithoutFaults() {
        baseline = run(new FaultyMarketData(SIM), Optional.empty(), 2, named(SYMBOLS), ProgressListener.NONE);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static AnalysisRequest named(List<String> symbols) {
        return new AnalysisRequest(AS_OF, symbols, OptionalInt.empty(), RiskTolerance.MODERATE, 3, true);
    }

    /** Returns the run's warnings but the one saying the IV rank is unavailable (no stored IV history here). */
    private static List<String> otherWarnings(AnalysisRun run) {
        return run.warnings().stream()
                .filter(w -> !w.startsWith("IV rank unavailable"))
                .toList();
    }

    private static AnalysisRequest limited(int limit, int top) {
        return new AnalysisRequest(AS_OF, List.of(), OptionalInt.of(limit), RiskTolerance.MODERATE, top, true);
    }

    private static AnalysisPipeline pipeline(
            MarketData data, Optional<AnalysisStore> store, MarketConditionsService conditions, int parallelism) {
        return pipeline(data, store, Optional.empty(), conditions, parallelism);
    }

    private static AnalysisPipeline pipeline(
            MarketData data,
            Optional<AnalysisStore> store,
            Optional<IvHistoryStore> ivHistory,
            MarketConditionsService conditions,
            int parallelism) {
        TestClock clock = new TestClock(Instant.parse("2026-11-20T04:00:00Z"));
        return new AnalysisPipeline(data, store, ivHistory, conditions, Settings.defaults(), clock, parallelism);
    }

    private static AnalysisRun run(
            MarketData data,
            Optional<AnalysisStore> store,
            int parallelism,
            AnalysisRequest request,
            ProgressListener progress) {
        TestClock clock = new TestClock(Instant.parse("2026-11-20T04:00:00Z"));
        MarketConditionsService conditions =
                new MarketConditionsService(data, Optional.empty(), MarketStateEvaluator.DEFAULT, clock);
        return pipeline(data, store, conditions, parallelism).run(request, progress);
    }

    private static Map<String, SymbolOutcome> bySymbol(AnalysisRun run) {
        return run.outcomes().stream().collect(Collectors.toMap(SymbolOutcome::symbol, Function.identity()));
    }

    private static List<String> symbols(AnalysisRun run) {
        return run.outcomes().stream().map(SymbolOutcome::symbol).toList();
    }

    private static List<SymbolOutcome.Analysed> analysed(AnalysisRun run) {
        return run.outcomes().stream()
                .filter(SymbolOutcome.Analysed.class::isInstance)
                .map(SymbolOutcome.Analysed.class::cast)
                .toList();
    }

    private static void assertOthersAsInBaseline(AnalysisRun run, List<String> faulty) {
        Map<String, SymbolOutcome> expected = bySymbol(baseline);
        Map<String, SymbolOutcome> actual = bySymbol(run);
        for (String symbol : SYMBOLS) {
            if (!faulty.contains(symbol)) {
                assertThat(actual.get(symbol)).as(symbol).isEqualTo(expected.get(symbol));
            }
        }
    }

    // ---- the baseline itself -------------------------------------------------------------------------------------

    @Test
    void test_run_aWeekendDayAnalysesTheLastSessionAndSaysSo() {
        AnalysisRequest sunday = new AnalysisRequest(
                AS_OF.plusDays(2), List.of("ABB"), OptionalInt.empty(), RiskTolerance.MODERATE, 3, false);

        AnalysisRun run = run(new FaultyMarketData(SIM), Optional.empty(), 1, sunday, ProgressListener.NONE);

        assertThat(run.asOf()).isEqualTo(AS_OF);
        assertThat(run.warnings())
                .contains("2026-11-22 is not a trading session: analysed the last session, 2026-11-20");
        assertThat(bySymbol(run).get("ABB")).isEqualTo(bySymbol(baseline).get("ABB"));
    }

    @Test
    void test_run_baseline_analysesTheNamedSymbolsOfTheDay() {
        assertThat(symbols(baseline)).isEqualTo(SYMBOLS);
        assertThat(baseline.market()).isInstanceOf(MarketConditions.class);
        assertThat(baseline.indiaVix())
                .isEqualTo(((MarketConditions) baseline.market()).vix().level());
        assertThat(bySymbol(baseline).get(NO_STRATEGY))
                .isInstanceOfSatisfying(
                        SymbolOutcome.NoStrategy.class,
                        n -> assertThat(n.reason()).isEqualTo(RejectionReason.NO_LIQUID_STRIKES));
        assertThat(analysed(baseline)).hasSize(SYMBOLS.size() - 1);
        assertThat(baseline.summary().symbols()).isEqualTo(SYMBOLS.size());
        assertThat(baseline.stored()).isZero();
        // no stored IV history in these runs: the only warning says the IV rank is unavailable, and why
        assertThat(baseline.warnings())
                .singleElement()
                .asString()
                .startsWith("IV rank unavailable for 7 of 7 symbols (e.g. 360ONE: 0 stored 30-day ATM IVs before"
                        + " today, 20 needed)");
    }

    // ---- faults of the market data -------------------------------------------------------------------------------

    @Test
    void test_run_chainThrows_dataMissingWithTheMessage() {
        FaultyMarketData data = new FaultyMarketData(SIM)
                .fail("ABB", Call.CHAIN, () -> new MarketDataException("ABB 2026-12-29: fo file missing"));

        AnalysisRun run = run(data, Optional.empty(), 2, named(SYMBOLS), ProgressListener.NONE);

        assertThat(bySymbol(run).get("ABB")).isInstanceOfSatisfying(SymbolOutcome.NoStrategy.class, n -> {
            assertThat(n.reason()).isEqualTo(RejectionReason.DATA_MISSING);
            assertThat(n.detail()).isEqualTo("ABB 2026-12-29: fo file missing");
            assertThat(n.underlying()).isEmpty();
        });
        assertThat(symbols(run)).isEqualTo(SYMBOLS);
        assertOthersAsInBaseline(run, List.of("ABB"));
        assertThat(run.summary().noStrategyReasons()).containsEntry(RejectionReason.DATA_MISSING, 1);
    }

    @Test
    void test_run_chainThrowsWithoutMessage_dataMissingNamingTheException() {
        FaultyMarketData data =
                new FaultyMarketData(SIM).fail("ABB", Call.CHAIN, () -> new MarketDataException((String) null));

        AnalysisRun run = run(data, Optional.empty(), 1, named(List.of("ABB")), ProgressListener.NONE);

        assertThat(run.outcomes().get(0)).isInstanceOfSatisfying(SymbolOutcome.NoStrategy.class, n -> {
            assertThat(n.reason()).isEqualTo(RejectionReason.DATA_MISSING);
            assertThat(n.detail()).contains("MarketDataException");
        });
    }

    @Test
    void test_run_candlesThrow_dataMissingWithTheMessage() {
        FaultyMarketData data = new FaultyMarketData(SIM)
                .fail("ALKEM", Call.CANDLES, () -> new MarketDataException("ALKEM: no history in the source"));

        AnalysisRun run = run(data, Optional.empty(), 2, named(SYMBOLS), ProgressListener.NONE);

        assertThat(bySymbol(run).get("ALKEM")).isInstanceOfSatisfying(SymbolOutcome.NoStrategy.class, n -> {
            assertThat(n.reason()).isEqualTo(RejectionReason.DATA_MISSING);
            assertThat(n.detail()).isEqualTo("ALKEM: no history in the source");
        });
        assertOthersAsInBaseline(run, List.of("ALKEM"));
    }

    @Test
    void test_run_unexpectedException_failedWithTheMessage() {
        FaultyMarketData data = new FaultyMarketData(SIM)
                .fail("AXISBANK", Call.EXPIRIES, () -> new IllegalStateException("expiry cache corrupt"));

        AnalysisRun run = run(data, Optional.empty(), 2, named(SYMBOLS), ProgressListener.NONE);

        assertThat(bySymbol(run).get("AXISBANK")).isInstanceOfSatisfying(SymbolOutcome.NoStrategy.class, n -> {
            assertThat(n.reason()).isEqualTo(RejectionReason.FAILED);
            assertThat(n.detail()).isEqualTo("IllegalStateException: expiry cache corrupt");
        });
        assertOthersAsInBaseline(run, List.of("AXISBANK"));
        assertThat(run.summary().noStrategyReasons()).containsEntry(RejectionReason.FAILED, 1);
    }

    @Test
    void test_run_severalFaults_eachStaysWithItsSymbol() {
        FaultyMarketData data = new FaultyMarketData(SIM)
                .fail("ABB", Call.CHAIN, () -> new MarketDataException("ABB: chain"))
                .fail("ALKEM", Call.CANDLES, () -> new MarketDataException("ALKEM: candles"))
                .fail("AXISBANK", Call.CHAIN, () -> new ArithmeticException("/ by zero"));

        AnalysisRun run = run(data, Optional.empty(), 2, named(SYMBOLS), ProgressListener.NONE);

        Map<String, SymbolOutcome> outcomes = bySymbol(run);
        assertThat(((SymbolOutcome.NoStrategy) outcomes.get("ABB")).reason()).isEqualTo(RejectionReason.DATA_MISSING);
        assertThat(((SymbolOutcome.NoStrategy) outcomes.get("ALKEM")).reason()).isEqualTo(RejectionReason.DATA_MISSING);
        assertThat(((SymbolOutcome.NoStrategy) outcomes.get("AXISBANK")).detail())
                .isEqualTo("ArithmeticException: / by zero");
        assertOthersAsInBaseline(run, List.of("ABB", "ALKEM", "AXISBANK"));
        assertThat(run.summary().withStrategies()).isEqualTo(baseline.summary().withStrategies() - 3);
    }

    @Test
    void test_run_unknownSymbol_dataMissingNamingIt() {
        AnalysisRun run = run(
                new FaultyMarketData(SIM),
                Optional.empty(),
                1,
                named(List.of("NOSUCHSTOCK", "ABB")),
                ProgressListener.NONE);

        assertThat(run.outcomes().get(0)).isInstanceOfSatisfying(SymbolOutcome.NoStrategy.class, n -> {
            assertThat(n.reason()).isEqualTo(RejectionReason.DATA_MISSING);
            assertThat(n.detail()).contains("NOSUCHSTOCK");
        });
        assertThat(run.outcomes().get(1)).isEqualTo(bySymbol(baseline).get("ABB"));
    }

    @Test
    void test_run_marketConditionsUnavailable_runGoesOnAndWarns() {
        FaultyMarketData data = new FaultyMarketData(SIM)
                .fail(Call.NIFTY_HISTORY, () -> new MarketDataException("NIFTY: index file missing"));

        AnalysisRun run = run(data, Optional.empty(), 2, named(SYMBOLS), ProgressListener.NONE);

        assertThat(run.market()).isInstanceOf(MarketConditionsResult.Unavailable.class);
        assertThat(run.indiaVix()).isEqualTo(SIM.indiaVix(AS_OF));
        assertThat(otherWarnings(run))
                .singleElement()
                .asString()
                .startsWith("market conditions unavailable")
                .contains("NIFTY: index file missing");
        assertThat(symbols(run)).isEqualTo(SYMBOLS);
        assertThat(analysed(run)).isNotEmpty();
    }

    /** A refusal of the credentials, as a broker adapter reports an expired access token. */
    private static final class CredentialsRefused extends MarketDataException {
        CredentialsRefused() {
            super("credentials refused: renew the access token");
        }

        @Override
        public boolean isAccessDenied() {
            return true;
        }
    }

    @Test
    void test_run_accessDeniedForOneSymbol_stopsTheRunWithOneError() {
        FaultyMarketData data = new FaultyMarketData(SIM).fail("ABB", Call.CANDLES, CredentialsRefused::new);

        assertThatExceptionOfType(CredentialsRefused.class)
                .isThrownBy(() -> run(data, Optional.empty(), 1, named(SYMBOLS), ProgressListener.NONE))
                .withMessage("credentials refused: renew the access token");
        assertThat(data.calls(Call.CANDLES))
                .as("360ONE, then ABB refused: no symbol after it is asked for")
                .isEqualTo(2);
    }

    @Test
    void test_run_accessDeniedOnMarketConditions_stopsBeforeAnySymbol() {
        FaultyMarketData data = new FaultyMarketData(SIM).fail(Call.NIFTY_HISTORY, CredentialsRefused::new);

        assertThatExceptionOfType(CredentialsRefused.class)
                .isThrownBy(() -> run(data, Optional.empty(), 2, named(SYMBOLS), ProgressListener.NONE));
        assertThat(data.calls(Call.CANDLES)).isZero();
    }

    @Test
    void test_run_universeUnreadable_throws() {
        FaultyMarketData data = new FaultyMarketData(SIM)
                .fail(Call.SYMBOLS, () -> new MarketDataException("no bhavcopy for 2026-11-20"));

        assertThatExceptionOfType(MarketDataException.class)
                .isThrownBy(() -> run(data, Optional.empty(), 2, limited(3, 3), ProgressListener.NONE))
                .withMessage("no bhavcopy for 2026-11-20");
    }

    @Test
    void test_run_conditionsStoreFails_warned() {
        FaultyMarketData data = new FaultyMarketData(SIM);
        RecordingConditionsStore conditionsStore = new RecordingConditionsStore();
        conditionsStore.failWith("market_conditions: read-only transaction");
        TestClock clock = new TestClock(Instant.parse("2026-11-20T04:00:00Z"));
        MarketConditionsService conditions =
                new MarketConditionsService(data, Optional.of(conditionsStore), MarketStateEvaluator.DEFAULT, clock);

        AnalysisRun run =
                pipeline(data, Optional.empty(), conditions, 2).run(named(List.of("ABB")), ProgressListener.NONE);

        assertThat(run.market()).isInstanceOf(MarketConditions.class);
        assertThat(otherWarnings(run)).containsExactly("2026-11-20: market_conditions: read-only transaction");
        assertThat(run.outcomes()).containsExactly(bySymbol(baseline).get("ABB"));
    }

    @Test
    void test_run_sharedConditionsService_warnsOnlyOfItsOwnDay() {
        FaultyMarketData data = new FaultyMarketData(SIM);
        RecordingConditionsStore conditionsStore = new RecordingConditionsStore();
        conditionsStore.failWith("market_conditions: read-only transaction");
        TestClock clock = new TestClock(Instant.parse("2026-11-20T04:00:00Z"));
        MarketConditionsService conditions =
                new MarketConditionsService(data, Optional.of(conditionsStore), MarketStateEvaluator.DEFAULT, clock);
        AnalysisPipeline pipeline = pipeline(data, Optional.empty(), conditions, 2);
        LocalDate monday = LocalDate.of(2026, 11, 23);

        AnalysisRun friday = pipeline.run(named(List.of("ABB")), ProgressListener.NONE);
        AnalysisRun later = pipeline.run(
                new AnalysisRequest(monday, List.of("ABB"), OptionalInt.empty(), RiskTolerance.MODERATE, 3, true),
                ProgressListener.NONE);

        assertThat(otherWarnings(friday)).containsExactly("2026-11-20: market_conditions: read-only transaction");
        assertThat(otherWarnings(later)).containsExactly("2026-11-23: market_conditions: read-only transaction");
        assertThat(conditions.storeErrors()).hasSize(2);
    }

    // ---- storage -------------------------------------------------------------------------------------------------

    @Test
    void test_run_eachAnalysedSymbolStoredOnce() {
        RecordingAnalysisStore store = new RecordingAnalysisStore();

        AnalysisRun run = run(new FaultyMarketData(SIM), Optional.of(store), 2, named(SYMBOLS), ProgressListener.NONE);

        List<String> analysedSymbols =
                analysed(run).stream().map(SymbolOutcome::symbol).toList();
        assertThat(store.calls())
                .extracting(SymbolAnalysis::symbol)
                .containsExactlyInAnyOrderElementsOf(analysedSymbols);
        assertThat(store.calls())
                .extracting(SymbolAnalysis::symbol)
                .doesNotHaveDuplicates()
                .doesNotContain(NO_STRATEGY);
        assertThat(run.stored())
                .isEqualTo(analysedSymbols.size())
                .isEqualTo(store.stored().size());
        for (SymbolOutcome.Analysed a : analysed(run)) {
            assertThat(store.stored().get(a.symbol())).isEqualTo(a.analysis());
            assertThat(a.analysis().tradeDate()).isEqualTo(AS_OF);
            assertThat(a.storeError()).isEmpty();
        }
        assertThat(run.summary().storeFailures()).isZero();
    }

    @Test
    void test_run_storeThrowsForOneSymbol_reportedOnItOnly() {
        RecordingAnalysisStore store = new RecordingAnalysisStore()
                .fail("ADANIENT", () -> new StoreException("strategies: unique constraint violated for ADANIENT"));

        AnalysisRun run = run(new FaultyMarketData(SIM), Optional.of(store), 2, named(SYMBOLS), ProgressListener.NONE);

        int analysedCount = analysed(run).size();
        assertThat(bySymbol(run).get("ADANIENT"))
                .isInstanceOfSatisfying(
                        SymbolOutcome.Analysed.class,
                        a -> assertThat(a.storeError())
                                .contains("StoreException: strategies: unique constraint violated for ADANIENT"));
        assertThat(run.stored()).isEqualTo(analysedCount - 1);
        assertThat(store.stored()).hasSize(analysedCount - 1).doesNotContainKey("ADANIENT");
        assertThat(store.calls()).hasSize(analysedCount);
        assertThat(run.summary().storeFailures()).isEqualTo(1);
        assertThat(run.summary().withStrategies()).isEqualTo(analysedCount);
        for (SymbolOutcome.Analysed a : analysed(run)) {
            if (!a.symbol().equals("ADANIENT")) {
                assertThat(a.storeError()).as(a.symbol()).isEmpty();
                assertThat(a).isEqualTo(bySymbol(baseline).get(a.symbol()));
            }
        }
    }

    @Test
    void test_run_storeThrowsUnexpectedly_reportedAsStoreErrorAndProgressTold() {
        RecordingAnalysisStore store =
                new RecordingAnalysisStore().fail("ABB", () -> new IllegalStateException("pool closed"));
        List<String> told = Collections.synchronizedList(new ArrayList<>());

        AnalysisRun run = run(
                new FaultyMarketData(SIM),
                Optional.of(store),
                2,
                named(List.of("ABB", "ALKEM")),
                (outcome, done, total) -> told.add(outcome.symbol()));

        assertThat(told).containsExactlyInAnyOrder("ABB", "ALKEM");
        assertThat(run.outcomes().get(0))
                .isInstanceOfSatisfying(
                        SymbolOutcome.Analysed.class,
                        a -> assertThat(a.storeError()).contains("IllegalStateException: pool closed"));
        assertThat(run.stored()).isEqualTo(1);
    }

    @Test
    void test_run_storeNotRequested_nothingStored() {
        RecordingAnalysisStore store = new RecordingAnalysisStore();
        AnalysisRequest request =
                new AnalysisRequest(AS_OF, SYMBOLS, OptionalInt.empty(), RiskTolerance.MODERATE, 3, false);

        AnalysisRun run = run(new FaultyMarketData(SIM), Optional.of(store), 2, request, ProgressListener.NONE);

        assertThat(store.calls()).isEmpty();
        assertThat(run.stored()).isZero();
        assertThat(run.outcomes()).isEqualTo(baseline.outcomes());
    }

    // ---- stored IV history ---------------------------------------------------------------------------------------

    private static MarketConditionsService conditions(MarketData data) {
        TestClock clock = new TestClock(Instant.parse("2026-11-20T04:00:00Z"));
        return new MarketConditionsService(data, Optional.empty(), MarketStateEvaluator.DEFAULT, clock);
    }

    @Test
    void test_run_storedIvHistory_usedUpToTheDayBefore() {
        List<Double> ramp =
                IntStream.range(0, 300).mapToObj(i -> 0.15 + 0.001 * i).toList();
        FixedIvHistory history = FixedIvHistory.of(Map.of("ABB", ramp));
        FaultyMarketData data = new FaultyMarketData(SIM);

        AnalysisRun run = pipeline(data, Optional.empty(), Optional.of(history), conditions(data), 1)
                .run(named(List.of("ABB", "ALKEM")), ProgressListener.NONE);

        assertThat(history.requests())
                .containsExactly(
                        new FixedIvHistory.Request("ABB", AS_OF.minusDays(1), IvStatistics.WINDOW_DAYS),
                        new FixedIvHistory.Request("ALKEM", AS_OF.minusDays(1), IvStatistics.WINDOW_DAYS));
        IvAssessment abb = (IvAssessment)
                ((SymbolOutcome.Analysed) run.outcomes().get(0)).underlying().iv();
        assertThat(abb.currentSource()).isEqualTo(VolatilitySource.IMPLIED);
        assertThat(abb.statistics().orElseThrow().observations()).isEqualTo(IvStatistics.WINDOW_DAYS);
        assertThat(abb.historyObservations()).isEqualTo(IvStatistics.WINDOW_DAYS);
        IvAssessment alkem = (IvAssessment)
                ((SymbolOutcome.Analysed) run.outcomes().get(1)).underlying().iv();
        assertThat(alkem.statistics()).isEmpty();
        assertThat(run.warnings())
                .anyMatch(w -> w.startsWith("IV rank unavailable for 1 of 2 symbols (e.g. ALKEM: 0 stored 30-day"));
        assertThat(run.outcomes().get(1)).isEqualTo(bySymbol(baseline).get("ALKEM"));
    }

    @Test
    void test_run_ivHistoryStoreThrows_analysedFromRealisedVolatility() {
        FixedIvHistory history = FixedIvHistory.failing("iv_history: relation does not exist");
        FaultyMarketData data = new FaultyMarketData(SIM);

        AnalysisRun run = pipeline(data, Optional.empty(), Optional.of(history), conditions(data), 2)
                .run(named(SYMBOLS), ProgressListener.NONE);

        assertThat(history.requests()).hasSize(SYMBOLS.size());
        assertThat(run.outcomes()).isEqualTo(baseline.outcomes());
    }

    // ---- the universe --------------------------------------------------------------------------------------------

    @Test
    void test_run_limit_firstSymbolsOfTheUniverse() {
        AnalysisRun run = run(new FaultyMarketData(SIM), Optional.empty(), 2, limited(5, 3), ProgressListener.NONE);

        assertThat(symbols(run)).isEqualTo(SIM.symbols(AS_OF).subList(0, 5));
        assertThat(run.summary().symbols()).isEqualTo(5);
    }

    @Test
    void test_run_namedSymbols_orderKeptUpperCasedDeduplicated() {
        AnalysisRequest request = new AnalysisRequest(
                AS_OF,
                List.of(" axisbank", "ABB", "Axisbank ", "banknifty", "abb"),
                OptionalInt.of(1),
                RiskTolerance.MODERATE,
                3,
                true);

        AnalysisRun run = run(new FaultyMarketData(SIM), Optional.empty(), 2, request, ProgressListener.NONE);

        assertThat(request.symbols()).containsExactly("AXISBANK", "ABB", "BANKNIFTY");
        assertThat(symbols(run)).containsExactly("AXISBANK", "ABB", "BANKNIFTY");
        assertThat(run.outcomes().get(0)).isEqualTo(bySymbol(baseline).get("AXISBANK"));
    }

    @Test
    void test_new_parallelismBelowOne_rejectedNamingIt() {
        FaultyMarketData data = new FaultyMarketData(SIM);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> pipeline(data, Optional.empty(), conditions(data), 0))
                .withMessage("parallelism must be >= 1 but was 0");
    }

    @Test
    void test_run_moreThreadsThanSymbols_sameResult() {
        AnalysisRun run = run(
                new FaultyMarketData(SIM), Optional.empty(), 16, named(List.of("ABB", "ALKEM")), ProgressListener.NONE);

        assertThat(run.outcomes())
                .containsExactly(
                        bySymbol(baseline).get("ABB"), bySymbol(baseline).get("ALKEM"));
    }

    // ---- progress, determinism, ranking --------------------------------------------------------------------------

    private record Progress(String symbol, int done, int total) {}

    @Test
    void test_run_progressToldOncePerSymbol() {
        List<Progress> told = Collections.synchronizedList(new ArrayList<>());
        FaultyMarketData data =
                new FaultyMarketData(SIM).fail("ALKEM", Call.CANDLES, () -> new IllegalStateException("boom"));

        AnalysisRun run = run(
                data,
                Optional.empty(),
                3,
                named(SYMBOLS),
                (outcome, done, total) -> told.add(new Progress(outcome.symbol(), done, total)));

        assertThat(told).extracting(Progress::symbol).containsExactlyInAnyOrderElementsOf(SYMBOLS);
        assertThat(told)
                .extracting(Progress::done)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, SYMBOLS.size()).boxed().toList());
        assertThat(told).extracting(Progress::total).containsOnly(SYMBOLS.size());
        assertThat(run.outcomes()).hasSize(SYMBOLS.size());
    }

    @Test
    void test_run_progressListenerThrows_outcomesStandAndRunWarns() {
        RecordingAnalysisStore store = new RecordingAnalysisStore();
        ProgressListener failing = (outcome, done, total) -> {
            if (outcome.symbol().equals("ABB")) {
                throw new IllegalStateException("terminal closed");
            }
        };

        AnalysisRun run = run(new FaultyMarketData(SIM), Optional.of(store), 2, named(SYMBOLS), failing);

        assertThat(run.outcomes()).isEqualTo(baseline.outcomes());
        assertThat(run.stored())
                .isEqualTo(run.summary().withStrategies())
                .isEqualTo(store.stored().size());
        assertThat(otherWarnings(run))
                .singleElement()
                .asString()
                .contains("progress listener failed")
                .contains("ABB: IllegalStateException: terminal closed");
    }

    @Test
    void test_run_sameResultWithOneOrTwoThreads() {
        RecordingAnalysisStore oneStore = new RecordingAnalysisStore();
        RecordingAnalysisStore twoStore = new RecordingAnalysisStore();

        AnalysisRun one = run(
                new FaultyMarketData(new SimulatedMarketData(42)),
                Optional.of(oneStore),
                1,
                limited(40, 3),
                ProgressListener.NONE);
        AnalysisRun two = run(
                new FaultyMarketData(new SimulatedMarketData(42)),
                Optional.of(twoStore),
                2,
                limited(40, 3),
                ProgressListener.NONE);

        assertThat(one.outcomes()).hasSize(40);
        assertThat(two.outcomes()).isEqualTo(one.outcomes());
        assertThat(two.summary()).isEqualTo(one.summary());
        assertThat(two.market()).isEqualTo(one.market());
        assertThat(twoStore.stored()).isEqualTo(oneStore.stored()).hasSize(one.stored());
        assertThat(one.summary().withStrategies()).isPositive();
    }

    @Test
    void test_run_recommendationsRankedByScoreAtMostTop() {
        RecordingAnalysisStore store = new RecordingAnalysisStore();
        int top = 2;

        AnalysisRun run =
                run(new FaultyMarketData(SIM), Optional.of(store), 2, limited(30, top), ProgressListener.NONE);

        assertThat(store.stored()).isNotEmpty();
        for (SymbolAnalysis analysis : store.stored().values()) {
            List<Double> scores = analysis.recommendations().stream()
                    .map(StrategyRecommendation::totalScore)
                    .toList();
            assertThat(scores).as(analysis.symbol()).isNotEmpty().hasSizeLessThanOrEqualTo(top);
            assertThat(scores).as(analysis.symbol()).isSortedAccordingTo(Collections.reverseOrder());
        }
        for (SymbolOutcome.Analysed a : analysed(run)) {
            assertThat(a.strategies())
                    .extracting(RankedStrategy::rank)
                    .isEqualTo(IntStream.rangeClosed(1, a.strategies().size())
                            .boxed()
                            .toList());
            assertThat(a.strategies())
                    .extracting(RankedStrategy::recommendation)
                    .isEqualTo(a.analysis().recommendations());
            assertThat(a.strategies())
                    .allSatisfy(s -> assertThat(s.recommendation().totalScore())
                            .isEqualTo(s.ranked().totalScore()));
        }
        assertThat(run.summary().strategies())
                .isEqualTo(store.stored().values().stream()
                        .mapToInt(s -> s.recommendations().size())
                        .sum());
        assertThat(store.stored().values())
                .anySatisfy(s -> assertThat(s.recommendations()).hasSize(top));
    }
}
