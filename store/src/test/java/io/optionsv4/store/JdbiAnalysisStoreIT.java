package io.optionsv4.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.result.StoreException;
import io.optionsv4.core.selection.ExitLevel;
import io.optionsv4.core.selection.IvAnalysis;
import io.optionsv4.core.selection.StoreReceipt;
import io.optionsv4.core.selection.StrategyRecommendation;
import io.optionsv4.core.selection.SymbolAnalysis;
import io.optionsv4.store.testdata.SampleAnalyses;
import io.optionsv4.store.testdata.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiAnalysisStoreIT {

    private static final List<String> TABLES = List.of(
            "strategies",
            "strategy_details",
            "strategy_parameters",
            "strategy_monitoring",
            "strategy_risk_management",
            "strategy_greek_exposures",
            "strategy_market_analysis",
            "strategy_iv_analysis",
            "strategy_price_levels",
            "strategy_expected_moves",
            "strategy_exit_levels",
            "strategy_component_scores");

    private Database database;
    private JdbiAnalysisStore store;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh();
        store = new JdbiAnalysisStore(database.jdbi());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void test_store_roundTripIsExact() {
        SymbolAnalysis analysis = SampleAnalyses.analysis("RELIANCE", SampleAnalyses.DAY);

        StoreReceipt receipt = store.store(analysis);

        assertThat(receipt.inserted()).isEqualTo(3);
        assertThat(store.find("RELIANCE", SampleAnalyses.DAY)).contains(analysis);
        assertThat(store.symbols(SampleAnalyses.DAY)).containsExactly("RELIANCE");
        assertThat(counts().values()).allMatch(n -> n > 0);
    }

    /**
     * Too little IV history: no rank, percentile or environment is stored (NULL, V7) and none is read back; an index
     * analysed from its chains alone (issue 13, item 7) has no realised volatility and no value area either.
     */
    @Test
    void test_store_unrankedIvRoundTrips() {
        SymbolAnalysis sample = SampleAnalyses.analysis("WIPRO", SampleAnalyses.DAY);
        SymbolAnalysis unranked = new SymbolAnalysis(
                sample.symbol(),
                sample.tradeDate(),
                sample.spot(),
                sample.market(),
                IvAnalysis.unranked(0.21, java.util.OptionalDouble.of(0.17)),
                sample.levels(),
                sample.priceLevels(),
                sample.expectedMoves(),
                sample.recommendations());

        store.store(unranked);

        assertThat(store.find("WIPRO", SampleAnalyses.DAY)).contains(unranked);
        int unrankedRows = database.jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM strategy_iv_analysis WHERE iv_rank IS NULL"
                                + " AND iv_percentile IS NULL AND iv_environment IS NULL")
                        .mapTo(Integer.class)
                        .one());
        assertThat(unrankedRows).isEqualTo(3);

        SymbolAnalysis fromChains = new SymbolAnalysis(
                "BANKNIFTY",
                sample.tradeDate(),
                sample.spot(),
                sample.market(),
                IvAnalysis.unranked(0.14, java.util.OptionalDouble.empty()),
                io.optionsv4.core.selection.MarketLevels.withoutValueArea(1500),
                sample.priceLevels(),
                sample.expectedMoves(),
                sample.recommendations());
        store.store(fromChains);
        assertThat(store.find("BANKNIFTY", SampleAnalyses.DAY)).contains(fromChains);
    }

    @Test
    void test_store_tradeEconomicsInPaiseOnStrategies() {
        store.store(SampleAnalyses.analysis("RELIANCE", SampleAnalyses.DAY));

        List<Long> capital = database.jdbi()
                .withHandle(h -> h.createQuery("SELECT capital_required_paise FROM strategies ORDER BY id")
                        .mapTo(Long.class)
                        .list());
        List<Long> netEv = database.jdbi()
                .withHandle(h -> h.createQuery("SELECT net_ev_paise FROM strategies ORDER BY id")
                        .mapTo(Long.class)
                        .list());
        assertThat(capital).containsOnly(15_900_000L).hasSize(3);
        assertThat(netEv).containsOnly(88_850L);
    }

    @Test
    void test_store_reStoreIsIdempotent() {
        SymbolAnalysis analysis = SampleAnalyses.analysis("TCS", SampleAnalyses.DAY);
        StoreReceipt first = store.store(analysis);
        Map<String, Integer> before = counts();

        StoreReceipt second = store.store(analysis);

        assertThat(second.inserted()).isZero();
        assertThat(second.existing()).isEqualTo(3);
        assertThat(second.strategyIds()).isEqualTo(first.strategyIds());
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void test_store_newRecommendationAddedExistingKept() {
        SymbolAnalysis analysis = SampleAnalyses.analysis("INFY", SampleAnalyses.DAY);
        SymbolAnalysis firstTwo =
                withRecommendations(analysis, analysis.recommendations().subList(0, 2));
        StoreReceipt first = store.store(firstTwo);

        StoreReceipt all = store.store(analysis);

        assertThat(all.inserted()).isEqualTo(1);
        assertThat(all.strategyIds().subList(0, 2)).isEqualTo(first.strategyIds());
        assertThat(store.find("INFY", SampleAnalyses.DAY)).contains(analysis);
    }

    @Test
    void test_store_greekTriggerExitLevelRoundTrips() {
        SymbolAnalysis sample = SampleAnalyses.analysis("AXISBANK", SampleAnalyses.DAY);
        StrategyRecommendation condor = sample.recommendations().get(1);
        List<ExitLevel> exits = new ArrayList<>(condor.exitLevels());
        exits.add(new ExitLevel(ExitLevel.Kind.GREEK_TRIGGER, 0.3, 1, "close when |net delta| per lot exceeds 0.3"));
        StrategyRecommendation withGreekExit = new StrategyRecommendation(
                condor.strategyName(),
                condor.legs(),
                condor.figures(),
                condor.greekExposure(),
                condor.risk(),
                exits,
                condor.componentScores(),
                condor.totalScore(),
                condor.conviction());
        SymbolAnalysis analysis = withRecommendations(sample, List.of(withGreekExit));

        store.store(analysis);

        SymbolAnalysis read = store.find("AXISBANK", SampleAnalyses.DAY).orElseThrow();
        assertThat(read).isEqualTo(analysis);
        assertThat(read.recommendations().get(0).exitLevels())
                .extracting(ExitLevel::kind)
                .endsWith(ExitLevel.Kind.GREEK_TRIGGER);
    }

    @Test
    void test_store_sameStrategyOtherDayIsNew() {
        store.store(SampleAnalyses.analysis("SBIN", SampleAnalyses.DAY));

        StoreReceipt next = store.store(SampleAnalyses.analysis("SBIN", SampleAnalyses.DAY.plusDays(1)));

        assertThat(next.inserted()).isEqualTo(3);
        assertThat(counts().get("strategies")).isEqualTo(6);
    }

    @Test
    void test_storeAll_manySymbols() {
        List<SymbolAnalysis> analyses = new ArrayList<>();
        for (String symbol : List.of("A", "B", "C", "D")) {
            analyses.add(SampleAnalyses.analysis(symbol, SampleAnalyses.DAY));
        }

        List<StoreReceipt> receipts = store.storeAll(analyses);

        assertThat(receipts).extracting(StoreReceipt::inserted).containsExactly(3, 3, 3, 3);
        assertThat(store.symbols(SampleAnalyses.DAY)).containsExactly("A", "B", "C", "D");
        assertThat(store.find("Z", SampleAnalyses.DAY)).isEmpty();
    }

    /** Many analyses in one transaction: the rows, ids and read-back of storing them one by one in the same order. */
    @Test
    void test_storeTogether_sameAsOneByOne() {
        List<SymbolAnalysis> first = new ArrayList<>();
        List<SymbolAnalysis> second = new ArrayList<>();
        for (String symbol : List.of("A", "B", "C", "D")) {
            first.add(SampleAnalyses.analysis(symbol, SampleAnalyses.DAY));
            second.add(SampleAnalyses.analysis(symbol, SampleAnalyses.DAY.plusDays(1)));
        }

        List<StoreReceipt> oneByOne = store.storeAll(first);
        Map<String, Integer> afterOneByOne = counts();
        List<StoreReceipt> together = store.storeTogether(second);

        assertThat(together).extracting(StoreReceipt::inserted).containsExactly(3, 3, 3, 3);
        assertThat(together).extracting(StoreReceipt::symbol).containsExactly("A", "B", "C", "D");
        long offset = together.get(0).strategyIds().get(0).value()
                - oneByOne.get(0).strategyIds().get(0).value();
        assertThat(offset).isEqualTo(12);
        for (int i = 0; i < 4; i++) {
            assertThat(together.get(i).strategyIds())
                    .extracting(id -> id.value() - offset)
                    .containsExactlyElementsOf(oneByOne.get(i).strategyIds().stream()
                            .map(id -> id.value())
                            .toList());
            assertThat(store.find(second.get(i).symbol(), second.get(i).tradeDate()))
                    .contains(second.get(i));
        }
        assertThat(counts()).allSatisfy((table, n) -> assertThat(n).as(table).isEqualTo(2 * afterOneByOne.get(table)));
    }

    /** An analysis stored already, or twice in the batch, keeps its ids and adds nothing; the others are stored. */
    @Test
    void test_storeTogether_idempotentWithinAndAcrossBatches() {
        SymbolAnalysis known = SampleAnalyses.analysis("KNOWN", SampleAnalyses.DAY);
        StoreReceipt before = store.store(known);
        SymbolAnalysis fresh = SampleAnalyses.analysis("FRESH", SampleAnalyses.DAY);

        List<StoreReceipt> receipts = store.storeTogether(List.of(known, fresh, fresh));

        assertThat(receipts).extracting(StoreReceipt::inserted).containsExactly(0, 3, 0);
        assertThat(receipts.get(0).strategyIds()).isEqualTo(before.strategyIds());
        assertThat(receipts.get(2).strategyIds()).isEqualTo(receipts.get(1).strategyIds());
        assertThat(counts().get("strategies")).isEqualTo(6);
        assertThat(store.find("FRESH", SampleAnalyses.DAY)).contains(fresh);
        assertThat(store.storeTogether(List.of())).isEmpty();
    }

    @Test
    void test_storeTogether_failureLeavesNoneOfThem() {
        store.store(SampleAnalyses.analysis("EARLIER", SampleAnalyses.DAY));
        Map<String, Integer> before = counts();
        database.jdbi()
                .useHandle(h -> h.execute("CREATE FUNCTION fail_exit_levels() RETURNS trigger LANGUAGE plpgsql"
                        + " AS $$ BEGIN RAISE EXCEPTION 'exit levels refused by test'; END; $$;"
                        + " CREATE TRIGGER fail BEFORE INSERT ON strategy_exit_levels FOR EACH ROW"
                        + " EXECUTE FUNCTION fail_exit_levels()"));

        assertThatThrownBy(() -> store.storeTogether(List.of(
                        SampleAnalyses.analysis("HDFC", SampleAnalyses.DAY),
                        SampleAnalyses.analysis("ITC", SampleAnalyses.DAY))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(
                        "analyses of 2 symbols (HDFC to ITC) in one transaction into strategy_exit_levels")
                .hasMessageContaining("exit levels refused by test");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void test_store_failureHalfwayLeavesNothing() {
        database.jdbi()
                .useHandle(h -> h.execute("CREATE FUNCTION fail_exit_levels() RETURNS trigger LANGUAGE plpgsql"
                        + " AS $$ BEGIN RAISE EXCEPTION 'exit levels refused by test'; END; $$;"
                        + " CREATE TRIGGER fail BEFORE INSERT ON strategy_exit_levels FOR EACH ROW"
                        + " EXECUTE FUNCTION fail_exit_levels()"));

        assertThatThrownBy(() -> store.store(SampleAnalyses.analysis("HDFC", SampleAnalyses.DAY)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("HDFC 2020-01-01 into strategy_exit_levels")
                .hasMessageContaining("exit levels refused by test");
        assertThat(counts().values()).allMatch(n -> n == 0);
    }

    @Test
    void test_constraint_nanRejectedNamingTheDomain() {
        long id = store.store(SampleAnalyses.analysis("ITC", SampleAnalyses.DAY))
                .strategyIds()
                .get(0)
                .value();

        assertThatThrownBy(() -> database.jdbi()
                        .useHandle(h -> h.execute(
                                "UPDATE strategy_parameters SET expected_value = 'NaN' WHERE strategy_id = ?", id)))
                .hasMessageContaining("finite_double");
        assertThatThrownBy(() -> database.jdbi()
                        .useHandle(h -> h.execute("UPDATE strategy_details SET lots = 0 WHERE strategy_id = ?", id)))
                .hasMessageContaining("strategy_details_lots_check");
        assertThatThrownBy(() -> database.jdbi()
                        .useHandle(h -> h.execute(
                                "UPDATE strategy_details SET premium_per_unit = -1 WHERE strategy_id = ?", id)))
                .hasMessageContaining("price");
        assertThatThrownBy(() -> database.jdbi()
                        .useHandle(h -> h.execute(
                                "UPDATE strategy_parameters SET breakevens = '{1, NaN}' WHERE strategy_id = ?", id)))
                .hasMessageContaining("strategy_parameters_breakevens_finite");
    }

    @Test
    void test_constraint_orphanDetailRejected() {
        assertThatThrownBy(() -> database.jdbi()
                        .useHandle(h -> h.execute("INSERT INTO strategy_greek_exposures VALUES (999999, 0, 0, 0, 0)")))
                .hasMessageContaining("strategy_greek_exposures_strategy_id_fkey");
    }

    private static SymbolAnalysis withRecommendations(SymbolAnalysis a, List<StrategyRecommendation> recommendations) {
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

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        database.jdbi()
                .useHandle(h -> TABLES.forEach(t -> counts.put(
                        t,
                        h.createQuery("SELECT count(*) FROM " + t)
                                .mapTo(Integer.class)
                                .one())));
        return counts;
    }
}
