package io.optionsv4.dhan.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake server behaves as the reference's guidance says (section 8), so that the adapter's tests mean something. */
class FakeDhanServerTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2025-01-15T05:00:00Z"));
    private final FakeDhanServer server = FakeDhanServer.start(clock);
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void close() {
        http.close();
        server.close();
    }

    private HttpResponse<String> post(String path, String token, String clientId, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUrl().resolve("/v2" + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("access-token", token);
        }
        if (clientId != null) {
            request.header("client-id", clientId);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void test_serve_fixtureWithValidHeaders() throws Exception {
        HttpResponse<String> response = post(
                "/optionchain",
                FakeDhanServer.ACCESS_TOKEN,
                FakeDhanServer.CLIENT_ID,
                "{\"UnderlyingScrip\":13,\"UnderlyingSeg\":\"IDX_I\",\"Expiry\":\"2025-01-30\",\"extra\":1}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(DhanFixtures.shared("optionchain.json"));
        assertThat(server.baseUrl().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void test_serve_rejectsBadCredentialsAndInput() throws Exception {
        HttpResponse<String> noToken = post("/charts/historical", null, null, "{}");
        HttpResponse<String> noClient = post("/marketfeed/ltp", FakeDhanServer.ACCESS_TOKEN, null, "{}");
        HttpResponse<String> notJson =
                post("/charts/historical", FakeDhanServer.ACCESS_TOKEN, FakeDhanServer.CLIENT_ID, "price=");

        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(noToken.body()).contains("\"errorCode\":\"DH-901\"");
        assertThat(noClient.statusCode()).isEqualTo(401);
        assertThat(noClient.body()).contains("\"810\"").contains("\"status\":\"failed\"");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("DH-905");
    }

    @Test
    void test_serve_throttlesOptionChainOnItsClock() throws Exception {
        String body = "{\"UnderlyingScrip\":13,\"UnderlyingSeg\":\"IDX_I\"}";
        post("/optionchain/expirylist", FakeDhanServer.ACCESS_TOKEN, FakeDhanServer.CLIENT_ID, body);
        clock.advance(java.time.Duration.ofMillis(2_999));
        HttpResponse<String> tooSoon =
                post("/optionchain", FakeDhanServer.ACCESS_TOKEN, FakeDhanServer.CLIENT_ID, body);

        assertThat(tooSoon.statusCode()).isEqualTo(429);
        assertThat(tooSoon.body()).contains("\"805\"");
        assertThat(server.requests()).hasSize(2);
    }
}
