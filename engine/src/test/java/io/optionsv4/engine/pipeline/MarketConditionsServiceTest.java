package io.optionsv4.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.analysis.InsufficientHistory;
import io.optionsv4.core.analysis.PutCallRatio;
import io.optionsv4.core.conditions.MarketConditions;
import io.optionsv4.core.conditions.MarketConditionsResult;
import io.optionsv4.core.conditions.MarketConditionsStore;
import io.optionsv4.core.conditions.MarketStateEvaluator;
import io.optionsv4.core.conditions.StoredMarketConditions;
import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.engine.testdata.FaultyMarketData;
import io.optionsv4.engine.testdata.FaultyMarketData.Call;
import io.optionsv4.engine.testdata.FaultyMarketData.ChainRequest;
import io.optionsv4.engine.testdata.RecordingConditionsStore;
import io.optionsv4.engine.testdata.TestClock;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MarketConditionsServiceTest {

    private static final long SEED = 42;
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    /** A NIFTY expiry day of the simulated market (its first listed expiry after {@link #FRIDAY}). */
    private static final LocalDate EXPIRY_DAY = LocalDate.of(2026, 11, 24);

    private static final String NIFTY = "NIFTY";

    private final SimulatedMarketData sim = new SimulatedMarketData(SEED);
    private final FaultyMarketData data = new FaultyMarketData(sim);
    private final RecordingConditionsStore store = new RecordingConditionsStore();
    private final TestClock clock = new TestClock(Instant.parse("2026-11-20T04:00:00Z"));

    private MarketConditionsService service(Optional<RecordingConditionsStore> conditionsStore) {
        return new MarketConditionsService(data, conditionsStore.map(s -> s), MarketStateEvaluator.DEFAULT, clock);
    }

    private MarketConditionsService service() {
        return service(Optional.of(store));
    }

    @Test
    void test_conditions_evaluatedOnceAndReusedWithinAnHour() {
        MarketConditionsService service = service();

        MarketConditionsResult first = service.conditions(FRIDAY);
        clock.advance(MarketConditionsService.TIME_TO_LIVE.minusSeconds(1));
        MarketConditionsResult again = service.conditions(FRIDAY);

        assertThat(first).isInstanceOf(MarketConditions.class);
        assertThat(again).isSameAs(first);
        assertThat(data.calls(Call.NIFTY_HISTORY)).isEqualTo(1);
        assertThat(data.calls(Call.INDIA_VIX_HISTORY)).isEqualTo(1);
        assertThat(store.calls()).containsExactly((MarketConditions) first);
        assertThat(service.storeErrors()).isEmpty();
    }

    @Test
    void test_conditions_askedConcurrently_evaluatedOnce() throws Exception {
        MarketConditionsService service = service();
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<MarketConditionsResult>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return service.conditions(FRIDAY);
                }));
            }
            start.countDown();
            MarketConditionsResult first = results.get(0).get(30, TimeUnit.SECONDS);
            for (Future<MarketConditionsResult> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(data.calls(Call.NIFTY_HISTORY)).isEqualTo(1);
        assertThat(store.calls()).hasSize(1);
    }

    @Test
    void test_conditions_reevaluatedAfterAnHour() {
        MarketConditionsService service = service();

        MarketConditionsResult first = service.conditions(FRIDAY);
        clock.advance(MarketConditionsService.TIME_TO_LIVE);
        MarketConditionsResult second = service.conditions(FRIDAY);
        clock.advance(Duration.ofMinutes(30));
        MarketConditionsResult third = service.conditions(FRIDAY);

        assertThat(second).isNotSameAs(first).isEqualTo(first);
        assertThat(third).isSameAs(second);
        assertThat(data.calls(Call.NIFTY_HISTORY)).isEqualTo(2);
        assertThat(store.calls()).hasSize(2).containsOnly((MarketConditions) first);
    }

    @Test
    void test_conditions_eachDayEvaluatedAndStoredOnce() {
        MarketConditionsService service = service();

        MarketConditionsResult friday = service.conditions(FRIDAY);
        MarketConditionsResult tuesday = service.conditions(EXPIRY_DAY);
        clock.advance(Duration.ofMinutes(10));
        service.conditions(FRIDAY);
        service.conditions(EXPIRY_DAY);

        assertThat(((MarketConditions) friday).asOf()).isEqualTo(FRIDAY);
        assertThat(((MarketConditions) tuesday).asOf()).isEqualTo(EXPIRY_DAY);
        assertThat(store.calls()).extracting(MarketConditions::asOf).containsExactly(FRIDAY, EXPIRY_DAY);
        assertThat(store.find(FRIDAY)).isPresent();
        assertThat(data.calls(Call.NIFTY_HISTORY)).isEqualTo(2);
    }

    @Test
    void test_conditions_matchTheEvaluatorOnTheSameData() {
        MarketConditionsResult expected = MarketStateEvaluator.DEFAULT.evaluate(
                sim.niftyHistory(FRIDAY.minusDays(MarketConditionsService.HISTORY_DAYS), FRIDAY),
                sim.indiaVixHistory(FRIDAY.minusDays(MarketConditionsService.HISTORY_DAYS), FRIDAY),
                Optional.of(PutCallRatio.of(sim.optionChain(NIFTY, EXPIRY_DAY, FRIDAY))),
                FRIDAY);

        assertThat(service().conditions(FRIDAY)).isEqualTo(expected);
    }

    @Test
    void test_conditions_withoutStore_evaluatedAndNothingStored() {
        MarketConditionsService service = service(Optional.empty());

        assertThat(service.conditions(FRIDAY)).isInstanceOf(MarketConditions.class);
        assertThat(store.calls()).isEmpty();
        assertThat(service.storeErrors()).isEmpty();
    }

    @Test
    void test_conditions_storeFails_evaluationKeptAndErrorReported() {
        store.failWith("market_conditions: connection refused");
        MarketConditionsService service = service();

        MarketConditionsResult result = service.conditions(FRIDAY);
        clock.advance(Duration.ofMinutes(5));
        MarketConditionsResult cached = service.conditions(FRIDAY);

        assertThat(result).isInstanceOf(MarketConditions.class);
        assertThat(cached).isSameAs(result);
        assertThat(store.calls()).hasSize(1);
        assertThat(service.storeErrors()).containsExactly("2026-11-20: market_conditions: connection refused");
    }

    @Test
    void test_conditions_storeThrowsUnexpectedly_evaluationKeptAndErrorNamed() {
        MarketConditionsService service = new MarketConditionsService(
                data,
                Optional.of(new MarketConditionsStore() {
                    @Override
                    public void store(MarketConditions conditions) {
                        throw new IllegalStateException("pool closed");
                    }

                    @Override
                    public Optional<StoredMarketConditions> find(LocalDate tradeDate) {
                        return Optional.empty();
                    }
                }),
                MarketStateEvaluator.DEFAULT,
                clock);

        assertThat(service.conditions(FRIDAY)).isInstanceOf(MarketConditions.class);
        assertThat(service.storeErrors()).containsExactly("2026-11-20: IllegalStateException: pool closed");
    }

    @Test
    void test_storeErrors_perDayAndAllOldestDayFirst() {
        store.failWith("market_conditions: disk full");
        MarketConditionsService service = service();

        service.conditions(EXPIRY_DAY);
        service.conditions(FRIDAY);

        assertThat(service.storeErrors(FRIDAY)).containsExactly("2026-11-20: market_conditions: disk full");
        assertThat(service.storeErrors(EXPIRY_DAY)).containsExactly("2026-11-24: market_conditions: disk full");
        assertThat(service.storeErrors(FRIDAY.plusDays(1))).isEmpty();
        assertThat(service.storeErrors())
                .containsExactly(
                        "2026-11-20: market_conditions: disk full", "2026-11-24: market_conditions: disk full");
    }

    @Test
    void test_conditions_niftyHistoryThrows_unavailableNamingTheMessage() {
        data.fail(Call.NIFTY_HISTORY, () -> new MarketDataException("NIFTY: no index file for 2026-11-20"));
        MarketConditionsService service = service();

        MarketConditionsResult result = service.conditions(FRIDAY);

        assertThat(result).isInstanceOf(MarketConditionsResult.Unavailable.class);
        List<InsufficientHistory> missing = ((MarketConditionsResult.Unavailable) result).missing();
        assertThat(missing).hasSize(1);
        assertThat(missing.get(0).available()).isZero();
        assertThat(missing.get(0).what()).contains("NIFTY: no index file for 2026-11-20");
        assertThat(store.calls()).isEmpty();
        assertThat(service.storeErrors()).isEmpty();
    }

    @Test
    void test_conditions_vixHistoryThrows_unavailableNamingOnlyVix() {
        data.fail(Call.INDIA_VIX_HISTORY, () -> new MarketDataException("INDIA VIX: history not served"));

        MarketConditionsResult result = service().conditions(FRIDAY);

        assertThat(result).isInstanceOf(MarketConditionsResult.Unavailable.class);
        List<InsufficientHistory> missing = ((MarketConditionsResult.Unavailable) result).missing();
        assertThat(missing).singleElement().satisfies(h -> {
            assertThat(h.what()).startsWith("India VIX").contains("INDIA VIX: history not served");
            assertThat(h.available()).isZero();
        });
        assertThat(store.calls()).isEmpty();
    }

    @Test
    void test_conditions_unavailableIsCachedLikeAnEvaluation() {
        data.fail(Call.NIFTY_HISTORY, () -> new MarketDataException("NIFTY: down"));
        MarketConditionsService service = service();

        MarketConditionsResult first = service.conditions(FRIDAY);
        data.heal();
        MarketConditionsResult cached = service.conditions(FRIDAY);
        clock.advance(MarketConditionsService.TIME_TO_LIVE);
        MarketConditionsResult later = service.conditions(FRIDAY);

        assertThat(cached).isSameAs(first).isInstanceOf(MarketConditionsResult.Unavailable.class);
        assertThat(later).isInstanceOf(MarketConditions.class);
        assertThat(store.calls()).containsExactly((MarketConditions) later);
    }

    @Test
    void test_conditions_pcrFromFirstExpiryAfterTheDay() {
        MarketConditions conditions = (MarketConditions) service().conditions(FRIDAY);

        assertThat(sim.expiries(NIFTY, FRIDAY).get(0).date()).isEqualTo(EXPIRY_DAY);
        assertThat(data.chainRequests()).containsExactly(new ChainRequest(NIFTY, EXPIRY_DAY, FRIDAY));
        assertThat(conditions.niftyPutCallRatio())
                .contains(PutCallRatio.of(sim.optionChain(NIFTY, EXPIRY_DAY, FRIDAY)));
    }

    @Test
    void test_conditions_onAnExpiryDay_pcrFromTheNextExpiry() {
        List<LocalDate> listed =
                sim.expiries(NIFTY, EXPIRY_DAY).stream().map(Expiry::date).toList();
        LocalDate next = listed.get(1);

        MarketConditions conditions = (MarketConditions) service().conditions(EXPIRY_DAY);

        assertThat(listed.get(0)).isEqualTo(EXPIRY_DAY);
        assertThat(next).isAfter(EXPIRY_DAY);
        assertThat(data.chainRequests()).containsExactly(new ChainRequest(NIFTY, next, EXPIRY_DAY));
        PutCallRatio expected = PutCallRatio.of(sim.optionChain(NIFTY, next, EXPIRY_DAY));
        assertThat(conditions.niftyPutCallRatio()).contains(expected);
        assertThat(expected).isNotEqualTo(PutCallRatio.of(sim.optionChain(NIFTY, EXPIRY_DAY, EXPIRY_DAY)));
    }

    @Test
    void test_conditions_niftyChainThrows_evaluatedWithoutPcr() {
        data.fail(NIFTY, Call.CHAIN, () -> new MarketDataException("NIFTY 2026-11-24: chain not served"));

        MarketConditionsResult result = service().conditions(FRIDAY);

        assertThat(result)
                .isInstanceOfSatisfying(
                        MarketConditions.class,
                        m -> assertThat(m.niftyPutCallRatio()).isEmpty());
        assertThat(store.calls()).hasSize(1);
    }

    @Test
    void test_conditions_historyThrowsWithoutMessage_unavailableNamingTheException() {
        data.fail(Call.INDIA_VIX_HISTORY, () -> new MarketDataException((String) null));

        MarketConditionsResult result = service().conditions(FRIDAY);

        assertThat(result)
                .isInstanceOfSatisfying(
                        MarketConditionsResult.Unavailable.class,
                        u -> assertThat(u.missing())
                                .singleElement()
                                .satisfies(h -> assertThat(h.what()).contains("MarketDataException")));
    }
}
