package io.optionsv4.engine.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.costs.Charges;
import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.ExecutablePrices;
import io.optionsv4.core.costs.OrderTurnover;
import io.optionsv4.core.costs.Slippage;
import io.optionsv4.core.costs.SpreadModel;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.BrokerException;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.EquityInstrument;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.Funds;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderEvent;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderStatus;
import io.optionsv4.core.trade.OrderType;
import io.optionsv4.core.trade.Position;
import io.optionsv4.core.trade.Validity;
import io.optionsv4.core.trade.paper.BookedFill;
import io.optionsv4.core.trade.paper.LedgerEntry;
import io.optionsv4.core.trade.paper.PaperBook;
import io.optionsv4.engine.testdata.QuotedMarket;
import io.optionsv4.engine.testdata.TestClock;
import io.optionsv4.store.Database;
import io.optionsv4.store.JdbiPaperAccountStore;
import io.optionsv4.store.testdata.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the paper broker does beyond the broker contract: restarts, market hours, margin over the resulting portfolio,
 * partial fills without book quantities, the spread model and slippage, charges that add up to the day's contract
 * note, expiry settlement, freeze quantities, two brokers on one account.
 */
class PaperBrokerTest {

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final LocalDate DAY = LocalDate.of(2026, 1, 6);
    private static final LocalDate EXPIRY = DAY.plusDays(7);
    private static final int LOT = 75;
    private static final OptionInstrument CALL = call(22_500);
    private static final OptionInstrument WING = call(22_700);
    private static final AtomicInteger IDS = new AtomicInteger();
    private static Database database;

    private QuotedMarket market;
    private TestClock clock;
    private JdbiPaperAccountStore store;
    private String account;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabases.fresh();
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @BeforeEach
    void freshAccount() {
        market = new QuotedMarket(22_550)
                .quote(CALL, LOT, new BidAsk(100, 101, 100L * LOT, 100L * LOT))
                .quote(WING, LOT, new BidAsk(40, 41, 100L * LOT, 100L * LOT));
        clock = new TestClock(at(DAY, 10, 0));
        store = new JdbiPaperAccountStore(database.jdbi());
        account = "paper-test-" + IDS.incrementAndGet();
    }

    private PaperBroker broker() {
        return broker(PaperSettings.DEFAULT);
    }

    private PaperBroker broker(PaperSettings settings) {
        return new PaperBroker(market, store, clock, settings.withAccount(account));
    }

    private static OptionInstrument call(long strike) {
        return new OptionInstrument("NIFTY", Right.CALL, Money.ofWholeRupees(strike), EXPIRY);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(IST).toInstant();
    }

    private static CorrelationId tag() {
        return new CorrelationId("paper-" + IDS.incrementAndGet());
    }

    private static Money rupees(double value) {
        return Money.ofPaise(Math.round(value * 100));
    }

    private static OrderRequest market(OptionInstrument contract, Side side, int lots) {
        return new OrderRequest(
                tag(), contract, side, lots * LOT, LOT, OrderType.MARKET, Optional.empty(), Validity.DAY);
    }

    private static OrderRequest limit(OptionInstrument contract, Side side, int lots, double price) {
        return OrderRequest.limit(tag(), contract, side, lots * LOT, LOT, rupees(price));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // restart and sharing

    @Test
    void test_restart_seesTheSameOrdersFillsPositionsAndFundsAndContinues() {
        PaperBroker first = broker();
        OrderRequest bought = market(CALL, Side.BUY, 2);
        first.place(bought);
        Order resting = first.place(limit(WING, Side.SELL, 1, 45));
        List<Order> orders = first.orders();
        List<Fill> trades = first.trades();
        List<Position> positions = first.positions();
        Funds funds = first.funds();

        PaperBroker restarted = broker();

        assertThat(restarted.orders()).isEqualTo(orders);
        assertThat(restarted.trades()).isEqualTo(trades);
        assertThat(restarted.positions()).isEqualTo(positions);
        assertThat(restarted.funds()).isEqualTo(funds);
        assertThatThrownBy(() -> restarted.place(bought)).isInstanceOfSatisfying(BrokerException.class, e -> {
            assertThat(e.kind()).isEqualTo(BrokerException.Kind.INVALID);
            assertThat(e.code()).isEqualTo(PaperBroker.DUPLICATE_CODE);
            assertThat(e.getMessage()).contains(orders.get(0).orderId());
        });

        market.quote(WING, LOT, new BidAsk(45, 46, 100L * LOT, 100L * LOT));
        List<OrderEvent> events = restarted.poll();

        assertThat(events).singleElement().isInstanceOf(OrderEvent.Filled.class);
        assertThat(restarted.order(resting.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(first.order(resting.orderId()).orElseThrow().status())
                .as("the first broker reads the account's new version")
                .isEqualTo(OrderStatus.FILLED);
        assertThat(first.funds()).isEqualTo(restarted.funds());
    }

    @Test
    void test_twoBrokersOnOneAccount_neitherOverwritesTheOther() {
        PaperBroker a = broker();
        PaperBroker b = broker();
        OrderRequest request = market(CALL, Side.BUY, 1);

        Order placed = a.place(request);
        Order other = b.place(market(WING, Side.BUY, 1));

        assertThat(placed.orderId()).isNotEqualTo(other.orderId());
        assertThat(a.orders()).extracting(Order::orderId).containsExactly(placed.orderId(), other.orderId());
        assertThat(b.orders()).isEqualTo(a.orders());
        assertThat(b.funds()).isEqualTo(a.funds());
        assertThatThrownBy(() -> b.place(request)).isInstanceOf(BrokerException.class);
        assertThat(store.load(account).orders()).hasSize(2);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // market hours

    @Test
    void test_place_beforeTheOpen_isRejectedAsMarketClosed() {
        clock = new TestClock(at(DAY, 9, 0));
        PaperBroker broker = broker();

        Order order = broker.place(market(CALL, Side.BUY, 1));

        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.reason()).contains("market closed").contains("outside the session");
        assertThat(broker.trades()).isEmpty();
    }

    @Test
    void test_place_onASaturdayOrAHoliday_isRejected() {
        clock = new TestClock(at(LocalDate.of(2026, 1, 10), 11, 0));
        PaperBroker saturday = broker();
        assertThat(saturday.place(market(CALL, Side.BUY, 1)).reason()).contains("not a trading day");

        clock = new TestClock(at(DAY, 11, 0));
        PaperBroker holiday = broker(PaperSettings.DEFAULT.withTradingDays(new TradingDays(d -> !d.equals(DAY))));
        assertThat(holiday.place(market(CALL, Side.BUY, 1)).status()).isEqualTo(OrderStatus.REJECTED);
    }

    @Test
    void test_ignoreMarketHours_tradesOutsideTheSession() {
        clock = new TestClock(at(DAY, 20, 0));
        PaperBroker broker = broker(PaperSettings.DEFAULT.withIgnoreMarketHours(true));

        Order order = broker.place(market(CALL, Side.BUY, 1));

        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void test_dayOrder_expiresAtTheClose() {
        clock = new TestClock(at(DAY, 15, 0));
        PaperBroker broker = broker();
        Order order = broker.place(limit(CALL, Side.BUY, 1, 95));

        clock.advance(Duration.ofMinutes(31));
        List<OrderEvent> events = broker.poll();

        assertThat(events).singleElement().isInstanceOf(OrderEvent.Expired.class);
        Order expired = broker.order(order.orderId()).orElseThrow();
        assertThat(expired.status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(expired.reason()).contains("trading day");
        assertThat(broker.funds().utilized()).isEqualTo(Money.ZERO);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // funds and margin

    @Test
    void test_margin_nakedShortRejected_theSameShortWithItsHedgeAccepted() {
        PaperBroker broker = broker(PaperSettings.DEFAULT.withOpeningDeposit(Money.ofWholeRupees(60_000)));
        Money nakedMargin = broker.margin(List.of(market(CALL, Side.SELL, 1)));

        Order naked = broker.place(market(CALL, Side.SELL, 1));

        assertThat(naked.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(naked.reason()).startsWith("insufficient margin");

        Order wing = broker.place(market(WING, Side.BUY, 1));
        Order hedged = broker.place(market(CALL, Side.SELL, 1));

        assertThat(wing.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(hedged.status()).isEqualTo(OrderStatus.FILLED);
        Funds funds = broker.funds();
        assertThat(funds.utilized().paise()).isPositive();
        assertThat(funds.available().paise()).isPositive();
        assertThat(nakedMargin).isGreaterThan(Money.ofWholeRupees(60_000));
        // The wing caps the scan risk; the exposure margin (2 % of the short's notional) stays.
        assertThat(funds.utilized()).isLessThan(nakedMargin);
        assertThat(funds.utilized()).isGreaterThan(rupees(0.02 * 22_550 * LOT));
    }

    @Test
    void test_place_buyBeyondTheCash_isRejectedAsInsufficientFunds() {
        PaperBroker broker = broker(PaperSettings.DEFAULT.withOpeningDeposit(Money.ofWholeRupees(10_000)));

        Order order = broker.place(market(CALL, Side.BUY, 2));

        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.reason()).startsWith("insufficient funds").contains("10000.00");
        assertThat(broker.funds().available()).isEqualTo(Money.ofWholeRupees(10_000));
    }

    @Test
    void test_restingOrders_blockTheirFunds() {
        PaperBroker broker = broker(PaperSettings.DEFAULT.withOpeningDeposit(Money.ofWholeRupees(10_000)));

        Order first = broker.place(limit(CALL, Side.BUY, 1, 90));
        Order second = broker.place(limit(CALL, Side.BUY, 1, 90));

        assertThat(first.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(broker.funds().utilized()).isEqualTo(rupees(90).times(LOT));
        assertThat(second.status()).isEqualTo(OrderStatus.REJECTED);
    }

    @Test
    void test_modify_raisingABuyBeyondTheFunds_isRefusedAndKeepsThePrice() {
        PaperBroker broker = broker(PaperSettings.DEFAULT.withOpeningDeposit(Money.ofWholeRupees(10_000)));
        Order order = broker.place(limit(CALL, Side.BUY, 1, 90));

        assertThatThrownBy(() -> broker.modify(order.orderId(), rupees(500)))
                .isInstanceOfSatisfying(
                        BrokerException.class, e -> assertThat(e.kind()).isEqualTo(BrokerException.Kind.REJECTED));

        assertThat(broker.order(order.orderId()).orElseThrow().request().limitPrice())
                .contains(rupees(90));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // fills

    @Test
    void test_bookWithoutQuantities_fillsAShareOfVolumeAndOpenInterestPerSnapshot() {
        market.quote(CALL, LOT, new BidAsk(100, 101), 20, 100L * LOT);
        PaperBroker broker = broker();

        Order order = broker.place(limit(CALL, Side.BUY, 3, 101));
        assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(order.filledQuantity()).isEqualTo(LOT);

        assertThat(broker.poll()).as("the same snapshot offers nothing more").isEmpty();

        market.quote(CALL, LOT, new BidAsk(100, 101), 40, 100L * LOT);
        List<OrderEvent> events = broker.poll();

        assertThat(events).singleElement().isInstanceOf(OrderEvent.Filled.class);
        assertThat(broker.order(order.orderId()).orElseThrow().filledQuantity()).isEqualTo(3 * LOT);
    }

    @Test
    void test_untradedStrikeWithoutOpenInterest_restsUnfilled() {
        market.quote(CALL, LOT, new BidAsk(100, 101), 0, 0);
        PaperBroker broker = broker();

        Order order = broker.place(market(CALL, Side.BUY, 1));

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(broker.cancel(order.orderId()).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void test_noBook_tradesAtTheModelledAskAndBidOnTheTick() {
        market.close(CALL, LOT, 100.0, 5_000, 1_000L * LOT);
        PaperBroker broker = broker();

        Fill bought = fillOf(broker, broker.place(market(CALL, Side.BUY, 1)));
        Fill sold = fillOf(broker, broker.place(market(CALL, Side.SELL, 1)));

        assertThat(bought.price()).isGreaterThan(rupees(100)).isLessThan(rupees(105));
        assertThat(sold.price()).isLessThan(rupees(100)).isGreaterThan(rupees(95));
        assertThat(bought.price().paise() % 5).isZero();
        assertThat(sold.price().paise() % 5).isZero();
    }

    private static Fill fillOf(PaperBroker broker, Order order) {
        return broker.trades().stream()
                .filter(f -> f.orderId().equals(order.orderId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void test_slippage_addsItsTicksButNeverPassesALimit() {
        PaperSettings slipping =
                PaperSettings.DEFAULT.withPrices(new ExecutablePrices(SpreadModel.DEFAULT, Slippage.ofTicks(2)));
        PaperBroker broker = broker(slipping);

        Fill market = fillOf(broker, broker.place(market(CALL, Side.BUY, 1)));
        Fill atTheAsk = fillOf(broker, broker.place(limit(CALL, Side.BUY, 1, 101)));
        Fill sold = fillOf(broker, broker.place(market(CALL, Side.SELL, 1)));

        assertThat(market.price()).isEqualTo(rupees(101.10));
        assertThat(atTheAsk.price()).isEqualTo(rupees(101));
        assertThat(sold.price()).isEqualTo(rupees(99.90));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // charges

    @Test
    void test_charges_anOrderFilledInPartsPaysBrokerageOnce_andTheDayAddsUpToItsContractNote() {
        market.quote(CALL, LOT, new BidAsk(100, 101, 100L * LOT, LOT));
        PaperBroker broker = broker();
        Order buy = broker.place(limit(CALL, Side.BUY, 3, 101));
        market.quote(CALL, LOT, new BidAsk(100, 101, 100L * LOT, 2L * LOT));
        broker.poll();
        Order sell = broker.place(market(CALL, Side.SELL, 2));

        PaperBook book = store.load(account);
        Charges booked = book.fills().stream().map(BookedFill::charges).reduce(Charges.NONE, Charges::plus);
        var note = CostCalculator.nseDhan()
                .contractNoteOf(
                        DAY,
                        List.of(
                                new OrderTurnover(DAY, Side.BUY, rupees(101).times(3L * LOT)),
                                new OrderTurnover(DAY, Side.SELL, rupees(100).times(2L * LOT))),
                        List.of());

        assertThat(book.fills()).hasSize(3);
        assertThat(booked).isEqualTo(note.charges());
        assertThat(booked.brokerage()).isEqualTo(Money.ofWholeRupees(40));
        assertThat(booked.stt().paise() % 100)
                .as("STT is rounded to the rupee on the day")
                .isZero();
        Money cash = Money.ofWholeRupees(1_000_000)
                .minus(rupees(101).times(3L * LOT))
                .plus(rupees(100).times(2L * LOT))
                .minus(note.total());
        assertThat(book.ledger().stream().map(LedgerEntry::amount).reduce(Money.ZERO, Money::plus))
                .isEqualTo(cash);
        assertThat(broker.order(buy.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(broker.order(sell.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.FILLED);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // expiry

    @Test
    void test_expiry_settlesALongCallInTheMoneyAtItsIntrinsicValue() {
        PaperBroker broker = broker();
        broker.place(market(CALL, Side.BUY, 1));
        Money cashBefore =
                store.load(account).ledger().stream().map(LedgerEntry::amount).reduce(Money.ZERO, Money::plus);
        market.underlyingClose("NIFTY", EXPIRY, 22_600);
        clock = new TestClock(at(EXPIRY.plusDays(1), 10, 0));
        PaperBroker nextDay = broker();

        List<Position> positions = nextDay.positions();

        assertThat(positions).singleElement().satisfies(p -> {
            assertThat(p.instrument()).isEqualTo(CALL);
            assertThat(p.flat()).isTrue();
            assertThat(p.sellValue()).isEqualTo(Money.ofWholeRupees(100L * LOT));
        });
        PaperBook book = store.load(account);
        assertThat(book.settlements()).singleElement().satisfies(s -> {
            assertThat(s.intrinsicValue()).isEqualTo(Money.ofWholeRupees(100));
            // Exercise STT: 0.125 % of 7,500 = 9.375, rounded to the rupee on the expiry day's note.
            assertThat(s.charges().stt()).isEqualTo(Money.ofWholeRupees(9));
        });
        Money cash = book.ledger().stream().map(LedgerEntry::amount).reduce(Money.ZERO, Money::plus);
        assertThat(cash).isEqualTo(cashBefore.plus(Money.ofWholeRupees(7_500)).minus(Money.ofWholeRupees(9)));
        assertThat(nextDay.funds().utilized()).isEqualTo(Money.ZERO);
    }

    @Test
    void test_expiry_withoutTheUnderlyingsClose_waitsAndKeepsThePositionOpen() {
        PaperBroker broker = broker();
        broker.place(market(CALL, Side.SELL, 1));
        clock = new TestClock(at(EXPIRY, 15, 45));
        market.delist(CALL).delist(WING);
        PaperBroker afterTheClose = broker();

        assertThat(afterTheClose.positions())
                .singleElement()
                .satisfies(p -> assertThat(p.netQuantity()).isEqualTo(-LOT));
        assertThat(store.load(account).settlements()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // other refusals

    @Test
    void test_place_aboveTheFreezeQuantity_isRejected() {
        PaperBroker broker = broker(PaperSettings.DEFAULT.withFreezeQuantities((s, d) -> OptionalInt.of(1_800)));

        Order order = broker.place(limit(CALL, Side.BUY, 25, 90));

        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.reason()).contains("freeze quantity 1800");
        assertThat(broker.place(limit(CALL, Side.BUY, 24, 90)).status()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void test_place_limitOffTheTick_marketOnAOneSidedBook_equity_expiredAndUnlisted_areRejected() {
        market.quote(WING, LOT, new BidAsk(0, 41));
        OptionInstrument expired = new OptionInstrument("NIFTY", Right.CALL, Money.ofWholeRupees(22_500), DAY);
        OrderRequest equity = new OrderRequest(
                tag(),
                new EquityInstrument("RELIANCE"),
                Side.BUY,
                10,
                1,
                OrderType.MARKET,
                Optional.empty(),
                Validity.DAY);

        clock = new TestClock(at(DAY, 16, 0));
        PaperBroker late = broker(PaperSettings.DEFAULT.withIgnoreMarketHours(true));
        assertThat(late.place(market(expired, Side.BUY, 1)).reason()).contains("expired on " + DAY);
        clock = new TestClock(at(DAY, 10, 0));
        PaperBroker open = broker();
        assertThat(open.place(limit(CALL, Side.BUY, 1, 100.03)).reason()).contains("tick");
        assertThat(open.place(market(WING, Side.BUY, 1)).reason()).contains("no market price");
        assertThat(open.place(equity).reason()).contains("options only");
        assertThat(open.place(market(call(12_345), Side.BUY, 1)).reason()).contains("not listed");
        assertThat(open.orders()).allSatisfy(o -> assertThat(o.status()).isEqualTo(OrderStatus.REJECTED));
        assertThat(open.trades()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // events

    @Test
    void test_listenerThatThrows_doesNotStopTheBrokerOrTheOtherListeners() {
        PaperBroker broker = broker();
        List<OrderEvent> seen = new ArrayList<>();
        List<Throwable> uncaught = new ArrayList<>();
        broker.subscribe(e -> {
            throw new IllegalStateException("listener bug");
        });
        broker.subscribe(seen::add);
        Thread thread = Thread.currentThread();
        Thread.UncaughtExceptionHandler handler = thread.getUncaughtExceptionHandler();
        thread.setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        Order order;
        try {
            order = broker.place(market(CALL, Side.BUY, 1));
        } finally {
            thread.setUncaughtExceptionHandler(handler);
        }

        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isInstanceOf(OrderEvent.Accepted.class);
        assertThat(seen.get(1)).isInstanceOf(OrderEvent.Filled.class);
        assertThat(uncaught).hasSize(2).allSatisfy(e -> assertThat(e).hasMessage("listener bug"));
    }
}
