package io.optionsv4.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.portfolio.RecentStrategy;
import io.optionsv4.core.portfolio.StatusEntry;
import io.optionsv4.core.portfolio.StrategyStatus;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.store.testdata.SampleAnalyses;
import io.optionsv4.store.testdata.TestDatabases;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiMarkStoreIT {

    private static final LocalDate DAY = SampleAnalyses.DAY;

    private Database database;
    private JdbiMarkStore store;
    private List<StrategyId> ids;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh();
        store = new JdbiMarkStore(database.jdbi());
        JdbiAnalysisStore analyses = new JdbiAnalysisStore(database.jdbi());
        analyses.store(SampleAnalyses.analysis("INFY", DAY.minusDays(1)));
        ids = analyses.store(SampleAnalyses.analysis("RELIANCE", DAY)).strategyIds();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void setStatus(StrategyId id, String status) {
        database.jdbi()
                .useHandle(h -> h.createUpdate("INSERT INTO strategy_execution_status (strategy_id, status, lots)"
                                + " VALUES (:id, :status, 4)")
                        .bind("id", id.value())
                        .bind("status", status)
                        .execute());
    }

    private List<Map<String, Object>> audit(StrategyId id) {
        return database.jdbi()
                .withHandle(h -> h.createQuery("SELECT actor, event, details::text AS details FROM audit_log"
                                + " WHERE entity = 'strategy' AND entity_id = :id ORDER BY id")
                        .bind("id", Long.toString(id.value()))
                        .mapToMap()
                        .list());
    }

    @Test
    void test_strategies_ofTheLatestDay_withTheirFiguresAndNoState() {
        assertThat(store.latestAnalysisDate()).contains(DAY);

        List<RecentStrategy> day = store.strategies(DAY);

        assertThat(day).extracting(RecentStrategy::id).containsExactlyElementsOf(ids);
        RecentStrategy spread = day.get(0);
        assertThat(spread.symbol()).isEqualTo("RELIANCE");
        assertThat(spread.strategyName()).isEqualTo("Bull Call Spread");
        assertThat(spread.totalScore()).isEqualTo(0.8125);
        assertThat(spread.entry()).isEmpty();
        assertThat(spread.probabilityOfProfit()).isBetween(0.0, 1.0);
        assertThat(store.strategy(ids.get(1)).orElseThrow()).isEqualTo(day.get(1));
        assertThat(store.strategy(new StrategyId(999_999))).isEmpty();
    }

    @Test
    void test_mark_storesMarkedWithLotsAndAudits_once() {
        assertThat(store.mark(ids.get(0), 2, "mark --mark-top 3")).isTrue();
        assertThat(store.mark(ids.get(0), 5, "mark --mark-top 3")).isFalse();

        StatusEntry entry = store.strategy(ids.get(0)).orElseThrow().entry().orElseThrow();
        assertThat(entry.status()).isEqualTo(StrategyStatus.MARKED);
        assertThat(entry.lots()).contains(2);
        assertThat(entry.message()).isEqualTo("mark --mark-top 3");
        assertThat(audit(ids.get(0))).singleElement().satisfies(row -> {
            assertThat(row.get("actor")).isEqualTo("mark --mark-top 3");
            assertThat(row.get("event")).isEqualTo("MARKED");
            assertThat((String) row.get("details")).contains("\"lots\": 2", "\"previous\": \"\"");
        });
    }

    @Test
    void test_mark_refusesAnExecutedStrategy_butMarksAFailedOne() {
        setStatus(ids.get(0), "EXECUTED");
        setStatus(ids.get(1), "FAILED");

        assertThat(store.mark(ids.get(0), 1, "mark")).isFalse();
        assertThat(store.mark(ids.get(1), 1, "mark")).isTrue();

        assertThat(store.strategy(ids.get(0)).orElseThrow().status()).contains(StrategyStatus.EXECUTED);
        assertThat(store.strategy(ids.get(1)).orElseThrow().status()).contains(StrategyStatus.MARKED);
        assertThat((String) audit(ids.get(1)).get(0).get("details")).contains("\"previous\": \"FAILED\"");
    }

    @Test
    void test_unmark_removesMarkedAndAllocated_only() {
        store.mark(ids.get(0), 2, "mark");
        setStatus(ids.get(1), "ALLOCATED");
        setStatus(ids.get(2), "EXECUTING");

        assertThat(store.unmark(ids.get(0), "mark --unmark")).isTrue();
        assertThat(store.unmark(ids.get(1), "mark --unmark")).isTrue();
        assertThat(store.unmark(ids.get(2), "mark --unmark")).isFalse();
        assertThat(store.unmark(ids.get(0), "mark --unmark")).isFalse();

        assertThat(store.strategy(ids.get(0)).orElseThrow().entry()).isEmpty();
        assertThat(store.strategy(ids.get(1)).orElseThrow().entry()).isEmpty();
        assertThat(store.strategy(ids.get(2)).orElseThrow().status()).contains(StrategyStatus.EXECUTING);
        assertThat(audit(ids.get(1))).singleElement().satisfies(row -> {
            assertThat(row.get("event")).isEqualTo("UNMARKED");
            assertThat((String) row.get("details")).contains("\"lots\": 4", "\"previous\": \"ALLOCATED\"");
        });
    }
}
