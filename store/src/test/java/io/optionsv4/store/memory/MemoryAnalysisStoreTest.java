package io.optionsv4.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.selection.StoreReceipt;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.core.selection.StrategyRecommendation;
import io.optionsv4.core.selection.SymbolAnalysis;
import io.optionsv4.store.testdata.SampleAnalyses;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-memory analysis store, on the cases {@code JdbiAnalysisStoreIT} runs on PostgreSQL. */
class MemoryAnalysisStoreTest {

    private MemoryAnalysisStore store;

    @BeforeEach
    void open() {
        store = new MemoryAnalysisStore(new MemoryBooks());
    }

    @Test
    void test_store_roundTripIsExactWithIdsInOrder() {
        SymbolAnalysis analysis = SampleAnalyses.analysis("RELIANCE", SampleAnalyses.DAY);

        StoreReceipt receipt = store.store(analysis);

        assertThat(receipt.inserted()).isEqualTo(3);
        assertThat(receipt.strategyIds()).extracting(StrategyId::value).containsExactly(1L, 2L, 3L);
        assertThat(store.find("RELIANCE", SampleAnalyses.DAY)).contains(analysis);
        assertThat(store.symbols(SampleAnalyses.DAY)).containsExactly("RELIANCE");
        assertThat(store.symbols(SampleAnalyses.DAY.plusDays(1))).isEmpty();
        assertThat(store.find("RELIANCE", SampleAnalyses.DAY.plusDays(1))).isEmpty();
    }

    @Test
    void test_store_reStoreIsIdempotent() {
        SymbolAnalysis analysis = SampleAnalyses.analysis("TCS", SampleAnalyses.DAY);
        StoreReceipt first = store.store(analysis);

        StoreReceipt second = store.store(analysis);

        assertThat(second.inserted()).isZero();
        assertThat(second.existing()).isEqualTo(3);
        assertThat(second.strategyIds()).isEqualTo(first.strategyIds());
        assertThat(store.store(SampleAnalyses.analysis("INFY", SampleAnalyses.DAY))
                        .strategyIds())
                .extracting(StrategyId::value)
                .containsExactly(4L, 5L, 6L);
    }

    @Test
    void test_store_newRecommendationAddedExistingKeptInFirstStoredOrder() {
        SymbolAnalysis analysis = SampleAnalyses.analysis("INFY", SampleAnalyses.DAY);
        List<StrategyRecommendation> reversed = new ArrayList<>(analysis.recommendations());
        java.util.Collections.reverse(reversed);
        StoreReceipt first =
                store.store(with(analysis, analysis.recommendations().subList(1, 3)));

        StoreReceipt all = store.store(with(analysis, reversed));

        assertThat(all.inserted()).isEqualTo(1);
        assertThat(all.strategyIds()).extracting(StrategyId::value).containsExactly(2L, 1L, 3L);
        assertThat(first.strategyIds()).extracting(StrategyId::value).containsExactly(1L, 2L);
        assertThat(store.find("INFY", SampleAnalyses.DAY).orElseThrow().recommendations())
                .as("in the order they were first stored")
                .containsExactly(
                        analysis.recommendations().get(1),
                        analysis.recommendations().get(2),
                        analysis.recommendations().get(0));
    }

    @Test
    void test_storeAll_manySymbolsSorted() {
        List<SymbolAnalysis> analyses = new ArrayList<>();
        for (String symbol : List.of("D", "B", "C", "A")) {
            analyses.add(SampleAnalyses.analysis(symbol, SampleAnalyses.DAY));
        }

        List<StoreReceipt> receipts = store.storeAll(analyses);

        assertThat(receipts).extracting(StoreReceipt::inserted).containsExactly(3, 3, 3, 3);
        assertThat(store.symbols(SampleAnalyses.DAY)).containsExactly("A", "B", "C", "D");
        assertThat(store.find("Z", SampleAnalyses.DAY)).isEmpty();
    }

    @Test
    void test_store_sameStrategyOtherDayIsNew() {
        store.store(SampleAnalyses.analysis("SBIN", SampleAnalyses.DAY));

        StoreReceipt next = store.store(SampleAnalyses.analysis("SBIN", SampleAnalyses.DAY.plusDays(1)));

        assertThat(next.inserted()).isEqualTo(3);
        assertThat(next.strategyIds()).extracting(StrategyId::value).containsExactly(4L, 5L, 6L);
    }

    @Test
    void test_store_fromManyThreads_everyRecommendationOnceWithDistinctIds() throws Exception {
        List<String> symbols = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            symbols.add("S" + i);
        }
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<StoreReceipt>> futures = new ArrayList<>();
            for (String symbol : symbols) {
                futures.add(pool.submit(() -> store.store(SampleAnalyses.analysis(symbol, SampleAnalyses.DAY))));
                futures.add(pool.submit(() -> store.store(SampleAnalyses.analysis(symbol, SampleAnalyses.DAY))));
            }
            java.util.Set<Long> ids = new java.util.TreeSet<>();
            int inserted = 0;
            for (var f : futures) {
                StoreReceipt r = f.get();
                inserted += r.inserted();
                r.strategyIds().forEach(id -> ids.add(id.value()));
            }
            assertThat(inserted).isEqualTo(120);
            assertThat(ids).hasSize(120).first().isEqualTo(1L);
            assertThat(ids).last().isEqualTo(120L);
        }
        assertThat(store.symbols(SampleAnalyses.DAY)).hasSize(40);
    }

    private static SymbolAnalysis with(SymbolAnalysis a, List<StrategyRecommendation> recommendations) {
        return new SymbolAnalysis(
                a.symbol(),
                a.tradeDate(),
                a.spot(),
                a.market(),
                a.iv(),
                a.levels(),
                a.priceLevels(),
                a.expectedMoves(),
                recommendations);
    }
}
