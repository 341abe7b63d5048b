package io.optionsv4.engine.paper;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.costs.Charges;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderEvent;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderStatus;
import io.optionsv4.core.trade.OrderType;
import io.optionsv4.core.trade.Validity;
import io.optionsv4.core.trade.paper.BookedFill;
import io.optionsv4.core.trade.paper.LedgerEntry;
import io.optionsv4.core.trade.paper.PaperAccountStore;
import io.optionsv4.core.trade.paper.PaperBook;
import io.optionsv4.core.trade.paper.PaperChanges;
import io.optionsv4.core.trade.paper.PaperOrder;
import io.optionsv4.core.trade.paper.Settlement;
import io.optionsv4.engine.testdata.QuotedMarket;
import io.optionsv4.engine.testdata.TestClock;
import io.optionsv4.store.Database;
import io.optionsv4.store.JdbiPaperAccountStore;
import io.optionsv4.store.testdata.TestDatabases;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The account book's step journal: a discarded step leaves every index as it was, a committed one leaves the book the
 * store rebuilds with the step's changes, and a broker whose store refuses a commit recomputes the step without a trace
 * of the refused one (ids, liquidity, ledger, events).
 */
class AccountBookTest {

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final LocalDate DAY = LocalDate.of(2026, 1, 6);
    private static final LocalDate EARLIER = DAY.minusDays(1);
    private static final int LOT = 75;
    private static final OptionInstrument EXPIRED = call(22_500, EARLIER);
    private static final OptionInstrument CALL = call(22_500, DAY.plusDays(7));
    private static final AtomicInteger IDS = new AtomicInteger();
    private static Database database;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabases.fresh();
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void test_discard_leavesEveryIndexAsLastCommitted() {
        AccountBook book = AccountBook.of(history());
        Map<String, Object> before = observe(book);

        step(book);
        assertThat(book.changes().isEmpty()).isFalse();
        assertThat(observe(book)).isNotEqualTo(before);
        book.discard();

        assertThat(observe(book)).isEqualTo(before);
        assertThat(book.changes().isEmpty()).isTrue();
        assertThat(book.version()).isEqualTo(3);
    }

    @Test
    void test_commit_leavesTheBookTheStoreRebuildsWithTheChanges() {
        PaperBook stored = history();
        AccountBook book = AccountBook.of(stored);

        step(book);
        PaperChanges changes = book.changes();
        book.commit();

        Map<String, PaperOrder> orders = new LinkedHashMap<>();
        stored.orders().forEach(o -> orders.put(o.orderId(), o));
        changes.orders().forEach(o -> orders.put(o.orderId(), o));
        PaperBook next = new PaperBook(
                stored.account(),
                stored.version() + 1,
                new ArrayList<>(orders.values()),
                concat(stored.fills(), changes.fills()),
                concat(stored.settlements(), changes.settlements()),
                concat(stored.ledger(), changes.ledger()));
        assertThat(observe(book)).isEqualTo(observe(AccountBook.of(next)));
        assertThat(book.version()).isEqualTo(4);
        assertThat(book.changes().isEmpty()).isTrue();
    }

    @Test
    void test_refusedCommit_leavesNoTraceOfTheDiscardedStep() {
        QuotedMarket market = new QuotedMarket(22_550).quote(CALL, LOT, new BidAsk(100, 101, 2L * LOT, 2L * LOT));
        JdbiPaperAccountStore store = new JdbiPaperAccountStore(database.jdbi());
        RefuseOnce refusing = new RefuseOnce(store);
        String account = "refused-" + IDS.incrementAndGet();
        PaperBroker broker = new PaperBroker(
                market, refusing, new TestClock(at(DAY, 10, 0)), PaperSettings.DEFAULT.withAccount(account));
        List<OrderEvent> events = new ArrayList<>();
        broker.subscribe(events::add);

        refusing.armed = true;
        Order bought = broker.place(new OrderRequest(
                new CorrelationId("refused-buy"),
                CALL,
                Side.BUY,
                2 * LOT,
                LOT,
                OrderType.MARKET,
                Optional.empty(),
                Validity.DAY));

        assertThat(refusing.refused).isEqualTo(1);
        // The whole offered quantity fills again: the refused step's fill gave its liquidity back.
        assertThat(bought.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(bought.orderId()).isEqualTo("P000001");
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(OrderEvent.Accepted.class);
        assertThat(events.get(1))
                .isInstanceOfSatisfying(
                        OrderEvent.Filled.class,
                        f -> assertThat(f.fill().tradeId()).isEqualTo("T000001"));
        PaperBook stored = store.load(account);
        assertThat(stored.orders()).hasSize(1);
        assertThat(stored.fills())
                .singleElement()
                .satisfies(b -> assertThat(b.fill().quantity()).isEqualTo(2 * LOT));
        assertThat(stored.ledger())
                .extracting(LedgerEntry::kind)
                .containsExactly(LedgerEntry.Kind.DEPOSIT, LedgerEntry.Kind.PREMIUM, LedgerEntry.Kind.CHARGES);
        assertThat(broker.orders()).containsExactly(bought);
        assertThat(broker.funds().available().plus(broker.funds().utilized()))
                .isEqualTo(stored.ledger().stream().map(LedgerEntry::amount).reduce(Money.ZERO, Money::plus));
    }

    /**
     * A book at version 3: the deposit, an expired long call bought and settled the day before, a resting limit order
     * placed the day before, and a long position in {@link #CALL}.
     */
    private static PaperBook history() {
        Instant yesterday = at(EARLIER, 10, 0);
        Order settledBuy = order("P000001", EXPIRED, Side.BUY, OrderStatus.FILLED, yesterday);
        Order resting = order("P000002", CALL, Side.SELL, OrderStatus.PENDING, yesterday);
        Order heldBuy = order("P000003", CALL, Side.BUY, OrderStatus.FILLED, yesterday);
        Fill f1 = fill("T000001", settledBuy, Money.ofWholeRupees(50), yesterday);
        Fill f2 = fill("T000002", heldBuy, Money.ofWholeRupees(100), yesterday);
        Settlement settled = new Settlement(
                EXPIRED, LOT, Money.ofWholeRupees(22_600), Money.ofWholeRupees(100), at(EARLIER, 16, 0), Charges.NONE);
        return new PaperBook(
                "history",
                3,
                List.of(
                        new PaperOrder(settledBuy, yesterday),
                        new PaperOrder(resting, yesterday),
                        new PaperOrder(heldBuy, yesterday)),
                List.of(new BookedFill(f1, Charges.NONE), new BookedFill(f2, Charges.NONE)),
                List.of(settled),
                List.of(
                        new LedgerEntry(
                                LedgerEntry.Kind.DEPOSIT, Money.ofWholeRupees(1_000_000), yesterday, "deposit", ""),
                        new LedgerEntry(LedgerEntry.Kind.PREMIUM, f1.value().negate(), yesterday, "T000001", ""),
                        new LedgerEntry(LedgerEntry.Kind.PREMIUM, f2.value().negate(), yesterday, "T000002", ""),
                        new LedgerEntry(LedgerEntry.Kind.SETTLEMENT, settled.cash(), at(EARLIER, 16, 0), "x", "")));
    }

    /**
     * A step of today: the resting order expires, a new order is placed and fills part in two fills with charges, the
     * held position is sold, and a (made-up) settlement of {@link #CALL} is booked.
     */
    private static void step(AccountBook book) {
        Instant now = at(DAY, 11, 0);
        PaperOrder resting = book.order("P000002").orElseThrow();
        book.put(resting.with(resting.order().with(OrderStatus.EXPIRED, 0, Money.ZERO, "day over", now)));
        Order placed = order(book.nextOrderId(), CALL, Side.SELL, OrderStatus.PENDING, now);
        book.put(new PaperOrder(placed, now));
        Charges charges = new Charges(
                Money.ofWholeRupees(20),
                Money.ofWholeRupees(5),
                Money.ofPaise(300),
                Money.ofPaise(1),
                Money.ZERO,
                Money.ofPaise(1),
                Money.ofPaise(420));
        book.book(fill(book.nextTradeId(), placed, Money.ofWholeRupees(101), now), charges);
        book.put(new PaperOrder(
                placed.with(OrderStatus.PARTIALLY_FILLED, LOT, Money.ofWholeRupees(101 * LOT), "", now), now));
        book.book(fill(book.nextTradeId(), placed, Money.ofWholeRupees(102), now), Charges.NONE);
        book.book(new Settlement(CALL, -LOT, Money.ofWholeRupees(22_600), Money.ofWholeRupees(100), now, Charges.NONE));
    }

    /** Everything the broker reads from a book, by name. */
    private static Map<String, Object> observe(AccountBook book) {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("nextOrderId", book.nextOrderId());
        seen.put("nextTradeId", book.nextTradeId());
        for (String id : List.of("P000001", "P000002", "P000003", "P000004")) {
            seen.put("order " + id, book.order(id));
        }
        seen.put("byCorrelation", book.orderByCorrelationId(new CorrelationId("c-P000004")));
        seen.put("open", book.openOrders());
        seen.put("cash", book.cash());
        for (LocalDate day : List.of(EARLIER, DAY, DAY.plusDays(1))) {
            seen.put("orders " + day, book.placedOnOrOpen(day));
            seen.put("fills " + day, book.fillsOn(day));
            seen.put("cashBefore " + day, book.cashBefore(day));
            seen.put("heldOrTraded " + day, book.heldOrTradedOn(day));
        }
        for (LocalDate expiry : List.of(EARLIER, CALL.expiry())) {
            seen.put("settlements " + expiry, book.settlementsOf(expiry));
        }
        seen.put("held", book.held());
        seen.put("traded " + CALL, book.traded(CALL));
        seen.put("traded " + EXPIRED, book.traded(EXPIRED));
        return seen;
    }

    private static Order order(String id, OptionInstrument c, Side side, OrderStatus status, Instant at) {
        OrderRequest r = OrderRequest.limit(new CorrelationId("c-" + id), c, side, LOT, LOT, Money.ofWholeRupees(100));
        int filled = status == OrderStatus.FILLED ? LOT : 0;
        return new Order(id, r, status, filled, Money.ofWholeRupees(100L * filled), "", at);
    }

    private static Fill fill(String tradeId, Order o, Money price, Instant at) {
        OrderRequest r = o.request();
        return new Fill(tradeId, o.orderId(), r.correlationId(), r.instrument(), r.side(), LOT, price, at);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static OptionInstrument call(long strike, LocalDate expiry) {
        return new OptionInstrument("NIFTY", Right.CALL, Money.ofWholeRupees(strike), expiry);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(IST).toInstant();
    }

    /** A store that refuses the first commit after it is armed, storing nothing. */
    private static final class RefuseOnce implements PaperAccountStore {

        private final PaperAccountStore delegate;
        private boolean armed;
        private int refused;

        RefuseOnce(PaperAccountStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public PaperBook open(String account, Money openingDeposit, Instant at) {
            return delegate.open(account, openingDeposit, at);
        }

        @Override
        public long version(String account) {
            return delegate.version(account);
        }

        @Override
        public PaperBook load(String account) {
            return delegate.load(account);
        }

        @Override
        public boolean commit(String account, long expectedVersion, PaperChanges changes) {
            if (armed && !changes.orders().isEmpty()) {
                armed = false;
                refused++;
                return false;
            }
            return delegate.commit(account, expectedVersion, changes);
        }
    }
}
