package io.optionsv4.dhan.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.BrokerException;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderEvent;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderStatus;
import io.optionsv4.core.trade.OrderType;
import io.optionsv4.core.trade.Validity;
import io.optionsv4.dhan.testdata.DhanScenario;
import io.optionsv4.dhan.testdata.FakeAccount;
import io.optionsv4.dhan.testdata.FakeDhanServer;
import io.optionsv4.dhan.testdata.FakeMarket;
import io.optionsv4.dhan.testdata.FakeOrderUpdateServer;
import io.optionsv4.dhan.testdata.FakeResponse;
import io.optionsv4.dhan.testdata.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * What the broker contract cannot show: the wire format of an order, Dhan's errors as broker exceptions, placement
 * never repeated when its outcome is unknown, a refused token stopping everything at the first call, and order events
 * from the order-update WebSocket that stay exactly once when messages arrive twice or out of order.
 */
class DhanBrokerTest {

    private static final int LOT = 75;
    private static final OptionInstrument CALL =
            new OptionInstrument("NIFTY", Right.CALL, Money.ofWholeRupees(22_500), DhanScenario.TODAY.plusDays(7));
    private static final FakeMarket.Book BOOK = new FakeMarket.Book(100.0, 100L * LOT, 101.0, 100L * LOT);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private static DhanBrokerFixture fixture(boolean orderUpdates, Duration timeout) {
        return new DhanBrokerFixture(List.of(new DhanBrokerFixture.Listing(CALL, LOT, BOOK)), orderUpdates, timeout);
    }

    private static OrderRequest limit(String tag, double price) {
        return OrderRequest.limit(
                new CorrelationId(tag), CALL, Side.BUY, LOT, LOT, Money.ofPaise(Math.round(price * 100)));
    }

    private static OrderRequest market(String tag, int lots) {
        return new OrderRequest(
                new CorrelationId(tag),
                CALL,
                Side.BUY,
                lots * LOT,
                LOT,
                OrderType.MARKET,
                Optional.empty(),
                Validity.DAY);
    }

    @Test
    void test_place_sendsTheReferenceBody() throws Exception {
        try (DhanBrokerFixture f = fixture(false, Duration.ofSeconds(5))) {
            f.broker().place(limit("wire-1", 95.0));

            RecordedRequest post = f.server().requests("/v2/orders").stream()
                    .filter(r -> r.method().equals("POST"))
                    .findFirst()
                    .orElseThrow();
            var body = f.server().body(post);
            assertThat(body.get("dhanClientId").asText()).isEqualTo(FakeDhanServer.CLIENT_ID);
            assertThat(body.get("correlationId").asText()).isEqualTo("wire-1");
            assertThat(body.get("productType").asText()).isEqualTo("MARGIN");
            assertThat(body.get("exchangeSegment").asText()).isEqualTo("NSE_FNO");
            assertThat(body.get("securityId").asText()).isEqualTo(Long.toString(f.securityId(CALL)));
            assertThat(body.get("quantity").isInt()).isTrue();
            assertThat(body.get("quantity").asInt()).isEqualTo(LOT);
            assertThat(body.get("price").asDouble()).isEqualTo(95.0);
            assertThat(body.get("orderType").asText()).isEqualTo("LIMIT");
            assertThat(body.get("validity").asText()).isEqualTo("DAY");
        }
    }

    @Test
    void test_place_marketOrder_sendsNoPrice() throws Exception {
        try (DhanBrokerFixture f = fixture(false, Duration.ofSeconds(5))) {
            Order order = f.broker().place(market("wire-2", 1));

            RecordedRequest post = f.server().requests("/v2/orders").get(0);
            assertThat(f.server().body(post).has("price")).isFalse();
            assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
        }
    }

    @Test
    void test_place_filledAtOnce_threeCallsAndItsAlertsReadNothing() {
        try (DhanBrokerFixture f = fixture(true, Duration.ofSeconds(5))) {
            Events events = new Events();
            f.broker().subscribe(events::add);
            awaitTrue(() -> f.server().orderUpdates().sessions() == 1);

            Order order = f.broker().place(market("fast-1", 1));
            awaitTrue(() -> !f.server().orderUpdates().sent().isEmpty());
            int alerts = f.server().orderUpdates().sent().size();
            awaitTrue(() -> f.broker().orderUpdatesHandled() >= alerts);

            assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
            assertThat(order.filledValue()).isEqualTo(Money.ofPaise(10_100L * LOT));
            assertThat(order.request()).isEqualTo(market("fast-1", 1));
            assertThat(f.server().requests())
                    .extracting(r -> r.method() + " " + r.path())
                    .as("the guard, the order, its trades; the alerts were reported by the read-back")
                    .containsExactly(
                            "GET /v2/orders/external/fast-1", "POST /v2/orders", "GET /v2/trades/" + order.orderId());
            assertThat(events.all())
                    .extracting(e -> e.getClass().getSimpleName())
                    .containsExactly("Accepted", "Filled");
            assertThat(alerts).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void test_place_notFilled_readsTheOrderForItsStatus() {
        try (DhanBrokerFixture f = fixture(false, Duration.ofSeconds(5))) {
            Order order = f.broker().place(limit("slow-1", 95.0));

            assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
            assertThat(order.filledQuantity()).isZero();
            assertThat(f.server().requests())
                    .extracting(r -> r.method() + " " + r.path())
                    .containsExactly(
                            "GET /v2/orders/external/slow-1",
                            "POST /v2/orders",
                            "GET /v2/trades/" + order.orderId(),
                            "GET /v2/orders/" + order.orderId());
        }
    }

    @Test
    void test_place_stalledBodyAfterPost_isOutcomeUnknownAndNotRepeated() {
        try (DhanBrokerFixture f = fixture(false, Duration.ofMillis(700))) {
            f.server().failNext("/v2/orders", FakeDhanServer.Failure.STALL_BODY);

            BrokerException e =
                    catchThrowableOfType(() -> f.broker().place(market("stall-1", 1)), BrokerException.class);

            assertThat(e.kind()).isEqualTo(BrokerException.Kind.OUTCOME_UNKNOWN);
            assertThat(e.getMessage()).contains("stall-1").contains("correlation id");
            assertThat(f.server().requests("/v2/orders")).hasSize(1);
            f.server().releaseStalls();
            Optional<Order> found = f.broker().orderByCorrelationId(new CorrelationId("stall-1"));
            assertThat(found).isPresent();
            assertThat(found.get().status()).isEqualTo(OrderStatus.FILLED);
        }
    }

    @Test
    void test_place_droppedConnectionAfterPost_isOutcomeUnknown() {
        try (DhanBrokerFixture f = fixture(false, Duration.ofSeconds(5))) {
            f.server().failNext("/v2/orders", FakeDhanServer.Failure.DROP_CONNECTION);

            BrokerException e =
                    catchThrowableOfType(() -> f.broker().place(market("drop-1", 1)), BrokerException.class);

            assertThat(e.kind()).isEqualTo(BrokerException.Kind.OUTCOME_UNKNOWN);
            assertThat(f.server().requests("/v2/orders")).hasSize(1);
        }
    }

    @Test
    void test_place_gateway502_isOutcomeUnknownNotRetried() {
        try (DhanBrokerFixture f = fixture(false, Duration.ofSeconds(5))) {
            f.server().failNext("/v2/orders", FakeDhanServer.Failure.HTML_502);

            BrokerException e = catchThrowableOfType(() -> f.broker().place(market("gw-1", 1)), BrokerException.class);

            assertThat(e.kind()).isEqualTo(BrokerException.Kind.OUTCOME_UNKNOWN);
            assertThat(f.server().requests("/v2/orders")).hasSize(1);
        }
    }

    @Test
    void test_place_dhanErrorCodes_mapToKindsWithClearMessages() {
        record Case(FakeResponse answer, BrokerException.Kind kind, String code, String says) {}
        List<Case> cases = List.of(
                new Case(
                        FakeResponse.tradingApiError(400, "DH-906", "Order_Error", "Margin shortfall"),
                        BrokerException.Kind.REJECTED,
                        "DH-906",
                        "Margin shortfall"),
                new Case(
                        FakeResponse.tradingApiError(429, "DH-904", "Rate_Limit", "Too many requests"),
                        BrokerException.Kind.RATE_LIMITED,
                        "DH-904",
                        "Wait before sending"),
                new Case(
                        FakeResponse.tradingApiError(400, "DH-905", "Input_Exception", "Invalid price"),
                        BrokerException.Kind.INVALID,
                        "DH-905",
                        "Invalid price"),
                new Case(
                        FakeResponse.tradingApiError(403, "DH-911", "Invalid_IP", "IP not whitelisted"),
                        BrokerException.Kind.REJECTED,
                        "DH-911",
                        "static IP"),
                new Case(
                        FakeResponse.tradingApiError(500, "DH-908", "Internal_Server_Error", "Server failure"),
                        BrokerException.Kind.OUTCOME_UNKNOWN,
                        "DH-908",
                        "correlation id"));
        try (DhanBrokerFixture f = fixture(false, Duration.ofSeconds(5))) {
            int n = 0;
            for (Case c : cases) {
                f.server().enqueue("/v2/orders", c.answer());
                String tag = "err-" + ++n;

                BrokerException e = catchThrowableOfType(() -> f.broker().place(market(tag, 1)), BrokerException.class);

                assertThat(e.kind()).as(c.code()).isEqualTo(c.kind());
                assertThat(e.code()).isEqualTo(c.code());
                assertThat(e.getMessage()).contains(tag).contains(c.says());
            }
            assertThat(f.server().requests("/v2/orders")).hasSize(cases.size());
        }
    }

    @Test
    void test_expiredToken_stopsAtTheFirstCall() {
        try (DhanBrokerFixture f = fixture(false, Duration.ofSeconds(5))) {
            f.server().expireToken();

            BrokerException first = catchThrowableOfType(() -> f.broker().funds(), BrokerException.class);
            int sent = f.server().requests().size();
            BrokerException second =
                    catchThrowableOfType(() -> f.broker().place(market("auth-1", 1)), BrokerException.class);
            BrokerException third = catchThrowableOfType(() -> f.broker().orders(), BrokerException.class);

            assertThat(first.kind()).isEqualTo(BrokerException.Kind.AUTH);
            assertThat(first.getMessage()).contains("DHAN_ACCESS_TOKEN").doesNotContain(FakeDhanServer.ACCESS_TOKEN);
            assertThat(second.kind()).isEqualTo(BrokerException.Kind.AUTH);
            assertThat(third.kind()).isEqualTo(BrokerException.Kind.AUTH);
            assertThat(f.server().requests()).hasSize(sent);
            assertThat(sent).isEqualTo(1);
        }
    }

    @Test
    void test_orderByCorrelationId_acceptsTheOneElementArrayForm() {
        try (DhanBrokerFixture f = new DhanBrokerFixture(
                List.of(new DhanBrokerFixture.Listing(CALL, LOT, BOOK)),
                false,
                Duration.ofSeconds(5),
                FakeAccount.Settings.DEFAULT.withLookupAsArray())) {
            Order placed = f.broker().place(limit("array-1", 95.0));

            Optional<Order> found = f.broker().orderByCorrelationId(new CorrelationId("array-1"));

            assertThat(found).map(Order::orderId).contains(placed.orderId());
            assertThat(found.get().request()).isEqualTo(limit("array-1", 95.0));
        }
    }

    @Test
    void test_unknownStatus_isAnExplicitFailure() {
        BrokerException e =
                catchThrowableOfType(() -> DhanOrderMapper.status("123", "TRIGGERED"), BrokerException.class);

        assertThat(e.kind()).isEqualTo(BrokerException.Kind.OUTCOME_UNKNOWN);
        assertThat(e.getMessage()).contains("TRIGGERED").contains("123");
        assertThat(DhanOrderMapper.status("1", "Part_Traded")).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(DhanOrderMapper.status("1", "transit")).isEqualTo(OrderStatus.PENDING);
        assertThat(DhanOrderMapper.status("1", "Cancelled")).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void test_orderUpdates_duplicatedMessages_reportEachTransitionOnce() {
        try (DhanBrokerFixture f = fixture(true, Duration.ofSeconds(5))) {
            Events events = new Events();
            f.broker().subscribe(events::add);
            awaitTrue(() -> f.server().orderUpdates().sessions() == 1);
            String orderId = f.broker().place(limitOf("dup-1", 2, 95.0)).orderId();
            f.server().orderUpdates().inject(FakeOrderUpdateServer.Fault.DUPLICATE);
            f.server().orderUpdates().inject(FakeOrderUpdateServer.Fault.DUPLICATE);

            f.server().account().fill(orderId, LOT, 95.0);
            f.server().account().fill(orderId, LOT, 95.0);
            awaitTrue(() -> events.has(OrderEvent.Filled.class));
            int sent = f.server().orderUpdates().sent().size();
            awaitTrue(() -> f.broker().orderUpdatesHandled() >= sent);

            assertThat(events.all())
                    .extracting(e -> e.getClass().getSimpleName())
                    .containsExactly("Accepted", "PartiallyFilled", "Filled");
            assertThat(f.server().orderUpdates().sent().stream()
                            .filter(m -> m.contains("\"TradedQty\":75"))
                            .count())
                    .isEqualTo(2);
        }
    }

    @Test
    void test_orderUpdates_reorderedMessages_neverMoveAnOrderBack() {
        try (DhanBrokerFixture f = fixture(true, Duration.ofSeconds(5))) {
            Events events = new Events();
            f.broker().subscribe(events::add);
            awaitTrue(() -> f.server().orderUpdates().sessions() == 1);
            String orderId = f.broker().place(limitOf("reo-1", 2, 95.0)).orderId();
            awaitTrue(() -> events.has(OrderEvent.Accepted.class));

            f.server().orderUpdates().inject(FakeOrderUpdateServer.Fault.REORDER);
            f.server().account().fill(orderId, LOT, 95.0);
            f.server().account().fill(orderId, LOT, 94.5);
            awaitTrue(() -> events.has(OrderEvent.Filled.class));
            int sent = f.server().orderUpdates().sent().size();
            awaitTrue(() -> f.broker().orderUpdatesHandled() >= sent);

            List<OrderEvent> seen = events.all();
            assertThat(seen)
                    .extracting(e -> e.getClass().getSimpleName())
                    .containsExactly("Accepted", "PartiallyFilled", "Filled");
            assertThat(seen.get(2).order().filledQuantity()).isEqualTo(2 * LOT);
            assertThat(seen.get(2).order().filledValue()).isEqualTo(Money.ofPaise(9_500L * LOT + 9_450L * LOT));
            assertThat(f.broker().order(orderId).orElseThrow().status()).isEqualTo(OrderStatus.FILLED);
            assertThat(events.all()).hasSize(3);
        }
    }

    private static OrderRequest limitOf(String tag, int lots, double price) {
        return OrderRequest.limit(
                new CorrelationId(tag), CALL, Side.BUY, lots * LOT, LOT, Money.ofPaise(Math.round(price * 100)));
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + PATIENCE);
            }
            LockSupport.parkNanos(5_000_000);
        }
    }

    private static final class Events {
        private final List<OrderEvent> events = new ArrayList<>();

        synchronized void add(OrderEvent e) {
            events.add(e);
        }

        synchronized List<OrderEvent> all() {
            return List.copyOf(events);
        }

        synchronized boolean has(Class<? extends OrderEvent> type) {
            return events.stream().anyMatch(type::isInstance);
        }

        synchronized long count(Class<? extends OrderEvent> type) {
            return events.stream().filter(type::isInstance).count();
        }
    }
}
