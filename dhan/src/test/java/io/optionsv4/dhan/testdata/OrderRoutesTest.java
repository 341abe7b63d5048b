package io.optionsv4.dhan.testdata;

import static io.optionsv4.dhan.testdata.RawCalls.errorCode;
import static io.optionsv4.dhan.testdata.RawCalls.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake's order book over REST: placement rules, fills, modify and cancel, lookups, trades, positions, funds. */
class OrderRoutesTest {

    /** Rupee amounts in answers are exact to the paisa. */
    private static final double PAISA = 0.005;

    private final ManualClock clock = new ManualClock(DhanScenario.NOW);
    private FakeDhanServer server = FakeDhanServer.start(clock);
    private RawCalls calls = new RawCalls(server);

    @AfterEach
    void close() {
        calls.close();
        server.close();
    }

    private void restart(FakeDhanServer.Settings settings) {
        close();
        server = FakeDhanServer.start(clock, settings);
        calls = new RawCalls(server);
    }

    /** Sends a call 200 ms after the previous one on the manual clock, inside every rate limit. */
    private HttpResponse<String> call(String method, String path, String body) {
        clock.advance(Duration.ofMillis(200));
        return calls.call(method, path, body);
    }

    private static String order(String side, String type, long quantity, double price, String extra) {
        return "{\"dhanClientId\":\"1000000001\",\"transactionType\":\"" + side + "\",\"exchangeSegment\":\"NSE_FNO\","
                + "\"productType\":\"MARGIN\",\"orderType\":\"" + type + "\",\"validity\":\"DAY\","
                + "\"securityId\":\"41016\",\"quantity\":" + quantity
                + (type.equals("MARKET") ? "" : ",\"price\":" + price) + extra + "}";
    }

    private String place(String body) {
        HttpResponse<String> response = call("POST", "/orders", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("orderId").asText();
    }

    private JsonNode get(String path) {
        HttpResponse<String> response = call("GET", path, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    @Test
    void test_place_marketableBuyFillsAtTheAskAndBooksTradePositionFunds() {
        HttpResponse<String> placed =
                call("POST", "/orders", order("BUY", "LIMIT", 75, 91.5, ",\"correlationId\":\"s1-l1-a1\""));
        String id = json(placed).get("orderId").asText();

        assertThat(json(placed).get("orderStatus").asText()).isEqualTo("PENDING");
        JsonNode o = get("/orders/" + id);
        assertThat(o.get("orderStatus").asText()).isEqualTo("TRADED");
        assertThat(o.get("filledQty").asLong()).isEqualTo(75);
        assertThat(o.get("averageTradedPrice").asDouble()).isEqualTo(91.2);
        assertThat(o.get("drvOptionType").asText()).isEqualTo("CALL");
        assertThat(o.get("omsErrorCode").isNull()).isTrue();
        assertThat(get("/trades/" + id)).singleElement().satisfies(t -> {
            assertThat(t.get("tradedQuantity").asLong()).isEqualTo(75);
            assertThat(t.get("tradedPrice").asDouble()).isEqualTo(91.2);
        });
        JsonNode position = get("/positions").get(0);
        assertThat(position.get("positionType").asText()).isEqualTo("LONG");
        assertThat(position.get("netQty").asLong()).isEqualTo(75);
        assertThat(position.get("unrealizedProfit").asDouble()).isCloseTo((91.1 - 91.2) * 75, within(PAISA));
        JsonNode funds = get("/fundlimit");
        assertThat(funds.get("availabelBalance").asDouble()).isCloseTo(200_000 - 75 * 91.2, within(PAISA));
        assertThat(funds.get("utilizedAmount").asDouble()).isCloseTo(75 * 91.2, within(PAISA));
        assertThat(get("/orders/external/s1-l1-a1").get("orderId").asText()).isEqualTo(id);
    }

    @Test
    void test_place_restsThenModifiedToMarketableFills() {
        String id = place(order("BUY", "LIMIT", 150, 90.0, ""));
        assertThat(get("/orders/" + id).get("orderStatus").asText()).isEqualTo("PENDING");

        HttpResponse<String> modified = call(
                "PUT",
                "/orders/" + id,
                "{\"dhanClientId\":\"1000000001\",\"orderId\":\"" + id
                        + "\",\"orderType\":\"LIMIT\",\"quantity\":150,\"price\":91.2,\"validity\":\"DAY\"}");

        assertThat(modified.statusCode()).isEqualTo(200);
        assertThat(get("/orders/" + id).get("orderStatus").asText()).isEqualTo("TRADED");
        HttpResponse<String> again = call(
                "PUT",
                "/orders/" + id,
                "{\"dhanClientId\":\"1000000001\",\"orderId\":\"" + id
                        + "\",\"orderType\":\"LIMIT\",\"price\":91.0,\"validity\":\"DAY\"}");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(errorCode(again)).isEqualTo("DH-906");
    }

    @Test
    void test_place_bookSizeLimitsTheFillAndCancelKeepsIt() {
        server.market().setBook("NSE_FNO", 41016, new FakeMarket.Book(91.05, 675, 91.2, 75));

        String id = place(order("BUY", "LIMIT", 150, 91.2, ""));
        JsonNode partial = get("/orders/" + id);
        HttpResponse<String> cancelled = call("DELETE", "/orders/" + id, null);
        HttpResponse<String> twice = call("DELETE", "/orders/" + id, null);

        assertThat(partial.get("orderStatus").asText()).isEqualTo("PART_TRADED");
        assertThat(partial.get("remainingQuantity").asLong()).isEqualTo(75);
        assertThat(cancelled.statusCode()).isEqualTo(202);
        assertThat(json(cancelled).get("orderStatus").asText()).isEqualTo("CANCELLED");
        assertThat(get("/orders/" + id).get("filledQty").asLong()).isEqualTo(75);
        assertThat(errorCode(twice)).isEqualTo("DH-906");
    }

    @Test
    void test_place_plansRestPartialRejectExpire() {
        server.account().planNext(new FillPlan.Rest());
        server.account().planNext(new FillPlan.Partial(75));
        server.account().planNext(new FillPlan.Reject("16388", "Price outside the circuit"));
        server.account().planNext(new FillPlan.Expire());

        String rest = place(order("BUY", "LIMIT", 150, 95.0, ""));
        String partial = place(order("BUY", "LIMIT", 150, 95.0, ""));
        String rejected = place(order("BUY", "LIMIT", 150, 95.0, ""));
        String expired = place(order("BUY", "LIMIT", 150, 95.0, ""));

        assertThat(get("/orders/" + rest).get("orderStatus").asText()).isEqualTo("PENDING");
        assertThat(get("/orders/" + partial).get("orderStatus").asText()).isEqualTo("PART_TRADED");
        assertThat(get("/orders/" + partial).get("averageTradedPrice").asDouble())
                .isEqualTo(95.0);
        JsonNode r = get("/orders/" + rejected);
        assertThat(r.get("orderStatus").asText()).isEqualTo("REJECTED");
        assertThat(r.get("omsErrorCode").asText()).isEqualTo("16388");
        assertThat(r.get("omsErrorDescription").asText()).isEqualTo("Price outside the circuit");
        assertThat(get("/orders/" + expired).get("orderStatus").asText()).isEqualTo("EXPIRED");

        server.account().fill(rest, 150, 94.0);
        assertThat(get("/orders/" + rest).get("orderStatus").asText()).isEqualTo("TRADED");
        assertThat(get("/orders")).hasSize(4);
    }

    @Test
    void test_place_rmsRejectsLotTickFreezeAndFunds() {
        assertThat(rmsReason(order("BUY", "LIMIT", 50, 91.2, ""))).contains("not a multiple of the lot size 75");
        assertThat(rmsReason(order("BUY", "LIMIT", 75, 91.23, ""))).contains("tick size 0.05");
        assertThat(rmsReason(order("BUY", "LIMIT", 1875, 91.2, ""))).contains("freeze limit 1800");
        assertThat(rmsReason(order("SELL", "LIMIT", 1500, 91.05, ""))).startsWith("Margin exceeds");
    }

    private String rmsReason(String body) {
        HttpResponse<String> placed = call("POST", "/orders", body);
        assertThat(json(placed).get("orderStatus").asText()).isEqualTo("REJECTED");
        return get("/orders/" + json(placed).get("orderId").asText())
                .get("omsErrorDescription")
                .asText();
    }

    @Test
    void test_place_schemaAndConsistencyErrors() {
        String ok = order("BUY", "LIMIT", 75, 91.2, "");
        assertThat(errorCode(call("POST", "/orders", ok.replace("\"price\":91.2", "\"price\":\"\""))))
                .isEqualTo("DH-905");
        assertThat(errorCode(call("POST", "/orders", ok.replace("\"quantity\":75", "\"quantity\":\"75\""))))
                .isEqualTo("DH-905");
        assertThat(errorCode(call("POST", "/orders", ok.replace("\"securityId\":\"41016\"", "\"securityId\":41016"))))
                .isEqualTo("DH-905");
        assertThat(errorCode(call("POST", "/orders", ok.replace("LIMIT", "LMT"))))
                .isEqualTo("DH-905");
        assertThat(errorCode(call("POST", "/orders", order("BUY", "MARKET", 75, 0, ",\"price\":10"))))
                .isEqualTo("DH-905");
        assertThat(errorCode(call("POST", "/orders", ok.replace(",\"price\":91.2", ""))))
                .isEqualTo("DH-905");
        assertThat(errorCode(call("POST", "/orders", order("BUY", "STOP_LOSS", 75, 91.2, ""))))
                .isEqualTo("DH-905");
        assertThat(errorCode(call("POST", "/orders", ok.replace("NSE_FNO", "IDX_I"))))
                .isEqualTo("DH-905");
        assertThat(errorCode(call(
                        "POST",
                        "/orders",
                        order("BUY", "LIMIT", 75, 91.2, ",\"correlationId\":\"" + "x".repeat(31) + "\""))))
                .isEqualTo("DH-905");
        assertThat(errorCode(call("POST", "/orders", order("BUY", "LIMIT", 75, 91.2, ",\"amoTime\":\"OPEN\""))))
                .isEqualTo("DH-905");
        assertThat(errorCode(call("POST", "/orders", ok.replace("\"dhanClientId\":\"1000000001\",", ""))))
                .isEqualTo("DH-905");
        assertThat(server.account().alertsJson()).isEmpty();
    }

    @Test
    void test_place_duplicateCorrelationAcceptedByDefaultOrRejected() {
        String first = place(order("BUY", "LIMIT", 75, 90.0, ",\"correlationId\":\"dup\""));
        String second = place(order("BUY", "LIMIT", 75, 90.5, ",\"correlationId\":\"dup\""));

        assertThat(second).isNotEqualTo(first);
        assertThat(get("/orders/external/dup").get("orderId").asText()).isEqualTo(second);
        HttpResponse<String> unknown = call("GET", "/orders/external/nope", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(errorCode(unknown)).isEqualTo("DH-907");

        restart(FakeDhanServer.Settings.DEFAULT.withAccount(FakeAccount.Settings.DEFAULT
                .with(FakeAccount.DuplicateCorrelation.REJECT)
                .withLookupAsArray()));
        place(order("BUY", "LIMIT", 75, 90.0, ",\"correlationId\":\"dup\""));
        assertThat(errorCode(call("POST", "/orders", order("BUY", "LIMIT", 75, 90.0, ",\"correlationId\":\"dup\""))))
                .isEqualTo("DH-905");
        assertThat(get("/orders/external/dup").isArray()).isTrue();
    }

    @Test
    void test_slicing_splitsAtTheFreezeQuantity() {
        HttpResponse<String> sliced = call("POST", "/orders/slicing", order("BUY", "LIMIT", 3_750, 90.0, ""));

        assertThat(sliced.statusCode()).isEqualTo(200);
        assertThat(json(sliced)).hasSize(3);
        assertThat(get("/orders")).extracting(o -> o.get("quantity").asLong()).containsExactly(1_800L, 1_800L, 150L);
    }

    @Test
    void test_modify_atMostTwentyFiveTimes() {
        String id = place(order("BUY", "LIMIT", 75, 80.0, ""));
        String body = "{\"dhanClientId\":\"1000000001\",\"orderId\":\"" + id
                + "\",\"orderType\":\"LIMIT\",\"price\":80.5,\"validity\":\"DAY\"}";
        for (int i = 0; i < FakeAccount.MAX_MODIFICATIONS; i++) {
            assertThat(call("PUT", "/orders/" + id, body).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> last = call("PUT", "/orders/" + id, body);

        assertThat(errorCode(last)).isEqualTo("DH-906");
        assertThat(json(last).get("errorMessage").asText()).contains("modified 25 times");
        assertThat(errorCode(call("PUT", "/orders/" + id, body.replace("\"orderId\":\"" + id, "\"orderId\":\"1"))))
                .isEqualTo("DH-905");
    }

    @Test
    void test_sellToClose_realisesProfitAndFreesFunds() {
        place(order("BUY", "LIMIT", 75, 91.2, ""));
        server.market().setBook("NSE_FNO", 41016, new FakeMarket.Book(95.0, 675, 95.2, 1500));
        place(order("SELL", "MARKET", 75, 0, ""));

        JsonNode position = get("/positions").get(0);
        assertThat(position.get("positionType").asText()).isEqualTo("CLOSED");
        assertThat(position.get("realizedProfit").asDouble()).isCloseTo((95.0 - 91.2) * 75, within(PAISA));
        assertThat(get("/fundlimit").get("availabelBalance").asDouble())
                .isCloseTo(200_000 + (95.0 - 91.2) * 75, within(PAISA));
        assertThat(get("/trades")).hasSize(2);
    }

    @Test
    void test_place_orderRateLimitIsDh904() {
        int throttled = 0;
        for (int i = 0; i < 11; i++) {
            HttpResponse<String> r = calls.post("/orders", order("BUY", "LIMIT", 75, 80.0, ""));
            if (r.statusCode() == 429) {
                throttled++;
                assertThat(errorCode(r)).isEqualTo("DH-904");
                assertThat(json(r).get("errorType").asText()).isEqualTo("Rate_Limit");
            }
        }
        assertThat(throttled).as("10 orders per second by default").isEqualTo(1);
    }

    @Test
    void test_multiMargin_sdkBodyHedgedSpreadInDigestSpelling() {
        String scrip = "{\"exchangeSegment\":\"NSE_FNO\",\"transactionType\":\"%s\",\"quantity\":75,"
                + "\"productType\":\"MARGIN\",\"securityId\":\"%s\",\"price\":%s}";
        String spread = "{\"includePosition\":false,\"includeOrder\":false,\"scripList\":["
                + scrip.formatted("SELL", "41016", "91.05") + "," + scrip.formatted("BUY", "41020", "66.45") + "]}";

        JsonNode basket = json(call("POST", "/margincalculator/multi", spread));
        HttpResponse<String> digest = call("POST", "/margincalculator/multi", spread.replace("scripList", "scripts"));

        assertThat(basket.get("total_margin").asText()).isEqualTo("8733.75");
        assertThat(basket.get("hedge_benefit").isTextual()).isTrue();
        assertThat(Double.parseDouble(basket.get("hedge_benefit").asText()))
                .isCloseTo(0.11 * 23215.6 * 75 - 50 * 75, within(PAISA));
        assertThat(errorCode(digest)).isEqualTo("DH-905");
    }
}
