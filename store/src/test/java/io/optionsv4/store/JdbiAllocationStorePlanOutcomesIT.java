package io.optionsv4.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.allocation.OutcomeDistribution;
import io.optionsv4.core.allocation.PlanOutcome;
import io.optionsv4.core.allocation.StoredStrategy;
import io.optionsv4.core.result.StoreException;
import io.optionsv4.core.selection.StoreReceipt;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.store.testdata.SampleAnalyses;
import io.optionsv4.store.testdata.TestDatabases;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plan outcomes of many strategies stored in one transaction: read back with the strategies, all or none. */
class JdbiAllocationStorePlanOutcomesIT {

    private static final OutcomeDistribution FIRST = new OutcomeDistribution(0.5, 0.3, 0.2, 1_000, -2_000, 150);
    private static final OutcomeDistribution SECOND = new OutcomeDistribution(0.6, 0.1, 0.3, 800.5, -1_200, -40);

    private Database database;
    private JdbiAllocationStore store;
    private StoreReceipt stored;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh();
        store = new JdbiAllocationStore(database.jdbi());
        stored = new JdbiAnalysisStore(database.jdbi()).store(SampleAnalyses.analysis("TCS", SampleAnalyses.DAY));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void test_storePlanOutcomes_manyReadBackAndReplaced() {
        List<StrategyId> ids = stored.strategyIds();

        store.storePlanOutcomes(
                List.of(new PlanOutcome(ids.get(0), 150, FIRST), new PlanOutcome(ids.get(2), 75, SECOND)));
        store.storePlanOutcomes(List.of(new PlanOutcome(ids.get(2), 75, FIRST)));
        store.storePlanOutcomes(List.of());

        List<StoredStrategy> day = store.strategies(SampleAnalyses.DAY);
        assertThat(day)
                .extracting(StoredStrategy::outcomes)
                .containsExactly(Optional.of(FIRST), Optional.empty(), Optional.of(FIRST));
        assertThat(day)
                .extracting(StoredStrategy::lotSize)
                .containsExactly(Optional.of(150), Optional.empty(), Optional.of(75));
    }

    @Test
    void test_storePlanOutcomes_unknownStrategy_noneStored() {
        StrategyId known = stored.strategyIds().get(0);

        assertThatThrownBy(() -> store.storePlanOutcomes(List.of(
                        new PlanOutcome(known, 150, FIRST), new PlanOutcome(new StrategyId(9_999), 150, SECOND))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("plan outcomes of 2 strategies")
                .hasMessageContaining("strategy_plan_outcomes");
        assertThat(store.strategies(SampleAnalyses.DAY))
                .allSatisfy(s -> assertThat(s.outcomes()).isEmpty());
    }
}
