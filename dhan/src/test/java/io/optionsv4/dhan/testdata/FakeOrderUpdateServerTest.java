package io.optionsv4.dhan.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake order-update socket: login validation, one PascalCase alert per transition, and injected faults. */
class FakeOrderUpdateServerTest {

    private static final String BUY = "{\"dhanClientId\":\"1000000001\",\"correlationId\":\"strat-a-0001\","
            + "\"transactionType\":\"BUY\",\"exchangeSegment\":\"NSE_FNO\",\"productType\":\"MARGIN\","
            + "\"orderType\":\"LIMIT\",\"validity\":\"DAY\",\"securityId\":\"41016\",\"quantity\":75,\"price\":%s}";

    private final ManualClock clock = new ManualClock(DhanScenario.NOW);
    private final FakeDhanServer server = FakeDhanServer.start(clock);
    private final FakeOrderUpdateServer socket = server.orderUpdates();
    private final RawCalls calls = new RawCalls(server);

    @AfterEach
    void close() {
        calls.close();
        server.close();
    }

    private String place(double price) {
        clock.advance(Duration.ofMillis(200));
        return RawCalls.json(calls.post("/orders", BUY.formatted(price)))
                .get("orderId")
                .asText();
    }

    private OrderUpdateClient loggedIn() throws Exception {
        OrderUpdateClient client = new OrderUpdateClient(socket.url(), OrderUpdateClient.LOGIN);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (socket.sessions() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5); // parked, not spinning: a spin takes a whole core of a 2-core machine from the server
        }
        assertThat(socket.sessions()).isEqualTo(1);
        return client;
    }

    private static JsonNode data(String message) {
        JsonNode alert = FakeJson.read(message).orElseThrow();
        assertThat(alert.get("Type").asText()).isEqualTo("order_alert");
        return alert.get("Data");
    }

    @Test
    void test_alerts_everyTransitionWithAbbreviatedCodes() throws Exception {
        try (OrderUpdateClient client = loggedIn()) {
            String id = place(91.5);

            List<JsonNode> alerts =
                    client.take(3).stream().map(FakeOrderUpdateServerTest::data).toList();

            assertThat(alerts)
                    .extracting(a -> a.get("Status").asText())
                    .containsExactly("Transit", "Pending", "Traded");
            JsonNode traded = alerts.get(2);
            assertThat(traded.get("OrderNo").asText()).isEqualTo(id);
            assertThat(traded.get("Exchange").asText()).isEqualTo("NSE");
            assertThat(traded.get("Segment").asText()).isEqualTo("D");
            assertThat(traded.get("Product").asText()).isEqualTo("M");
            assertThat(traded.get("TxnType").asText()).isEqualTo("B");
            assertThat(traded.get("OrderType").asText()).isEqualTo("LMT");
            assertThat(traded.get("TradedQty").asLong()).isEqualTo(75);
            assertThat(traded.get("AvgTradedPrice").asDouble()).isEqualTo(91.2);
            assertThat(traded.get("OptType").asText()).isEqualTo("CE");
            assertThat(traded.get("ExpiryDate").asText()).isEqualTo("2025-01-30 14:30:00");
            assertThat(traded.get("CorrelationId").asText()).isEqualTo("strat-a-0001");
            assertThat(traded.get("OffMktFlag").asText()).isEqualTo("0");
            assertThat(traded.get("LastUpdatedTime").asText()).isEqualTo("2025-01-15 10:31:17");
            JsonNode fixture = FakeJson.fixture(DhanFixtures.shared("ws-order-update.json"))
                    .get("Data");
            assertThat(traded.fieldNames())
                    .toIterable()
                    .containsExactlyInAnyOrderElementsOf(() -> fixture.fieldNames());
        }
    }

    @Test
    void test_login_invalidIsClosedWithPolicyViolationAndGetsNothing() throws Exception {
        String wrongToken = OrderUpdateClient.LOGIN.replace(FakeDhanServer.ACCESS_TOKEN, "stale");
        try (OrderUpdateClient bad = new OrderUpdateClient(socket.url(), wrongToken);
                OrderUpdateClient code =
                        new OrderUpdateClient(socket.url(), OrderUpdateClient.LOGIN.replace("42", "41"))) {
            assertThat(bad.closeStatus()).isEqualTo("1008 LoginReq.Token is invalid or expired");
            assertThat(code.closeStatus()).isEqualTo("1008 LoginReq.MsgCode must be 42");
            place(91.5);
            assertThat(bad.next(Duration.ofMillis(200))).isNull();
        }
        assertThat(socket.logins()).hasSize(2);
        assertThat(FakeOrderUpdateServer.loginProblem(OrderUpdateClient.LOGIN.replace("42", "\"42\"")))
                .isEmpty();
    }

    @Test
    void test_inject_dropReorderDuplicate() throws Exception {
        try (OrderUpdateClient client = loggedIn()) {
            socket.inject(FakeOrderUpdateServer.Fault.DROP);
            socket.inject(FakeOrderUpdateServer.Fault.REORDER);
            socket.inject(FakeOrderUpdateServer.Fault.DUPLICATE);
            place(91.5);

            List<String> statuses = client.take(3).stream()
                    .map(m -> data(m).get("Status").asText())
                    .toList();

            // Transit dropped; Pending held back and sent after Traded, which is sent twice.
            assertThat(statuses).containsExactly("Traded", "Traded", "Pending");
            assertThat(client.next(Duration.ofMillis(200))).isNull();
            assertThat(server.account().alertsJson()).hasSize(3);
            assertThat(socket.sent()).hasSize(3);
        }
    }
}
