package io.optionsv4.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.analysis.IvAnalyzer;
import io.optionsv4.core.analysis.IvAssessment;
import io.optionsv4.core.analysis.IvStatistics;
import io.optionsv4.core.analysis.IvSummary;
import io.optionsv4.core.analysis.UnderlyingAnalysis;
import io.optionsv4.core.conditions.MarketStateEvaluator;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.engine.testdata.FaultyMarketData;
import io.optionsv4.engine.testdata.MemoryIvHistory;
import io.optionsv4.engine.testdata.Settings;
import io.optionsv4.engine.testdata.TestClock;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The IV history backfill (issue 13, item 5) on the simulated market, which serves any past day. */
class IvBackfillTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    private static final SimulatedMarketData SIM = new SimulatedMarketData(42);
    private static final List<String> SYMBOLS = List.of("ABB", "NIFTY");

    @Test
    void test_backfill_storesTheSessionsBeforeTheDay_thenNothingMore() {
        MemoryIvHistory store = new MemoryIvHistory();
        IvBackfill backfill = new IvBackfill(SIM, store, TradingDays.WEEKDAYS);
        List<LocalDate> told = new ArrayList<>();

        IvBackfill.Result result =
                backfill.backfill(SYMBOLS, AS_OF, IvAnalyzer.MIN_IV_HISTORY, (day, done, total, rows) -> told.add(day));

        assertThat(result.symbols()).containsExactlyElementsOf(SYMBOLS);
        assertThat(result.sessionsTried()).isEqualTo(IvAnalyzer.MIN_IV_HISTORY);
        assertThat(result.sessionsStored()).isEqualTo(IvAnalyzer.MIN_IV_HISTORY);
        assertThat(result.rows()).isEqualTo(2 * IvAnalyzer.MIN_IV_HISTORY);
        assertThat(told).hasSize(IvAnalyzer.MIN_IV_HISTORY).isSorted().allMatch(d -> d.isBefore(AS_OF));
        assertThat(told).noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY);
        for (String symbol : SYMBOLS) {
            List<Double> history = store.thirtyDayIvHistory(symbol, AS_OF.minusDays(1), IvStatistics.WINDOW_DAYS);
            assertThat(history).hasSize(IvAnalyzer.MIN_IV_HISTORY).allMatch(iv -> iv > 0.02 && iv < 1.5);
        }
        IvSummary nifty = store.summary("NIFTY", told.getLast()).orElseThrow();
        assertThat(nifty.thirtyDayIv()).isPresent();
        // the series traded: at least a week away, the expiry nearest 30 days
        assertThat(nifty.expiry()).isAfterOrEqualTo(told.getLast().plusDays(7));

        IvBackfill.Result again =
                backfill.backfill(SYMBOLS, AS_OF, IvAnalyzer.MIN_IV_HISTORY, IvBackfill.Progress.NONE);

        assertThat(again.symbols()).isEmpty();
        assertThat(again.sessionsTried()).isZero();

        // the next session's run reads only the session the window gained
        LocalDate monday = LocalDate.of(2026, 11, 23);
        IvBackfill.Result daily =
                backfill.backfill(SYMBOLS, monday, IvAnalyzer.MIN_IV_HISTORY, IvBackfill.Progress.NONE);

        assertThat(daily.sessionsTried()).isEqualTo(1);
        assertThat(daily.rows()).isEqualTo(2);
        assertThat(store.summary("ABB", AS_OF)).isPresent();
    }

    /** A fresh store's first run ranks IV against the backfilled 30-day IVs, not against realised volatility. */
    @Test
    void test_pipeline_afterBackfill_ranksAgainstStoredIv() {
        MemoryIvHistory store = new MemoryIvHistory();
        TestClock clock = new TestClock(Instant.parse("2026-11-20T04:00:00Z"));
        MarketConditionsService conditions =
                new MarketConditionsService(SIM, Optional.empty(), MarketStateEvaluator.DEFAULT, clock);
        AnalysisPipeline pipeline = new AnalysisPipeline(
                SIM, Optional.empty(), Optional.of(store), conditions, Settings.defaults(), clock, 2);
        AnalysisRequest request =
                new AnalysisRequest(AS_OF, List.of("ABB"), OptionalInt.empty(), RiskTolerance.MODERATE, 3, false);

        AnalysisRun before = pipeline.run(request, ProgressListener.NONE);
        pipeline.backfillIvHistory(request, IvAnalyzer.MIN_IV_HISTORY, IvBackfill.Progress.NONE);
        AnalysisRun after = pipeline.run(request, ProgressListener.NONE);

        IvAssessment unranked = iv(before);
        IvAssessment ranked = iv(after);
        assertThat(unranked.statistics()).isEmpty();
        assertThat(before.warnings()).anyMatch(w -> w.startsWith("IV rank unavailable for 1 of 1 symbols"));
        assertThat(ranked.statistics().orElseThrow().observations()).isEqualTo(IvAnalyzer.MIN_IV_HISTORY + 1);
        assertThat(ranked.historyObservations()).isEqualTo(IvAnalyzer.MIN_IV_HISTORY);
        assertThat(ranked.environment()).isPresent();
        assertThat(after.warnings()).noneMatch(w -> w.startsWith("IV rank unavailable"));
    }

    private static IvAssessment iv(AnalysisRun run) {
        SymbolOutcome outcome = run.outcomes().getFirst();
        UnderlyingAnalysis underlying = switch (outcome) {
            case SymbolOutcome.Analysed a -> a.underlying();
            case SymbolOutcome.NoStrategy n -> n.underlying().orElseThrow();
        };
        return (IvAssessment) underlying.iv();
    }

    /** A source that cannot serve past days stores nothing, and says so in the result. */
    @Test
    void test_backfill_sourceWithoutPastDays_storesNothing() {
        MemoryIvHistory store = new MemoryIvHistory();
        FaultyMarketData onlyToday = new FaultyMarketData(SIM)
                .fail(FaultyMarketData.Call.SYMBOLS, () -> new MarketDataException("no files for that day"));

        IvBackfill.Result result = new IvBackfill(onlyToday, store, TradingDays.WEEKDAYS)
                .backfill(SYMBOLS, AS_OF, 5, IvBackfill.Progress.NONE);

        assertThat(result.sessionsTried()).isEqualTo(5);
        assertThat(result.sessionsStored()).isZero();
        assertThat(store.collectedDays()).isEmpty();
    }

    @Test
    void test_collect_leavesOutADayServedAsAnotherSession() {
        LocalDate saturday = LocalDate.of(2026, 11, 21);

        IvBackfill.Day day = IvBackfill.collect(SIM, saturday, SYMBOLS).orElseThrow();

        assertThat(day.summaries()).allMatch(s -> s.tradeDate().equals(saturday));
        assertThat(day.summaries().size() + day.skipped()).isEqualTo(SYMBOLS.size());
        assertThat(IvBackfill.collect(SIM, AS_OF, List.of("ABB")).orElseThrow().summaries())
                .singleElement()
                .satisfies(s -> assertThat(s.thirtyDayIv()).isNotEqualTo(OptionalDouble.empty()));
    }
}
