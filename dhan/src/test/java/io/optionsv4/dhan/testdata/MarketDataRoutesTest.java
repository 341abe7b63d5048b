package io.optionsv4.dhan.testdata;

import static io.optionsv4.dhan.testdata.RawCalls.errorCode;
import static io.optionsv4.dhan.testdata.RawCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake's data APIs: each body checked against the reference's schema, each answer built from the request. */
class MarketDataRoutesTest {

    private final ManualClock clock = new ManualClock(DhanScenario.NOW);
    private final FakeDhanServer server = FakeDhanServer.start(clock);
    private final RawCalls calls = new RawCalls(server);

    @AfterEach
    void close() {
        calls.close();
        server.close();
    }

    /** Posts on the chain endpoints, 3 s apart on the manual clock so that the throttle never interferes. */
    private HttpResponse<String> chain(String path, String body) {
        clock.advance(Duration.ofSeconds(3));
        return calls.post(path, body);
    }

    private HttpResponse<String> quote(String path, String body) {
        clock.advance(Duration.ofSeconds(1));
        return calls.post(path, body);
    }

    @Test
    void test_optionChain_schemaAndSemanticErrors() {
        String path = "/optionchain";
        assertThat(errorCode(chain(
                        path, "{\"UnderlyingScrip\":\"13\",\"UnderlyingSeg\":\"IDX_I\",\"Expiry\":\"2025-01-30\"}")))
                .as("UnderlyingScrip is a JSON number")
                .isEqualTo("DH-905");
        assertThat(errorCode(
                        chain(path, "{\"UnderlyingScri\":13,\"UnderlyingSeg\":\"IDX_I\",\"Expiry\":\"2025-01-30\"}")))
                .as("the docs' misspelling is an unknown key")
                .isEqualTo("DH-905");
        assertThat(errorCode(chain(
                        path, "{\"UnderlyingScrip\":13,\"UnderlyingSeg\":\"NSE_FNO\",\"Expiry\":\"2025-01-30\"}")))
                .isEqualTo("DH-905");
        assertThat(errorCode(
                        chain(path, "{\"UnderlyingScrip\":13,\"UnderlyingSeg\":\"IDX_I\",\"Expiry\":\"30-01-2025\"}")))
                .isEqualTo("812");
        assertThat(errorCode(
                        chain(path, "{\"UnderlyingScrip\":13,\"UnderlyingSeg\":\"IDX_I\",\"Expiry\":\"2025-01-31\"}")))
                .isEqualTo("811");
        assertThat(errorCode(
                        chain(path, "{\"UnderlyingScrip\":99,\"UnderlyingSeg\":\"IDX_I\",\"Expiry\":\"2025-01-30\"}")))
                .isEqualTo("813");
        assertThat(errorCode(chain(path, "{\"UnderlyingScrip\":13,\"UnderlyingSeg\":\"IDX_I\"}")))
                .isEqualTo("DH-905");
    }

    @Test
    void test_optionChain_answersTheRequestedExpiryAndCurrentPrice() {
        server.market().setLastPrice("IDX_I", 13, 23300.5);

        HttpResponse<String> listed =
                chain("/optionchain", "{\"UnderlyingScrip\":13,\"UnderlyingSeg\":\"IDX_I\",\"Expiry\":\"2025-02-06\"}");
        HttpResponse<String> expiries =
                chain("/optionchain/expirylist", "{\"UnderlyingScrip\":13,\"UnderlyingSeg\":\"IDX_I\"}");
        HttpResponse<String> stock =
                chain("/optionchain/expirylist", "{\"UnderlyingScrip\":1333,\"UnderlyingSeg\":\"NSE_EQ\"}");

        assertThat(json(listed).at("/data/last_price").asDouble()).isEqualTo(23300.5);
        assertThat(json(listed).at("/data/oc").isEmpty())
                .as("listed expiry without strikes in the scenario")
                .isTrue();
        assertThat(json(expiries).get("data")).hasSize(8);
        assertThat(json(stock).get("data")).isEmpty();
    }

    @Test
    void test_quotes_answerExactlyTheRequestedKnownIds() {
        JsonNode ltp = json(quote("/marketfeed/ltp", "{\"IDX_I\":[21],\"NSE_FNO\":[41016,99999]}"));
        JsonNode ohlc = json(quote("/marketfeed/ohlc", "{\"IDX_I\":[13]}"));
        JsonNode full = json(quote("/marketfeed/quote", "{\"NSE_FNO\":[41013]}"));

        assertThat(ltp.get("data").fieldNames()).toIterable().containsExactly("IDX_I", "NSE_FNO");
        assertThat(ltp.at("/data/IDX_I/21/last_price").asDouble()).isEqualTo(15.42);
        assertThat(ltp.at("/data/NSE_FNO").fieldNames()).toIterable().containsExactly("41016");
        assertThat(ltp.at("/data/NSE_FNO/41016").fieldNames()).toIterable().containsExactly("last_price");
        assertThat(ohlc.at("/data/IDX_I/13/ohlc/open").asDouble()).isEqualTo(23250.45);
        assertThat(full.at("/data/NSE_FNO/41013/last_price").asDouble()).isEqualTo(49.6);
        assertThat(full.at("/data/NSE_FNO/41013/depth/buy/0/price").asDouble()).isEqualTo(49.55);
        assertThat(full.at("/data/NSE_FNO/41013/depth/sell/0/price").asDouble()).isEqualTo(49.65);
        assertThat(full.at("/data/NSE_FNO/41013/depth/buy")).hasSize(5);
    }

    @Test
    void test_quotes_limitsAndTypes() {
        String tooMany =
                IntStream.rangeClosed(1, 1001).mapToObj(Integer::toString).collect(Collectors.joining(","));

        assertThat(errorCode(quote("/marketfeed/ltp", "{\"NSE_EQ\":[" + tooMany + "]}")))
                .isEqualTo("804");
        assertThat(errorCode(quote("/marketfeed/ltp", "{\"IDX_I\":[\"13\"]}"))).isEqualTo("DH-905");
        assertThat(errorCode(quote("/marketfeed/ltp", "{\"IDX_I\":[\"\"]}"))).isEqualTo("DH-905");
        assertThat(errorCode(quote("/marketfeed/ltp", "{\"NSE\":[13]}"))).isEqualTo("DH-905");
        assertThat(errorCode(quote("/marketfeed/ltp", "{}"))).isEqualTo("DH-905");
        assertThat(errorCode(quote("/marketfeed/ltp", "{\"NSE_EQ\":[424242]}"))).isEqualTo("813");
    }

    @Test
    void test_quotes_rejectingUnknownIdsWhenConfigured() {
        try (FakeDhanServer strict =
                        FakeDhanServer.start(clock, FakeDhanServer.Settings.DEFAULT.rejectingUnknownQuoteIds());
                RawCalls raw = new RawCalls(strict)) {
            assertThat(errorCode(raw.post("/marketfeed/ltp", "{\"IDX_I\":[13,777]}")))
                    .isEqualTo("813");
        }
    }

    @Test
    void test_historical_candlesOfTheRequestedRange() {
        JsonNode week = json(calls.post(
                "/charts/historical",
                "{\"securityId\":\"13\",\"exchangeSegment\":\"IDX_I\",\"instrument\":\"INDEX\",\"oi\":true,"
                        + "\"fromDate\":\"2025-01-06\",\"toDate\":\"2025-01-13\"}"));

        assertThat(week.get("timestamp")).hasSize(5);
        assertThat(Instant.ofEpochSecond(week.get("timestamp").get(0).asLong()))
                .isEqualTo(Instant.parse("2025-01-05T18:30:00Z"));
        assertThat(week.get("open_interest")).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(week.get("high").get(i).asDouble())
                    .isGreaterThanOrEqualTo(week.get("low").get(i).asDouble());
        }
    }

    @Test
    void test_historical_schemaErrors() {
        String base = "\"exchangeSegment\":\"NSE_EQ\",\"instrument\":\"EQUITY\",\"fromDate\":\"2025-01-13\"";
        assertThat(errorCode(post("{\"securityId\":1333," + base + ",\"toDate\":\"2025-01-18\"}")))
                .isEqualTo("DH-905");
        assertThat(errorCode(post("{\"securityId\":\"1333\"," + base + ",\"toDate\":\"18/01/2025\"}")))
                .isEqualTo("812");
        assertThat(errorCode(post("{\"securityId\":\"1333\"," + base + ",\"toDate\":\"2025-01-10\"}")))
                .isEqualTo("DH-905");
        assertThat(errorCode(post("{\"securityId\":\"1333\",\"exchangeSegment\":\"NSE_EQ\",\"instrument\":\"INDEX\","
                        + "\"fromDate\":\"2025-01-13\",\"toDate\":\"2025-01-18\"}")))
                .isEqualTo("DH-905");
        assertThat(errorCode(post("{\"securityId\":\"4242\"," + base + ",\"toDate\":\"2025-01-18\"}")))
                .isEqualTo("813");
        assertThat(errorCode(
                        post("{\"securityId\":\"1333\"," + base + ",\"toDate\":\"2025-01-18\",\"expiryCode\":\"\"}")))
                .isEqualTo("DH-905");
    }

    private HttpResponse<String> post(String body) {
        clock.advance(Duration.ofMillis(200));
        return calls.post("/charts/historical", body);
    }

    @Test
    void test_intraday_intervalAsNumberOrStringAndNinetyDays() {
        String common = "\"securityId\":\"13\",\"exchangeSegment\":\"IDX_I\",\"instrument\":\"INDEX\"";
        JsonNode asText = json(intraday("{" + common + ",\"interval\":\"5\",\"fromDate\":\"2025-01-14 09:15:00\","
                + "\"toDate\":\"2025-01-14 10:15:00\"}"));
        HttpResponse<String> seven =
                intraday("{" + common + ",\"interval\":7,\"fromDate\":\"2025-01-14\"," + "\"toDate\":\"2025-01-15\"}");
        HttpResponse<String> tooLong = intraday("{" + common + ",\"interval\":1,\"fromDate\":\"2024-10-01 09:15:00\","
                + "\"toDate\":\"2025-01-14 09:15:00\"}");

        assertThat(asText.get("timestamp")).hasSize(12);
        assertThat(errorCode(seven)).isEqualTo("DH-905");
        assertThat(errorCode(tooLong)).isEqualTo("DH-905");
        assertThat(json(tooLong).get("errorMessage").asText()).contains("at most 90 days");
    }

    private HttpResponse<String> intraday(String body) {
        clock.advance(Duration.ofMillis(200));
        return calls.post("/charts/intraday", body);
    }

    @Test
    void test_intraday_noCandleAfterNow() {
        JsonNode today = json(calls.post(
                "/charts/intraday",
                "{\"securityId\":\"13\",\"exchangeSegment\":\"IDX_I\",\"instrument\":\"INDEX\",\"interval\":15,"
                        + "\"fromDate\":\"2025-01-15 09:15:00\",\"toDate\":\"2025-01-15 15:30:00\"}"));

        List<Long> stamps = java.util.stream.StreamSupport.stream(
                        today.get("timestamp").spliterator(), false)
                .map(JsonNode::asLong)
                .toList();
        assertThat(stamps).hasSize(6).allMatch(s -> s <= DhanScenario.NOW.getEpochSecond());
    }
}
