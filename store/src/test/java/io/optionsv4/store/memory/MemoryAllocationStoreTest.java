package io.optionsv4.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.allocation.OutcomeDistribution;
import io.optionsv4.core.allocation.PlanOutcome;
import io.optionsv4.core.allocation.StoredAllocation;
import io.optionsv4.core.allocation.StoredAllocationItem;
import io.optionsv4.core.allocation.StoredStrategy;
import io.optionsv4.core.instrument.Underlying;
import io.optionsv4.core.instrument.UnderlyingKind;
import io.optionsv4.core.result.StoreException;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.store.testdata.SampleAnalyses;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The in-memory allocation store over books shared with the analysis store: the strategies of a day with their
 * industry and plan outcomes, allocations numbered and read back, the ALLOCATED marks they leave.
 */
class MemoryAllocationStoreTest {

    private static final OutcomeDistribution OUTCOMES = new OutcomeDistribution(0.5, 0.3, 0.2, 1_000, -2_000, 150);

    private MemoryBooks books;
    private MemoryAllocationStore store;

    @BeforeEach
    void open() {
        books = new MemoryBooks();
        store = new MemoryAllocationStore(books);
        MemoryAnalysisStore analyses = new MemoryAnalysisStore(books);
        analyses.store(SampleAnalyses.analysis("TCS", SampleAnalyses.DAY));
        analyses.store(SampleAnalyses.analysis("RELIANCE", SampleAnalyses.DAY));
        analyses.store(SampleAnalyses.analysis("TCS", SampleAnalyses.DAY.plusDays(1)));
        new MemoryReferenceStore(books)
                .storeStocks(List.of(new Underlying(
                        "RELIANCE", "Reliance Industries", UnderlyingKind.STOCK, "Oil & Gas", "Energy")));
    }

    @Test
    void test_strategies_ofADayInIdOrderWithIndustryAndOutcomes() {
        store.storePlanOutcomes(new StrategyId(5), 250, OUTCOMES);

        List<StoredStrategy> day = store.strategies(SampleAnalyses.DAY);

        assertThat(day).extracting(s -> s.id().value()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(day)
                .extracting(StoredStrategy::industry)
                .containsExactly("Unclassified", "Unclassified", "Unclassified", "Oil & Gas", "Oil & Gas", "Oil & Gas");
        StoredStrategy condor = day.get(4);
        assertThat(condor.strategyName()).isEqualTo("Iron Condor");
        assertThat(condor.lotSize()).contains(250);
        assertThat(condor.outcomes()).contains(OUTCOMES);
        assertThat(condor.legs()).hasSize(4);
        assertThat(day.get(0).outcomes()).isEmpty();
        assertThat(store.strategies(SampleAnalyses.DAY.minusDays(1))).isEmpty();
        assertThat(store.latestAnalysisDate()).contains(SampleAnalyses.DAY.plusDays(1));
        assertThatThrownBy(() -> store.storePlanOutcomes(new StrategyId(99), 250, OUTCOMES))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void test_storePlanOutcomes_manyAllOrNone() {
        OutcomeDistribution other = new OutcomeDistribution(0.6, 0.1, 0.3, 800, -1_200, -40);

        store.storePlanOutcomes(List.of(
                new PlanOutcome(new StrategyId(4), 250, OUTCOMES), new PlanOutcome(new StrategyId(6), 500, other)));
        assertThatThrownBy(() -> store.storePlanOutcomes(List.of(
                        new PlanOutcome(new StrategyId(1), 250, OUTCOMES),
                        new PlanOutcome(new StrategyId(99), 250, OUTCOMES))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("strategy 99");

        List<StoredStrategy> day = store.strategies(SampleAnalyses.DAY);
        assertThat(day.get(0).outcomes()).isEmpty();
        assertThat(day.get(3).outcomes()).contains(OUTCOMES);
        assertThat(day.get(5).outcomes()).contains(other);
        assertThat(day.get(5).lotSize()).contains(500);
    }

    @Test
    void test_latestAnalysisDate_emptyWithoutStrategies() {
        assertThat(new MemoryAllocationStore(new MemoryBooks()).latestAnalysisDate())
                .isEmpty();
    }

    @Test
    void test_save_numbersAllocationsAndReadsItemsByStrategy() {
        StoredAllocation allocation = allocation(item(5, 2), item(2, 1));

        long first = store.save(allocation);
        long second = store.save(allocation(item(4, 1)));

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(2);
        assertThat(store.find(first).orElseThrow().items())
                .extracting(i -> i.strategyId().value())
                .containsExactly(2L, 5L);
        assertThat(store.find(first).orElseThrow().capitalPaise()).isEqualTo(allocation.capitalPaise());
        assertThat(store.find(3)).isEmpty();
        assertThat(store.find(0)).isEmpty();
    }

    @Test
    void test_save_marksAllocatedButLeavesAnExecutingStrategy() {
        store.save(allocation(item(2, 2)));
        new MemoryExecutionStore(books)
                .start(new MemoryExecutionStore(books).strategy(2).orElseThrow(), "paper", Instant.EPOCH, List.of());

        store.save(allocation(item(2, 5), item(3, 4)));

        MemoryExecutionStore execution = new MemoryExecutionStore(books);
        assertThat(execution.strategy(2).orElseThrow().status()).isEqualTo("EXECUTING");
        assertThat(execution.strategy(2).orElseThrow().lots()).isEqualTo(2);
        assertThat(execution.marked()).singleElement().satisfies(m -> {
            assertThat(m.strategyId()).isEqualTo(3);
            assertThat(m.lots()).isEqualTo(4);
            assertThat(m.status()).isEqualTo("ALLOCATED");
        });
    }

    private static StoredAllocationItem item(long strategy, int lots) {
        return new StoredAllocationItem(new StrategyId(strategy), 1, lots, 1_000_000L, 40_000L, 5_000L, 0.12, 0.9);
    }

    private static StoredAllocation allocation(StoredAllocationItem... items) {
        return new StoredAllocation(
                SampleAnalyses.DAY, RiskTolerance.MODERATE, 100_000_000L, 2_000_000L, 10_000L, List.of(items));
    }
}
