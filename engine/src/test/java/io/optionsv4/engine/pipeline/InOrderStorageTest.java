package io.optionsv4.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.conditions.MarketStateEvaluator;
import io.optionsv4.core.result.StoreException;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.selection.SymbolAnalysis;
import io.optionsv4.engine.testdata.RecordingAnalysisStore;
import io.optionsv4.engine.testdata.Settings;
import io.optionsv4.engine.testdata.TestClock;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Storing a run's symbols in the universe's order, those ready together in one transaction. */
class InOrderStorageTest {

    /** ADANIPOWER gets no strategy on the simulated 20 November 2026; the others do. */
    private static final List<String> SYMBOLS = List.of("ABB", "ADANIPOWER", "ALKEM", "AXISBANK");

    private static List<SymbolOutcome> outcomes;

    @BeforeAll
    static void analyse() {
        SimulatedMarketData sim = new SimulatedMarketData(42);
        TestClock clock = new TestClock(Instant.parse("2026-11-20T04:00:00Z"));
        AnalysisPipeline pipeline = new AnalysisPipeline(
                sim,
                Optional.empty(),
                Optional.empty(),
                new MarketConditionsService(sim, Optional.empty(), MarketStateEvaluator.DEFAULT, clock),
                Settings.defaults(),
                clock,
                2);
        outcomes = pipeline.run(
                        new AnalysisRequest(
                                LocalDate.of(2026, 11, 20),
                                SYMBOLS,
                                OptionalInt.empty(),
                                RiskTolerance.MODERATE,
                                3,
                                false),
                        ProgressListener.NONE)
                .outcomes();
        assertThat(outcomes).extracting(SymbolOutcome::symbol).containsExactlyElementsOf(SYMBOLS);
        assertThat(outcomes.get(1)).isInstanceOf(SymbolOutcome.NoStrategy.class);
        assertThat(outcomes)
                .filteredOn(SymbolOutcome.Analysed.class::isInstance)
                .hasSize(3);
    }

    @Test
    void test_batchEnd_theDueOneAndTheDoneOnesAfterIt() {
        CompletableFuture<String> done = CompletableFuture.completedFuture("x");
        CompletableFuture<String> pending = new CompletableFuture<>();

        assertThat(InOrderStorage.batchEnd(List.of(done, done, pending, done), 0))
                .isEqualTo(2);
        assertThat(InOrderStorage.batchEnd(List.of(done, pending, done), 0)).isEqualTo(1);
        // the due one is in the batch whatever its state: the caller waits for it
        assertThat(InOrderStorage.batchEnd(List.of(done, pending, done, done), 1))
                .isEqualTo(4);
        assertThat(InOrderStorage.batchEnd(List.of(done, pending, pending, done), 1))
                .isEqualTo(2);
        assertThat(InOrderStorage.batchEnd(List.of(done, done, done), 2)).isEqualTo(3);
    }

    @Test
    void test_batchEnd_atMostMaxBatch() {
        List<CompletableFuture<String>> all = new ArrayList<>();
        for (int i = 0; i < InOrderStorage.MAX_BATCH * 2 + 5; i++) {
            all.add(CompletableFuture.completedFuture("x"));
        }

        assertThat(InOrderStorage.batchEnd(all, 0)).isEqualTo(InOrderStorage.MAX_BATCH);
        assertThat(InOrderStorage.batchEnd(all, InOrderStorage.MAX_BATCH * 2)).isEqualTo(all.size());
    }

    @Test
    void test_store_analysedTogetherInOrder_othersPassThrough() {
        RecordingAnalysisStore store = new RecordingAnalysisStore();
        AtomicInteger stored = new AtomicInteger();

        List<SymbolOutcome> told =
                new InOrderStorage(Optional.of(store), Optional.empty()).store(outcomes, true, stored);

        assertThat(told).isEqualTo(outcomes);
        assertThat(store.batches()).containsExactly(3);
        assertThat(store.calls()).extracting(SymbolAnalysis::symbol).containsExactly("ABB", "ALKEM", "AXISBANK");
        assertThat(stored).hasValue(3);
    }

    @Test
    void test_store_oneFailsInTheBatch_othersStoredAlone_failureOnItOnly() {
        RecordingAnalysisStore store =
                new RecordingAnalysisStore().fail("ALKEM", () -> new StoreException("strategies: disk full for ALKEM"));
        AtomicInteger stored = new AtomicInteger();

        List<SymbolOutcome> told =
                new InOrderStorage(Optional.of(store), Optional.empty()).store(outcomes, true, stored);

        assertThat(store.batches()).isEmpty();
        assertThat(store.stored()).containsOnlyKeys("ABB", "AXISBANK");
        assertThat(stored).hasValue(2);
        assertThat(told).extracting(SymbolOutcome::symbol).containsExactlyElementsOf(SYMBOLS);
        assertThat(told.get(2))
                .isInstanceOfSatisfying(
                        SymbolOutcome.Analysed.class,
                        a -> assertThat(a.storeError()).contains("StoreException: strategies: disk full for ALKEM"));
        assertThat(told.get(0)).isEqualTo(outcomes.get(0));
        assertThat(told.get(1)).isEqualTo(outcomes.get(1));
        assertThat(told.get(3)).isEqualTo(outcomes.get(3));
    }

    @Test
    void test_store_oneAnalysedStoredAlone_andNothingWhenNotAsked() {
        RecordingAnalysisStore store = new RecordingAnalysisStore();
        InOrderStorage storage = new InOrderStorage(Optional.of(store), Optional.empty());
        AtomicInteger stored = new AtomicInteger();

        assertThat(storage.store(outcomes, false, stored)).isEqualTo(outcomes);
        assertThat(store.calls()).isEmpty();
        assertThat(storage.store(outcomes.subList(0, 2), true, stored)).isEqualTo(outcomes.subList(0, 2));
        assertThat(store.batches()).isEmpty();
        assertThat(store.stored()).containsOnlyKeys("ABB");
        assertThat(new InOrderStorage(Optional.empty(), Optional.empty()).store(outcomes, true, stored))
                .isEqualTo(outcomes);
        assertThat(stored).hasValue(1);
    }
}
