package io.optionsv4.dhan.rest;

import static io.optionsv4.dhan.testdata.DhanScenario.EXPIRY;
import static io.optionsv4.dhan.testdata.DhanScenario.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.dhan.testdata.DhanScenario;
import io.optionsv4.dhan.testdata.FakeDhanServer;
import io.optionsv4.dhan.testdata.FakeResponse;
import io.optionsv4.dhan.testdata.FakeResponse.Truncation;
import io.optionsv4.dhan.testdata.RecordedRequest;
import io.optionsv4.dhan.testdata.ScripMasters;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Errors, retries and back-off of the REST client against the fake Dhan server. Waits run on the manual clock, so the
 * tests take no real time except the two that let a response outlast a short client timeout.
 */
class DhanRestClientTest {

    private static final String HISTORICAL = "/v2/charts/historical";
    private static final String CHAIN = "/v2/optionchain";
    private static final LocalDate FROM = LocalDate.of(2025, 1, 13);
    private static final LocalDate TO = LocalDate.of(2025, 1, 17);

    private DhanScenario scenario = new DhanScenario();

    @AfterEach
    void close() {
        scenario.close();
    }

    private List<Duration> backoffs() {
        return scenario.clock().sleeps();
    }

    @Test
    void test_post_serverEchoedTokenIsNeverInTheMessage() {
        scenario.server()
                .setDefault(
                        HISTORICAL,
                        FakeResponse.of(
                                400,
                                "bad token " + FakeDhanServer.ACCESS_TOKEN
                                        + " eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl \u001b[31m"));

        assertThatThrownBy(() -> scenario.marketData().dailyCandles("HDFCBANK", FROM, TO))
                .isInstanceOf(MarketDataException.class)
                .hasMessageNotContaining(FakeDhanServer.ACCESS_TOKEN)
                .hasMessageNotContaining("eyJhbGciOiJIUzI1NiJ9")
                .hasMessageNotContaining("\u001b");
    }

    @Test
    void test_post_endlessBodyIsCutAtTheCapNotReadIntoMemory() {
        String huge = "[" + "1,".repeat((int) (CappedBody.MAX_BYTES / 2) + 10) + "1]";
        scenario.server().setDefault(HISTORICAL, FakeResponse.ok(huge));

        assertThatThrownBy(() -> scenario.marketData().dailyCandles("HDFCBANK", FROM, TO))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("response body larger than");
    }

    @Test
    void test_post_retriesRateLimitAndServerErrorThenSucceeds() {
        FakeDhanServer server = scenario.server();
        server.enqueue(HISTORICAL, FakeResponse.dataApiError(429, "805", "Too many requests."));
        server.enqueue(HISTORICAL, FakeResponse.of(500, "<html>Internal Server Error</html>"));
        server.enqueue(HISTORICAL, FakeResponse.tradingApiError(500, "DH-908", "Internal_Server_Error", "try later"));

        assertThat(scenario.marketData().dailyCandles("HDFCBANK", FROM, TO)).hasSize(5);

        assertThat(server.requests(HISTORICAL)).hasSize(4);
        List<Duration> waits = backoffs();
        assertThat(waits).hasSize(3);
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThat(waits.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(waits.get(2)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
    }

    @Test
    void test_post_honoursRetryAfter() {
        scenario.server()
                .enqueue(
                        HISTORICAL,
                        FakeResponse.dataApiError(429, "805", "slow down").withHeader("Retry-After", "7"));

        scenario.marketData().dailyCandles("HDFCBANK", FROM, TO);

        assertThat(backoffs()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void test_post_retriesExhaustedKeepsCause() {
        for (int i = 0; i < 4; i++) {
            scenario.server().enqueue(HISTORICAL, FakeResponse.of(503, "Service Unavailable"));
        }

        assertThatThrownBy(() -> scenario.marketData().dailyCandles("HDFCBANK", FROM, TO))
                .isInstanceOf(MarketDataException.class)
                .hasMessageStartingWith("Dhan POST /charts/historical failed after 4 attempts; last: Dhan POST"
                        + " /charts/historical failed with HTTP 503 ?")
                .cause()
                .isInstanceOfSatisfying(DhanApiException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(503);
                    assertThat(e.code()).isEqualTo(DhanErrorCode.UNKNOWN);
                });
        assertThat(scenario.server().requests(HISTORICAL)).hasSize(4);
        assertThat(backoffs()).hasSize(3);
    }

    @Test
    void test_post_expiredTokenFailsAtOnceSayingHowToFix() {
        scenario.server().enqueue(CHAIN, FakeResponse.expiredToken());

        assertThatThrownBy(() -> scenario.marketData().optionChain("NIFTY", EXPIRY, TODAY))
                .isInstanceOfSatisfying(DhanApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(DhanErrorCode.DH_901);
                    assertThat(e.httpStatus()).isEqualTo(401);
                })
                .hasMessageContaining("DH-901: client id or access token invalid or expired")
                .hasMessageContaining("generate a new access token")
                .hasMessageContaining("set DHAN_ACCESS_TOKEN");
        assertThat(scenario.server().requests(CHAIN)).hasSize(1);
    }

    @Test
    void test_post_wrongTokenRejectedByServerNeverEchoed() {
        scenario.close();
        scenario = new DhanScenario();
        DhanConfig wrong = new DhanConfig(
                scenario.server().baseUrl(),
                FakeDhanServer.CLIENT_ID,
                "secret-wrong-token",
                Duration.ofSeconds(2),
                DhanScenario.RETRY);
        try (DhanMarketData dhan =
                new DhanMarketData(wrong, ScripMasters.fixture(), scenario.clock(), scenario.clock(), 0.065)) {
            assertThatThrownBy(() -> dhan.lastPrices(List.of("NIFTY")))
                    .isInstanceOf(DhanApiException.class)
                    .hasMessageContaining("DHAN_ACCESS_TOKEN")
                    .message()
                    .doesNotContain("secret-wrong-token");
        }
        RecordedRequest request = scenario.server().requests().get(0);
        assertThat(request.headers()).containsEntry("access-token", "secret-wrong-token");
    }

    @Test
    void test_post_dataApiAuthCodeAlsoExplainsFix() {
        scenario.server().enqueue("/v2/marketfeed/ltp", FakeResponse.dataApiError(401, "807", "Access token expired"));

        assertThatThrownBy(() -> scenario.marketData().indiaVix(TODAY))
                .isInstanceOfSatisfying(
                        DhanApiException.class, e -> assertThat(e.code()).isEqualTo(DhanErrorCode.DATA_807))
                .hasMessageContaining("807: access token expired")
                .hasMessageContaining("DHAN_ACCESS_TOKEN");
    }

    @Test
    void test_post_inputErrorNotRetried() {
        scenario.server()
                .enqueue(
                        CHAIN,
                        FakeResponse.tradingApiError(
                                400, "DH-905", "Input_Exception", "Missing required fields, bad values"));

        assertThatThrownBy(() -> scenario.marketData().optionChain("NIFTY", EXPIRY, TODAY))
                .isInstanceOfSatisfying(
                        DhanApiException.class, e -> assertThat(e.code()).isEqualTo(DhanErrorCode.DH_905))
                .hasMessage("Dhan POST /optionchain failed with HTTP 400 DH-905 (missing or invalid fields). Dhan"
                        + " says: Missing required fields, bad values");
        assertThat(scenario.server().requests(CHAIN)).hasSize(1);
    }

    @Test
    void test_post_failedStatusInSuccessfulResponseIsAnError() {
        scenario.server().enqueue(CHAIN, FakeResponse.dataApiError(200, "811", "Invalid Expiry Date"));

        assertThatThrownBy(() -> scenario.marketData().optionChain("NIFTY", EXPIRY, TODAY))
                .isInstanceOfSatisfying(
                        DhanApiException.class, e -> assertThat(e.code()).isEqualTo(DhanErrorCode.DATA_811))
                .hasMessageContaining("invalid expiry date");
    }

    @Test
    void test_post_truncatedJsonIsClearError() {
        scenario.server().enqueue(CHAIN, FakeResponse.ok(FixturesHolder.CHAIN).truncated(Truncation.JSON));

        assertThatThrownBy(() -> scenario.marketData().optionChain("NIFTY", EXPIRY, TODAY))
                .isInstanceOf(MarketDataException.class)
                .hasMessageStartingWith("Dhan POST /optionchain answered with malformed JSON (")
                .hasMessageContaining("truncated?")
                .hasCauseInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
        assertThat(scenario.server().requests(CHAIN)).hasSize(1);
    }

    @Test
    void test_post_droppedConnectionRetried() {
        scenario.server()
                .enqueue(HISTORICAL, FakeResponse.ok("{\"open\":[1,2,3]}").truncated(Truncation.CONNECTION));

        assertThat(scenario.marketData().dailyCandles("HDFCBANK", FROM, TO)).hasSize(5);
        assertThat(scenario.server().requests(HISTORICAL)).hasSize(2);
    }

    @Test
    void test_post_timeoutRetriedThenSucceeds() {
        scenario.close();
        // The timeout leaves the retried request ample time on a loaded machine (250 ms once timed out twice in CI).
        scenario = new DhanScenario(Duration.ofMillis(1500), DhanScenario.RETRY);
        scenario.server().enqueue(HISTORICAL, FakeResponse.ok("{}").delayed(Duration.ofSeconds(6)));

        assertThat(scenario.marketData().dailyCandles("HDFCBANK", FROM, TO)).hasSize(5);
        assertThat(scenario.server().requests(HISTORICAL)).hasSize(2);
        assertThat(backoffs()).hasSize(1);
    }

    @Test
    void test_post_timeoutsExhaustedKeepTimeoutCause() {
        scenario.close();
        scenario = new DhanScenario(
                Duration.ofMillis(200), new RetryPolicy(2, Duration.ofMillis(100), Duration.ofSeconds(1)));
        scenario.server().enqueue(HISTORICAL, FakeResponse.ok("{}").delayed(Duration.ofSeconds(2)));
        scenario.server().enqueue(HISTORICAL, FakeResponse.ok("{}").delayed(Duration.ofSeconds(2)));

        assertThatThrownBy(() -> scenario.marketData().dailyCandles("HDFCBANK", FROM, TO))
                .hasMessageContaining(
                        "failed after 2 attempts; last: Dhan POST /charts/historical timed out after" + " PT0.2S")
                .cause()
                .hasCauseInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void test_post_stalledBodyFailsAtTheTimeoutAndCloseDoesNotWait() {
        scenario.close();
        scenario = new DhanScenario(
                Duration.ofMillis(1_500), new RetryPolicy(1, Duration.ofMillis(100), Duration.ofSeconds(1)));
        scenario.marketData().expiries("NIFTY", TODAY); // warms the HTTP client up: only the stall is timed
        scenario.server().failNext(CHAIN, FakeDhanServer.Failure.STALL_BODY);
        long start = System.nanoTime();

        assertThatThrownBy(() -> scenario.marketData().optionChain("NIFTY", EXPIRY, TODAY))
                .hasMessageContaining("failed after 1 attempts; last: Dhan POST /optionchain timed out after PT1.5S")
                .cause()
                .hasCauseInstanceOf(HttpTimeoutException.class);
        Duration failed = Duration.ofNanos(System.nanoTime() - start);
        scenario.marketData().close();
        Duration closed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(scenario.server().requests(CHAIN)).hasSize(1);
        // The headers came at once and the body never ended: the attempt ends at the timeout, not at twice it (the
        // timeout used to cover the headers only, the whole response got 3 s here), and close() does not wait for the
        // stalled exchange.
        assertThat(failed).isBetween(Duration.ofMillis(1_400), Duration.ofMillis(2_700));
        assertThat(closed.minus(failed)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void test_post_htmlGatewayPageNamedNotParsedAsJson() {
        FakeDhanServer server = scenario.server();
        for (int i = 0; i < 4; i++) {
            server.failNext(HISTORICAL, FakeDhanServer.Failure.HTML_502);
        }

        assertThatThrownBy(() -> scenario.marketData().dailyCandles("HDFCBANK", FROM, TO))
                .hasMessageContaining("failed after 4 attempts")
                .hasMessageContaining("HTTP 502")
                .hasMessageContaining("an HTML page instead of JSON (\"502 Bad Gateway\"): a gateway or proxy answered")
                .hasMessageNotContaining("malformed JSON")
                .hasMessageNotContaining("<html>");
        assertThat(server.requests(HISTORICAL)).hasSize(4);
    }

    @Test
    void test_post_html502RetriedThenSucceeds() {
        scenario.server().failNext(HISTORICAL, FakeDhanServer.Failure.HTML_502);

        assertThat(scenario.marketData().dailyCandles("HDFCBANK", FROM, TO)).hasSize(5);
        assertThat(scenario.server().requests(HISTORICAL)).hasSize(2);
    }

    @Test
    void test_post_html401IsAccessDeniedOnce() {
        scenario.server().failNext(CHAIN, FakeDhanServer.Failure.HTML_401);

        assertThatThrownBy(() -> scenario.marketData().optionChain("NIFTY", EXPIRY, TODAY))
                .isInstanceOfSatisfying(DhanApiException.class, e -> {
                    assertThat(e.isAccessDenied()).isTrue();
                    assertThat(e.httpStatus()).isEqualTo(401);
                })
                .hasMessageContaining(
                        "Dhan rejected the credentials on POST /optionchain (HTTP 401 without an error" + " code)")
                .hasMessageContaining("401 Authorization Required")
                .hasMessageContaining("set DHAN_ACCESS_TOKEN");
        assertThat(scenario.server().requests(CHAIN)).hasSize(1);
    }

    @Test
    void test_post_htmlWithStatus200IsAClearError() {
        scenario.server()
                .enqueue(CHAIN, FakeResponse.gatewayPage(200, "Please sign in").truncated(Truncation.NONE));

        assertThatThrownBy(() -> scenario.marketData().optionChain("NIFTY", EXPIRY, TODAY))
                .isInstanceOf(MarketDataException.class)
                .hasMessage("Dhan POST /optionchain answered HTTP 200 with an HTML page instead of JSON (\"200 Please"
                        + " sign in\"): a gateway or proxy answered for the API");
    }

    @Test
    void test_post_afterAccessDeniedNothingIsSent() {
        scenario.server().expireTokenAfter(1);
        DhanMarketData dhan = scenario.marketData();

        assertThat(dhan.lastPrices(List.of("NIFTY"))).containsKey("NIFTY");
        assertThatThrownBy(() -> dhan.quote("NIFTY", TODAY)).isInstanceOfSatisfying(DhanApiException.class, e -> {
            assertThat(e.code()).isEqualTo(DhanErrorCode.DATA_807);
            assertThat(e.isAccessDenied()).isTrue();
        });
        assertThatThrownBy(() -> dhan.dailyCandles("HDFCBANK", FROM, TO))
                .isInstanceOfSatisfying(DhanApiException.class, e -> {
                    assertThat(e.isAccessDenied()).isTrue();
                    assertThat(e.getCause()).isInstanceOf(DhanApiException.class);
                })
                .hasMessageContaining("POST /charts/historical")
                .hasMessageContaining("not sent: an earlier call (POST /marketfeed/ohlc) was refused the same way")
                .hasMessageContaining("set DHAN_ACCESS_TOKEN");
        assertThat(scenario.server().requests())
                .extracting(RecordedRequest::path)
                .containsExactly("/v2/marketfeed/ltp", "/v2/marketfeed/ohlc");
    }

    /** The shared option-chain fixture, read once. */
    private static final class FixturesHolder {
        static final String CHAIN = io.optionsv4.dhan.testdata.DhanFixtures.shared("optionchain.json");
    }
}
