package io.optionsv4.dhan.testdata;

import static io.optionsv4.dhan.testdata.RawCalls.errorCode;
import static io.optionsv4.dhan.testdata.RawCalls.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake server's common checks (headers, auth, body shape) and its failure modes, with raw HTTP calls. */
class FakeDhanServerTest {

    private static final String CHAIN_BODY =
            "{\"UnderlyingScrip\":13,\"UnderlyingSeg\":\"IDX_I\",\"Expiry\":\"2025-01-30\"}";
    private static final String LTP_BODY = "{\"IDX_I\":[13]}";

    private final ManualClock clock = new ManualClock(DhanScenario.NOW);
    private final FakeDhanServer server = FakeDhanServer.start(clock);
    private final RawCalls calls = new RawCalls(server);

    @AfterEach
    void close() {
        calls.close();
        server.close();
    }

    @Test
    void test_serve_chainOfTheRequestWithTheSdksHeaders() {
        HttpResponse<String> response = calls.post("/optionchain", CHAIN_BODY);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("status").asText()).isEqualTo("success");
        assertThat(json(response).at("/data/last_price").asDouble()).isEqualTo(23215.6);
        assertThat(json(response).at("/data/oc").fieldNames())
                .toIterable()
                .containsExactly("23150.000000", "23200.000000", "23250.000000");
        assertThat(server.baseUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(server.exchanges())
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(200));
    }

    @Test
    void test_serve_missingOrWrongTokenIsDh901() {
        Map<String, String> none = RawCalls.sdkHeaders();
        none.remove("access-token");
        Map<String, String> wrong = RawCalls.sdkHeaders();
        wrong.put("access-token", "not-the-token");

        HttpResponse<String> missing = calls.call("POST", "/charts/historical", "{}", none);
        HttpResponse<String> bad = calls.call("GET", "/fundlimit", null, wrong);

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(errorCode(missing)).isEqualTo("DH-901");
        assertThat(json(missing).get("errorType").asText()).isEqualTo("Invalid_Authentication");
        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat(errorCode(bad)).isEqualTo("DH-901");
    }

    @Test
    void test_serve_dataApisNeedClientId() {
        Map<String, String> headers = RawCalls.sdkHeaders();
        headers.remove("client-id");

        HttpResponse<String> quote = calls.call("POST", "/marketfeed/ltp", LTP_BODY, headers);
        HttpResponse<String> funds = calls.call("GET", "/fundlimit", null, headers);

        assertThat(quote.statusCode()).isEqualTo(401);
        assertThat(errorCode(quote)).isEqualTo("810");
        assertThat(json(quote).get("status").asText()).isEqualTo("failed");
        assertThat(funds.statusCode())
                .as("client-id is documented for the data APIs only")
                .isEqualTo(200);
    }

    @Test
    void test_serve_contentTypeAcceptAndBodylessMethodsChecked() {
        Map<String, String> noType = RawCalls.sdkHeaders();
        noType.remove("Content-Type");
        Map<String, String> html = RawCalls.sdkHeaders();
        html.put("Accept", "text/html");

        HttpResponse<String> untyped = calls.call("POST", "/marketfeed/ltp", LTP_BODY, noType);
        HttpResponse<String> htmlOnly = calls.call("POST", "/marketfeed/ltp", LTP_BODY, html);
        HttpResponse<String> getWithBody = calls.call("GET", "/fundlimit", "{}");
        HttpResponse<String> notJson = calls.post("/charts/historical", "price=");

        assertThat(untyped.statusCode()).isEqualTo(400);
        assertThat(json(untyped).get("errorMessage").asText()).contains("Content-Type must be application/json");
        assertThat(errorCode(htmlOnly)).isEqualTo("DH-905");
        assertThat(getWithBody.statusCode()).isEqualTo(400);
        assertThat(json(getWithBody).get("errorMessage").asText()).contains("GET takes no body");
        assertThat(errorCode(notJson)).isEqualTo("DH-905");
        assertThat(json(notJson).get("errorType").asText()).isEqualTo("Input_Exception");
    }

    @Test
    void test_serve_unknownPathAndWrongMethod() {
        assertThat(calls.post("/nosuch", "{}").statusCode()).isEqualTo(404);
        assertThat(calls.get("/optionchain").statusCode()).isEqualTo(405);
    }

    @Test
    void test_serve_dhanClientIdInBodyMustBeTheAccounts() {
        HttpResponse<String> other = calls.post(
                "/optionchain/expirylist",
                "{\"UnderlyingScrip\":13,\"UnderlyingSeg\":\"IDX_I\"," + "\"dhanClientId\":\"999\"}");
        clock.advance(Duration.ofSeconds(3));
        HttpResponse<String> own = calls.post(
                "/optionchain/expirylist",
                "{\"UnderlyingScrip\":13,\"UnderlyingSeg\":\"IDX_I\",\"dhanClientId\":\"1000000001\"}");

        assertThat(errorCode(other)).isEqualTo("DH-905");
        assertThat(own.statusCode()).isEqualTo(200);
    }

    @Test
    void test_failNext_htmlGatewayPages() {
        server.failNext("/v2/marketfeed/ltp", FakeDhanServer.Failure.HTML_502);
        server.failNext("/v2/marketfeed/ltp", FakeDhanServer.Failure.HTML_401);

        HttpResponse<String> badGateway = calls.post("/marketfeed/ltp", LTP_BODY);
        HttpResponse<String> unauthorized = calls.post("/marketfeed/ltp", LTP_BODY);
        clock.advance(Duration.ofSeconds(1));
        HttpResponse<String> then = calls.post("/marketfeed/ltp", LTP_BODY);

        assertThat(badGateway.statusCode()).isEqualTo(502);
        assertThat(badGateway.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(badGateway.body()).startsWith("<!DOCTYPE html>").contains("<title>502 Bad Gateway</title>");
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(unauthorized.body()).contains("401 Authorization Required");
        assertThat(then.statusCode()).isEqualTo(200);
    }

    @Test
    void test_expireTokenAfter_tokenDiesMidSession() {
        server.expireTokenAfter(1);

        HttpResponse<String> first = calls.post("/marketfeed/ltp", LTP_BODY);
        clock.advance(Duration.ofSeconds(1));
        HttpResponse<String> data = calls.post("/marketfeed/ltp", LTP_BODY);
        HttpResponse<String> trading = calls.get("/fundlimit");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(data.statusCode()).isEqualTo(401);
        assertThat(errorCode(data)).isEqualTo("807");
        assertThat(trading.statusCode()).isEqualTo(401);
        assertThat(errorCode(trading)).isEqualTo("DH-901");
    }

    @Test
    void test_failNext_stalledBodyNeverCompletesUntilReleased() throws Exception {
        server.failNext("/v2/optionchain", FakeDhanServer.Failure.STALL_BODY);
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (http) {
            HttpRequest request = HttpRequest.newBuilder(server.baseUrl().resolve("/v2/optionchain"))
                    .headers("access-token", FakeDhanServer.ACCESS_TOKEN, "client-id", FakeDhanServer.CLIENT_ID)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(CHAIN_BODY))
                    .build();
            CompletableFuture<HttpResponse<java.io.InputStream>> headers =
                    http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
            HttpResponse<java.io.InputStream> response = headers.get(5, TimeUnit.SECONDS);
            CompletableFuture<byte[]> body = CompletableFuture.supplyAsync(() -> {
                try (java.io.InputStream in = response.body()) {
                    return in.readAllBytes();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });

            assertThat(response.statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> body.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            server.releaseStalls();
            assertThat(new String(body.get(5, TimeUnit.SECONDS), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("\"23200.000000\"");
        }
    }

    @Test
    void test_enqueue_scriptedAnswerSkipsTheChecks() {
        server.enqueue("/v2/optionchain", FakeResponse.of(503, "busy"));
        Map<String, String> none = Map.of();

        HttpResponse<String> scripted = calls.call("POST", "/optionchain", "x", none);
        HttpResponse<String> checked = calls.call("POST", "/optionchain", "x", none);

        assertThat(scripted.statusCode()).isEqualTo(503);
        assertThat(checked.statusCode()).isEqualTo(401);
        assertThat(server.requests("/v2/optionchain"))
                .extracting(RecordedRequest::at)
                .containsOnly(Instant.parse("2025-01-15T05:01:17Z"));
    }
}
