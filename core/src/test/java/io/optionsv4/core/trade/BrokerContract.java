package io.optionsv4.core.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.OrderTurnover;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Broker} keeps, one suite for all of them (LEAN's {@code BrokerageTests}): the paper broker
 * runs it over a quoted test market, the Dhan broker against the fake Dhan server. An implementation extends this class
 * and supplies the hooks: a broker over a fresh account in a market that quotes given books, a way to move that market,
 * and a way to wait until the broker reported what it did.
 *
 * <p>The market of every test is inside market hours on {@link #tradingDay()}; each book is a contract with a best bid
 * and ask and the quantity at each. The suite asserts what a caller relies on: orders fill at the bid or ask, limit
 * orders rest until marketable, a thin book fills in parts, cancel and modify act on open orders only, a correlation id
 * finds its order and never places a second one, refusals leave nothing traded, the order book, trade book, positions
 * and funds agree with the fills, and every transition is reported as an event.
 */
public abstract class BrokerContract {

    /** The strike of the main contract of the suite. */
    protected static final Money STRIKE = Money.ofWholeRupees(22_500);

    /** The strike of the hedge (a call 200 points higher). */
    protected static final Money HEDGE_STRIKE = Money.ofWholeRupees(22_700);

    /** The lot size of the suite's contracts (NIFTY's in 2026). */
    protected static final int LOT = 75;

    /** The funds the account of every test starts with, at least. */
    protected static final Money OPENING_FUNDS = Money.ofWholeRupees(1_000_000);

    private static final AtomicInteger TAGS = new AtomicInteger();

    /**
     * A contract as the test market quotes it.
     *
     * @param contract the option
     * @param lotSize its lot size
     * @param bid the best bid
     * @param bidQuantity units bid, a multiple of the lot
     * @param ask the best ask
     * @param askQuantity units offered, a multiple of the lot
     */
    protected record Book(
            OptionInstrument contract, int lotSize, Money bid, long bidQuantity, Money ask, long askQuantity) {

        /** Validates the book. */
        public Book {
            Checks.notNull(contract, "contract");
            Checks.positive(lotSize, "lotSize");
            Checks.argument(ask.compareTo(bid) >= 0 && bid.paise() > 0, "book " + bid + " / " + ask);
        }

        /** Returns the book with another bid and ask, the quantities kept. */
        public Book withPrices(Money newBid, Money newAsk) {
            return new Book(contract, lotSize, newBid, bidQuantity, newAsk, askQuantity);
        }

        /** Returns the book with other quantities, the prices kept. */
        public Book withQuantities(long newBidQuantity, long newAskQuantity) {
            return new Book(contract, lotSize, bid, newBidQuantity, ask, newAskQuantity);
        }
    }

    /** Returns the trading day of every test's market; the suite's contracts expire seven days later. */
    protected abstract LocalDate tradingDay();

    /**
     * Returns a broker over a fresh account holding at least {@link #OPENING_FUNDS} and nothing else, in a market that
     * is open and quotes exactly {@code books} (any other contract is unknown to it).
     */
    protected abstract Broker newBroker(List<Book> books);

    /**
     * Replaces the quote of {@code book}'s contract in the market of {@code broker} and returns once the broker has
     * acted on it: resting orders that became marketable traded and their events were delivered.
     */
    protected abstract void moveMarket(Broker broker, Book book);

    /**
     * Returns once {@code broker} has reported what it did so far (the events of the last call delivered, its order
     * book current): nothing to wait for where events are delivered synchronously.
     */
    protected abstract void awaitUpdates(Broker broker);

    /**
     * Returns the charges the broker books for one trading day's fills: by default the contract note of Dhan's
     * brokerage over NSE's rates ({@link CostCalculator#nseDhan()}), one executed order per order id.
     */
    protected Money expectedCharges(List<Fill> dayFills) {
        Map<String, OrderTurnover> orders = new LinkedHashMap<>();
        for (Fill f : dayFills) {
            LocalDate day = tradingDay();
            orders.merge(
                    f.orderId(),
                    new OrderTurnover(day, f.side(), f.value()),
                    (a, b) ->
                            new OrderTurnover(day, a.side(), a.premiumTurnover().plus(b.premiumTurnover())));
        }
        return CostCalculator.nseDhan()
                .contractNoteOf(tradingDay(), List.copyOf(orders.values()), List.of())
                .total();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // fixtures

    /** Returns the main contract: a call at {@link #STRIKE} expiring seven days after the trading day. */
    protected final OptionInstrument call() {
        return new OptionInstrument("NIFTY", Right.CALL, STRIKE, tradingDay().plusDays(7));
    }

    /** Returns the hedge: a call at {@link #HEDGE_STRIKE} of the same expiry. */
    protected final OptionInstrument hedge() {
        return new OptionInstrument(
                "NIFTY", Right.CALL, HEDGE_STRIKE, tradingDay().plusDays(7));
    }

    /** Returns a deep book of the main contract: 100.00 / 101.00 with 100 lots each side. */
    protected final Book deepBook() {
        return new Book(call(), LOT, rupees("100.00"), 100L * LOT, rupees("101.00"), 100L * LOT);
    }

    /** Returns a deep book of the hedge: 40.00 / 41.00 with 100 lots each side. */
    protected final Book hedgeBook() {
        return new Book(hedge(), LOT, rupees("40.00"), 100L * LOT, rupees("41.00"), 100L * LOT);
    }

    private static Money rupees(String text) {
        return Money.ofPaise(Math.round(Double.parseDouble(text) * 100));
    }

    private static CorrelationId tag() {
        return new CorrelationId("contract-" + TAGS.incrementAndGet());
    }

    private static OrderRequest market(OptionInstrument contract, Side side, int lots) {
        return new OrderRequest(
                tag(), contract, side, lots * LOT, LOT, OrderType.MARKET, Optional.empty(), Validity.DAY);
    }

    private static OrderRequest limit(OptionInstrument contract, Side side, int lots, String price) {
        return OrderRequest.limit(tag(), contract, side, lots * LOT, LOT, rupees(price));
    }

    private Order placed(Broker broker, OrderRequest request) {
        Order order = broker.place(request);
        awaitUpdates(broker);
        return broker.order(order.orderId()).orElseThrow();
    }

    private static final class Recorder {
        private final List<OrderEvent> events = new ArrayList<>();

        synchronized void record(OrderEvent event) {
            events.add(event);
        }

        synchronized List<OrderEvent> of(String orderId) {
            return events.stream()
                    .filter(e -> e.order().orderId().equals(orderId))
                    .toList();
        }

        synchronized List<OrderEvent> all() {
            return List.copyOf(events);
        }
    }

    private static Recorder record(Broker broker) {
        Recorder recorder = new Recorder();
        broker.subscribe(recorder::record);
        return recorder;
    }

    /** Asserts that a refused order left a trace a trader can read: a REJECTED order or a REJECTED/INVALID error. */
    private void assertRefused(Broker broker, Supplier<Order> place) {
        Throwable thrown = catchThrowable(place::get);
        awaitUpdates(broker);
        if (thrown == null) {
            List<Order> orders = broker.orders();
            Order last = orders.get(orders.size() - 1);
            assertThat(last.status()).isEqualTo(OrderStatus.REJECTED);
            assertThat(last.reason()).isNotBlank();
            assertThat(last.filledQuantity()).isZero();
        } else {
            assertThat(thrown).isInstanceOf(BrokerException.class);
            assertThat(((BrokerException) thrown).kind())
                    .isIn(BrokerException.Kind.REJECTED, BrokerException.Kind.INVALID);
            assertThat(thrown.getMessage()).isNotBlank();
        }
        assertThat(broker.trades()).isEmpty();
        assertThat(broker.positions()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // an empty account

    @Test
    void test_newBroker_emptyBooksAndFunds() {
        Broker broker = newBroker(List.of(deepBook()));

        assertThat(broker.name()).isNotBlank();
        assertThat(broker.orders()).isEmpty();
        assertThat(broker.trades()).isEmpty();
        assertThat(broker.positions()).isEmpty();
        assertThat(broker.order("no-such-order")).isEmpty();
        assertThat(broker.orderByCorrelationId(new CorrelationId("never-used"))).isEmpty();
        Funds funds = broker.funds();
        assertThat(funds.available()).isGreaterThanOrEqualTo(OPENING_FUNDS);
        assertThat(funds.utilized()).isEqualTo(Money.ZERO);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // fills at the bid and ask

    @Test
    void test_marketBuy_fillsAtTheAsk() {
        Broker broker = newBroker(List.of(deepBook()));

        Order order = placed(broker, market(call(), Side.BUY, 2));

        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(order.filledQuantity()).isEqualTo(2 * LOT);
        assertThat(order.filledValue()).isEqualTo(rupees("101.00").times(2 * LOT));
        assertThat(broker.trades()).allSatisfy(f -> assertThat(f.price()).isEqualTo(rupees("101.00")));
        assertThat(broker.trades().stream().mapToInt(Fill::quantity).sum()).isEqualTo(2 * LOT);
    }

    @Test
    void test_marketSell_fillsAtTheBid() {
        Broker broker = newBroker(List.of(deepBook()));

        Order order = placed(broker, market(call(), Side.SELL, 1));

        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(order.filledValue()).isEqualTo(rupees("100.00").times(LOT));
        assertThat(broker.positions())
                .singleElement()
                .satisfies(p -> assertThat(p.netQuantity()).isEqualTo(-LOT));
    }

    @Test
    void test_marketableLimitBuy_fillsNoWorseThanItsLimit() {
        Broker broker = newBroker(List.of(deepBook()));

        Order order = placed(broker, limit(call(), Side.BUY, 1, "103.00"));

        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(order.filledValue()).isLessThanOrEqualTo(rupees("103.00").times(LOT));
        assertThat(order.filledValue()).isGreaterThanOrEqualTo(rupees("101.00").times(LOT));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // resting limit orders

    @Test
    void test_limitBuyBelowTheAsk_restsUntilTheAskComesDown() {
        Broker broker = newBroker(List.of(deepBook()));
        Recorder events = record(broker);

        Order order = placed(broker, limit(call(), Side.BUY, 1, "99.00"));

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.filledQuantity()).isZero();
        assertThat(order.remainingQuantity()).isEqualTo(LOT);
        assertThat(broker.trades()).isEmpty();

        moveMarket(broker, deepBook().withPrices(rupees("98.00"), rupees("99.00")));

        Order filled = broker.order(order.orderId()).orElseThrow();
        assertThat(filled.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(filled.filledValue()).isEqualTo(rupees("99.00").times(LOT));
        assertThat(events.of(order.orderId()).get(0)).isInstanceOf(OrderEvent.Accepted.class);
        assertThat(events.of(order.orderId()).get(events.of(order.orderId()).size() - 1))
                .isInstanceOf(OrderEvent.Filled.class);
    }

    @Test
    void test_limitSellAboveTheBid_restsUntilTheBidComesUp() {
        Broker broker = newBroker(List.of(deepBook()));

        Order order = placed(broker, limit(call(), Side.SELL, 1, "102.00"));
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);

        moveMarket(broker, deepBook().withPrices(rupees("102.00"), rupees("103.00")));

        Order filled = broker.order(order.orderId()).orElseThrow();
        assertThat(filled.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(filled.filledValue()).isEqualTo(rupees("102.00").times(LOT));
    }

    @Test
    void test_immediateOrCancel_notMarketable_endsUnfilled() {
        Broker broker = newBroker(List.of(deepBook()));
        OrderRequest ioc = new OrderRequest(
                tag(), call(), Side.BUY, LOT, LOT, OrderType.LIMIT, Optional.of(rupees("95.00")), Validity.IOC);

        Order order = placed(broker, ioc);

        assertThat(order.status()).isIn(OrderStatus.CANCELLED, OrderStatus.EXPIRED);
        assertThat(order.filledQuantity()).isZero();
        assertThat(broker.trades()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // partial fills

    @Test
    void test_thinBook_fillsInPartsAsTheMarketOffersMore() {
        Broker broker = newBroker(List.of(deepBook().withQuantities(100L * LOT, LOT)));
        Recorder events = record(broker);

        Order order = placed(broker, limit(call(), Side.BUY, 3, "101.00"));

        assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(order.filledQuantity()).isEqualTo(LOT);
        assertThat(order.remainingQuantity()).isEqualTo(2 * LOT);

        moveMarket(broker, deepBook().withQuantities(100L * LOT, 5L * LOT));

        Order filled = broker.order(order.orderId()).orElseThrow();
        assertThat(filled.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(filled.filledQuantity()).isEqualTo(3 * LOT);
        assertThat(broker.trades()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(broker.trades().stream().mapToInt(Fill::quantity).sum()).isEqualTo(3 * LOT);
        assertThat(events.of(order.orderId())).anyMatch(e -> e instanceof OrderEvent.PartiallyFilled);
        assertThat(events.of(order.orderId())).last().isInstanceOf(OrderEvent.Filled.class);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // cancel and modify

    @Test
    void test_cancel_restingOrder_endsCancelledAndStaysSo() {
        Broker broker = newBroker(List.of(deepBook()));
        Recorder events = record(broker);
        Order order = placed(broker, limit(call(), Side.BUY, 1, "95.00"));

        Order cancelled = broker.cancel(order.orderId());
        awaitUpdates(broker);

        assertThat(broker.order(order.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.orderId()).isEqualTo(order.orderId());
        assertThat(events.of(order.orderId())).last().isInstanceOf(OrderEvent.Cancelled.class);
        Order again = broker.cancel(order.orderId());
        assertThat(again.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(again.filledQuantity()).isZero();

        moveMarket(broker, deepBook().withPrices(rupees("90.00"), rupees("91.00")));

        assertThat(broker.order(order.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(broker.trades()).isEmpty();
    }

    @Test
    void test_cancel_partiallyFilledOrder_keepsWhatTraded() {
        Broker broker = newBroker(List.of(deepBook().withQuantities(100L * LOT, LOT)));
        Order order = placed(broker, limit(call(), Side.BUY, 3, "101.00"));

        broker.cancel(order.orderId());
        awaitUpdates(broker);

        Order cancelled = broker.order(order.orderId()).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.filledQuantity()).isEqualTo(LOT);
        assertThat(cancelled.remainingQuantity()).isZero();
        assertThat(broker.positions())
                .singleElement()
                .satisfies(p -> assertThat(p.netQuantity()).isEqualTo(LOT));
    }

    @Test
    void test_modify_restingLimit_movesItsPriceAndFillsOnceMarketable() {
        Broker broker = newBroker(List.of(deepBook()));
        Order order = placed(broker, limit(call(), Side.BUY, 1, "95.00"));

        broker.modify(order.orderId(), rupees("96.00"));
        awaitUpdates(broker);
        Order moved = broker.order(order.orderId()).orElseThrow();
        assertThat(moved.request().limitPrice()).contains(rupees("96.00"));
        assertThat(moved.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(moved.correlationId()).isEqualTo(order.correlationId());

        broker.modify(order.orderId(), rupees("101.00"));
        awaitUpdates(broker);

        Order filled = broker.order(order.orderId()).orElseThrow();
        assertThat(filled.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(filled.filledValue()).isEqualTo(rupees("101.00").times(LOT));
    }

    @Test
    void test_modify_filledOrder_isRefused() {
        Broker broker = newBroker(List.of(deepBook()));
        Order order = placed(broker, market(call(), Side.BUY, 1));

        Throwable thrown = catchThrowable(() -> broker.modify(order.orderId(), rupees("90.00")));

        assertThat(thrown).isInstanceOf(BrokerException.class);
        assertThat(((BrokerException) thrown).kind()).isIn(BrokerException.Kind.REJECTED, BrokerException.Kind.INVALID);
        assertThat(broker.order(order.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void test_modifyAndCancel_unknownOrder_areInvalid() {
        Broker broker = newBroker(List.of(deepBook()));

        assertThatThrownBy(() -> broker.modify("no-such-order", rupees("90.00")))
                .isInstanceOfSatisfying(
                        BrokerException.class, e -> assertThat(e.kind()).isEqualTo(BrokerException.Kind.INVALID));
        assertThatThrownBy(() -> broker.cancel("no-such-order"))
                .isInstanceOfSatisfying(
                        BrokerException.class, e -> assertThat(e.kind()).isEqualTo(BrokerException.Kind.INVALID));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // correlation ids

    @Test
    void test_orderByCorrelationId_findsTheOrder() {
        Broker broker = newBroker(List.of(deepBook()));
        OrderRequest request = limit(call(), Side.BUY, 1, "95.00");
        Order order = placed(broker, request);

        Optional<Order> found = broker.orderByCorrelationId(request.correlationId());

        assertThat(found).isPresent();
        assertThat(found.get().orderId()).isEqualTo(order.orderId());
        assertThat(found.get().request()).isEqualTo(request);
    }

    @Test
    void test_place_sameCorrelationIdTwice_isRefusedNamingTheFirstOrder() {
        Broker broker = newBroker(List.of(deepBook()));
        OrderRequest request = market(call(), Side.BUY, 1);
        Order first = placed(broker, request);

        Throwable thrown = catchThrowable(() -> broker.place(request));
        awaitUpdates(broker);

        assertThat(thrown).isInstanceOf(BrokerException.class);
        assertThat(((BrokerException) thrown).kind()).isIn(BrokerException.Kind.REJECTED, BrokerException.Kind.INVALID);
        assertThat(thrown.getMessage()).contains(first.orderId());
        assertThat(broker.orders()).hasSize(1);
        assertThat(broker.trades().stream().mapToInt(Fill::quantity).sum()).isEqualTo(LOT);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // refusals

    @Test
    void test_place_quantityNotAMultipleOfTheLot_isRefused() {
        Broker broker = newBroker(List.of(deepBook()));
        OrderRequest wrongLot = new OrderRequest(
                tag(), call(), Side.BUY, 50, 25, OrderType.LIMIT, Optional.of(rupees("101.00")), Validity.DAY);

        assertRefused(broker, () -> broker.place(wrongLot));
    }

    @Test
    void test_place_beyondTheFunds_isRefusedAndFundsStay() {
        Broker broker = newBroker(List.of(deepBook()));
        Funds before = broker.funds();
        Recorder events = record(broker);

        assertRefused(broker, () -> broker.place(limit(call(), Side.BUY, 2_000, "101.00")));

        assertThat(broker.funds().available()).isEqualTo(before.available());
        List<Order> orders = broker.orders();
        if (!orders.isEmpty()) {
            assertThat(events.of(orders.get(0).orderId())).last().isInstanceOf(OrderEvent.Rejected.class);
        }
    }

    @Test
    void test_place_unknownContract_isRefused() {
        Broker broker = newBroker(List.of(deepBook()));
        OptionInstrument unlisted = new OptionInstrument(
                "NIFTY", Right.PUT, Money.ofWholeRupees(12_345), tradingDay().plusDays(7));

        assertRefused(broker, () -> broker.place(market(unlisted, Side.BUY, 1)));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // books, positions and funds agree with the fills

    @Test
    void test_orderBookAndTradeBook_agreeWithTheFills() {
        Broker broker = newBroker(List.of(deepBook().withQuantities(100L * LOT, LOT), hedgeBook()));
        placed(broker, limit(call(), Side.BUY, 3, "101.00"));
        placed(broker, market(hedge(), Side.SELL, 2));
        placed(broker, limit(hedge(), Side.BUY, 1, "30.00"));
        moveMarket(broker, deepBook().withQuantities(100L * LOT, 2L * LOT));

        List<Order> orders = broker.orders();
        List<Fill> trades = broker.trades();
        Set<String> tradeIds = new HashSet<>();
        for (Fill f : trades) {
            assertThat(tradeIds.add(f.tradeId()))
                    .as("trade id %s is unique", f.tradeId())
                    .isTrue();
            assertThat(orders)
                    .anyMatch(o ->
                            o.orderId().equals(f.orderId()) && o.correlationId().equals(f.correlationId()));
        }
        for (Order o : orders) {
            List<Fill> own =
                    trades.stream().filter(f -> f.orderId().equals(o.orderId())).toList();
            assertThat(own.stream().mapToInt(Fill::quantity).sum()).isEqualTo(o.filledQuantity());
            assertThat(own.stream().map(Fill::value).reduce(Money.ZERO, Money::plus))
                    .isEqualTo(o.filledValue());
            assertThat(own).allSatisfy(f -> {
                assertThat(f.instrument()).isEqualTo(o.request().instrument());
                assertThat(f.side()).isEqualTo(o.request().side());
            });
        }
        assertThat(orders.stream().mapToInt(Order::filledQuantity).sum()).isEqualTo(5 * LOT);
    }

    @Test
    void test_positions_netTheFills() {
        Broker broker = newBroker(List.of(deepBook()));
        placed(broker, market(call(), Side.BUY, 3));
        placed(broker, market(call(), Side.SELL, 1));

        Position position = broker.positions().stream()
                .filter(p -> p.instrument().equals(call()))
                .findFirst()
                .orElseThrow();

        List<Fill> trades = broker.trades();
        assertThat(position.netQuantity()).isEqualTo(2 * LOT);
        assertThat(position.buyQuantity()).isEqualTo(3 * LOT);
        assertThat(position.sellQuantity()).isEqualTo(LOT);
        assertThat(position.buyValue()).isEqualTo(valueOf(trades, Side.BUY));
        assertThat(position.sellValue()).isEqualTo(valueOf(trades, Side.SELL));
    }

    private static Money valueOf(List<Fill> trades, Side side) {
        return trades.stream().filter(f -> f.side() == side).map(Fill::value).reduce(Money.ZERO, Money::plus);
    }

    @Test
    void test_funds_aBuyMovesThemByItsPremiumAndCharges() {
        Broker broker = newBroker(List.of(deepBook()));
        Funds before = broker.funds();

        placed(broker, market(call(), Side.BUY, 1));

        Money premium = rupees("101.00").times(LOT);
        Money charges = expectedCharges(broker.trades());
        assertThat(charges.paise()).isPositive();
        assertThat(before.available().minus(broker.funds().available())).isEqualTo(premium.plus(charges));
    }

    @Test
    void test_funds_aShortSaleBlocksMargin() {
        Broker broker = newBroker(List.of(deepBook()));
        Funds before = broker.funds();

        placed(broker, market(call(), Side.SELL, 1));

        Funds after = broker.funds();
        assertThat(after.utilized()).isGreaterThan(before.utilized());
        assertThat(after.available()).isLessThan(before.available());
    }

    @Test
    void test_margin_aHedgedSpreadNeedsLessThanTheNakedShort() {
        Broker broker = newBroker(List.of(deepBook(), hedgeBook()));
        OrderRequest shortCall = limit(call(), Side.SELL, 1, "100.00");
        OrderRequest longWing = limit(hedge(), Side.BUY, 1, "41.00");

        Money naked = broker.margin(List.of(shortCall));
        Money spread = broker.margin(List.of(shortCall, longWing));

        assertThat(naked.paise()).isPositive();
        assertThat(spread.paise()).isPositive();
        assertThat(spread).isLessThan(naked);
        assertThat(broker.orders()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // events

    @Test
    void test_events_reportEveryTransitionAndEveryFill() {
        Broker broker = newBroker(List.of(deepBook().withQuantities(100L * LOT, LOT)));
        Recorder events = record(broker);
        Order partial = placed(broker, limit(call(), Side.BUY, 3, "101.00"));
        Order resting = placed(broker, limit(call(), Side.SELL, 1, "110.00"));
        broker.cancel(resting.orderId());
        awaitUpdates(broker);
        moveMarket(broker, deepBook().withQuantities(100L * LOT, 5L * LOT));
        placed(broker, limit(call(), Side.BUY, 2_000, "101.00"));

        for (Order o : broker.orders()) {
            List<OrderEvent> own = events.of(o.orderId());
            assertThat(own).as("events of %s", o.orderId()).isNotEmpty();
            OrderEvent last = own.get(own.size() - 1);
            assertThat(last.order().status()).isEqualTo(o.status());
            assertThat(last.order().filledQuantity()).isEqualTo(o.filledQuantity());
            switch (last) {
                case OrderEvent.Accepted a -> assertThat(o.status().open()).isTrue();
                case OrderEvent.PartiallyFilled p -> assertThat(o.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
                case OrderEvent.Filled f -> assertThat(o.status()).isEqualTo(OrderStatus.FILLED);
                case OrderEvent.Cancelled c -> assertThat(o.status()).isEqualTo(OrderStatus.CANCELLED);
                case OrderEvent.Rejected r -> assertThat(o.status()).isEqualTo(OrderStatus.REJECTED);
                case OrderEvent.Expired x -> assertThat(o.status()).isEqualTo(OrderStatus.EXPIRED);
            }
        }
        Set<String> reported = new HashSet<>();
        for (OrderEvent e : events.all()) {
            if (e instanceof OrderEvent.PartiallyFilled p) {
                reported.add(p.fill().tradeId());
            } else if (e instanceof OrderEvent.Filled f) {
                reported.add(f.fill().tradeId());
            }
        }
        assertThat(reported)
                .containsExactlyInAnyOrderElementsOf(
                        broker.trades().stream().map(Fill::tradeId).toList());
        assertThat(broker.order(partial.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void test_subscription_closed_receivesNoMoreEvents() {
        Broker broker = newBroker(List.of(deepBook()));
        Recorder events = new Recorder();
        Broker.Subscription subscription = broker.subscribe(events::record);
        placed(broker, market(call(), Side.BUY, 1));
        int seen = events.all().size();

        subscription.close();
        placed(broker, market(call(), Side.BUY, 1));

        assertThat(seen).isPositive();
        assertThat(events.all()).hasSize(seen);
    }
}
