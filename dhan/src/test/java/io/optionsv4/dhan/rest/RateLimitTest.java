package io.optionsv4.dhan.rest;

import static io.optionsv4.dhan.testdata.DhanScenario.EXPIRY;
import static io.optionsv4.dhan.testdata.DhanScenario.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.instrument.ExchangeSegment;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.dhan.scrip.ScripMaster;
import io.optionsv4.dhan.scrip.ScripUnderlying;
import io.optionsv4.dhan.scrip.SecurityId;
import io.optionsv4.dhan.testdata.DhanScenario;
import io.optionsv4.dhan.testdata.FakeDhanServer;
import io.optionsv4.dhan.testdata.FakeExchange;
import io.optionsv4.dhan.testdata.ManualClock;
import io.optionsv4.dhan.testdata.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Dhan's documented limits, measured on the manual clock at the fake server (which answers 429 when a limit is broken):
 * option chain and expiry list at most once per 3 s together, quotes once per second, candles five in any second (in a
 * burst), 1,000 instruments per quote call.
 */
class RateLimitTest {

    private final DhanScenario scenario = new DhanScenario();

    @AfterEach
    void close() {
        scenario.close();
    }

    private static List<Duration> gaps(List<RecordedRequest> requests) {
        List<Instant> at = requests.stream().map(RecordedRequest::at).toList();
        return IntStream.range(1, at.size())
                .mapToObj(i -> Duration.between(at.get(i - 1), at.get(i)))
                .toList();
    }

    @Test
    void test_optionChain_spacedThreeSecondsWithExpiryList() {
        DhanMarketData dhan = scenario.marketData();

        dhan.expiries("NIFTY", TODAY);
        dhan.optionChain("NIFTY", EXPIRY, TODAY);
        dhan.optionChain("NIFTY", EXPIRY, TODAY);

        List<RecordedRequest> calls = scenario.server().requests();
        assertThat(calls)
                .extracting(RecordedRequest::path)
                .containsExactly("/v2/optionchain/expirylist", "/v2/optionchain", "/v2/optionchain");
        assertThat(gaps(calls)).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
        assertThat(scenario.clock().sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    void test_optionChain_noWaitWhenIntervalAlreadyPassed() {
        DhanMarketData dhan = scenario.marketData();

        dhan.optionChain("NIFTY", EXPIRY, TODAY);
        scenario.clock().advance(Duration.ofSeconds(5));
        dhan.optionChain("NIFTY", EXPIRY, TODAY);

        assertThat(scenario.clock().sleeps()).isEmpty();
    }

    @Test
    void test_quotes_spacedOneSecondAcrossQuoteEndpoints() {
        DhanMarketData dhan = scenario.marketData();

        dhan.lastPrices(List.of("NIFTY"));
        dhan.quote("NIFTY", TODAY);
        dhan.indiaVix(TODAY);

        assertThat(gaps(scenario.server().requests())).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void test_candles_fiveInABurstThenTheSixthAfterTheWindow() {
        DhanMarketData dhan = scenario.marketData();

        for (int i = 0; i < 3; i++) {
            dhan.niftyHistory(TODAY.minusDays(3), TODAY);
            dhan.indiaVixHistory(TODAY.minusDays(3), TODAY);
        }

        assertThat(gaps(scenario.server().requests()))
                .containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1));
        assertThat(scenario.server().exchanges()).noneMatch(FakeExchange::throttled);
    }

    /**
     * Sixty fund-limit reads (non-trading, 20 in any second) as fast as the limiter lets them go, at a fake that
     * displaces each arrival by up to ±20 ms: with a guard of 40 ms (twice the jitter) nothing is throttled; without a
     * guard the same calls trip the fake (the control). One attempt per call, so a throttled call shows.
     */
    @Test
    void test_nonTrading_burstsWithinTheJitteredWindowsWithAGuardOfTwiceTheJitter() {
        assertThat(throttledReads(Duration.ofMillis(40))).isZero();
        assertThat(throttledReads(Duration.ZERO)).isPositive();
    }

    private static long throttledReads(Duration guard) {
        ManualClock clock = new ManualClock(DhanScenario.NOW);
        try (FakeDhanServer server = FakeDhanServer.start(
                clock,
                FakeDhanServer.Settings.DEFAULT
                        .withJitter(Duration.ofMillis(20))
                        .withBlocking(1_000, Duration.ZERO))) {
            DhanConfig config = new DhanConfig(
                            server.baseUrl(),
                            FakeDhanServer.CLIENT_ID,
                            FakeDhanServer.ACCESS_TOKEN,
                            Duration.ofSeconds(5),
                            new RetryPolicy(1, Duration.ofMillis(100), Duration.ofMillis(100)))
                    .withRateBudget(new RateBudget(java.util.Optional.empty(), guard));
            try (DhanTradingApi api = new DhanTradingApi(config, 10, clock, clock)) {
                for (int i = 0; i < 60; i++) {
                    try {
                        api.fundLimit();
                    } catch (MarketDataException e) {
                        assertThat(e).hasMessageContaining("DH-904");
                    }
                }
            }
            List<Instant> at =
                    server.requests().stream().map(RecordedRequest::at).toList();
            assertThat(at).hasSize(60);
            assertThat(at.get(19)).as("twenty in a burst").isEqualTo(DhanScenario.NOW);
            assertThat(at.get(20)).isEqualTo(DhanScenario.NOW.plusSeconds(1).plus(guard));
            return server.exchanges().stream().filter(FakeExchange::throttled).count();
        }
    }

    @Test
    void test_lastPrices_batchesOfAtMostThousandInstruments() throws Exception {
        List<ScripUnderlying> stocks = IntStream.rangeClosed(1, 2_345)
                .mapToObj(i -> new ScripUnderlying("S" + i, new SecurityId(ExchangeSegment.NSE_EQ, i), "Stock " + i))
                .toList();
        ManualClock clock = scenario.clock();
        FakeDhanServer server = scenario.server();
        stocks.forEach(s -> server.market().addStock(s.securityId().id(), s.symbol(), 100));
        try (DhanMarketData dhan = new DhanMarketData(
                scenario.config(), ScripMaster.of(stocks, List.of()), clock, clock, DhanMarketData.DEFAULT_RATE)) {
            dhan.lastPrices(stocks.stream().map(ScripUnderlying::symbol).toList());
        }

        List<RecordedRequest> calls = server.requests("/v2/marketfeed/ltp");
        assertThat(calls).hasSize(3);
        assertThat(server.body(calls.get(0)).get("NSE_EQ").size()).isEqualTo(1_000);
        assertThat(server.body(calls.get(1)).get("NSE_EQ").get(0).asLong()).isEqualTo(1_001);
        assertThat(server.body(calls.get(2)).get("NSE_EQ").size()).isEqualTo(345);
        assertThat(gaps(calls)).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }
}
