package io.optionsv4.engine.paper;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.BrokerException;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.Funds;
import io.optionsv4.core.trade.Instrument;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderType;
import io.optionsv4.core.trade.Position;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The paper broker keeps its account book incrementally: after every call of a random sequence of placements,
 * modifications, cancellations, polls, re-quotes and days passing (two expiries settle on the way), what the broker
 * shows equals what a book rebuilt from scratch from the store ({@link AccountBook#of}) shows, and what the
 * whole-history scans of the stored book (the broker's algorithms before the book was incremental) compute. A second
 * broker whose store refuses commits at random (never twice in a row) answers every call the same and stores exactly
 * the same account: a refused step leaves no trace.
 */
class AccountBookProperties {

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);
    private static final int LOT = 75;
    private static final List<OptionInstrument> CONTRACTS = List.of(
            option(Right.CALL, 22_500, DAY.plusDays(1)),
            option(Right.PUT, 22_500, DAY.plusDays(1)),
            option(Right.CALL, 22_700, DAY.plusDays(3)),
            option(Right.PUT, 22_400, DAY.plusDays(3)));
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();
    private static Database database;

    /**
     * One call: {@code kind} 0 market order, 1 limit order, 2 modify an open order, 3 cancel an order, 4 poll, 5
     * re-quote a contract, 6 move to the next day's open; then the clock moves {@code minutes} on.
     */
    record Action(int kind, int contract, boolean buy, int lots, int ticks, int minutes) {}

    @BeforeContainer
    static void openDatabase() {
        database = TestDatabases.fresh();
    }

    @AfterContainer
    static void closeDatabase() {
        database.close();
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Action> action = Combinators.combine(
                        Arbitraries.frequency(
                                Tuple.of(3, 0),
                                Tuple.of(4, 1),
                                Tuple.of(2, 2),
                                Tuple.of(2, 3),
                                Tuple.of(1, 4),
                                Tuple.of(2, 5),
                                Tuple.of(1, 6)),
                        Arbitraries.integers().between(0, CONTRACTS.size() - 1),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(-40, 40),
                        Arbitraries.integers().between(0, 60))
                .as(Action::new);
        return action.list().ofMinSize(5).ofMaxSize(60);
    }

    @Property(tries = 20)
    void test_incrementalBook_equalsTheBookRebuiltFromTheStore_andRefusedCommitsLeaveNoTrace(
            @ForAll("actions") List<Action> actions, @ForAll long refusalSeed) {
        QuotedMarket market = new QuotedMarket(22_550);
        double[] prices = {90, 60, 40, 30};
        for (int i = 0; i < CONTRACTS.size(); i++) {
            market.quote(CONTRACTS.get(i), LOT, book(prices[i]));
        }
        market.underlyingClose("NIFTY", DAY.plusDays(1), 22_620);
        market.underlyingClose("NIFTY", DAY.plusDays(3), 22_300);
        TestClock clock = new TestClock(DAY.atTime(9, 30).atZone(IST).toInstant());
        JdbiPaperAccountStore store = new JdbiPaperAccountStore(database.jdbi());
        RefusingStore refusing = new RefusingStore(store, new Random(refusalSeed));
        int n = ACCOUNTS.incrementAndGet();
        PaperSettings settings = PaperSettings.DEFAULT
                .withOpeningDeposit(Money.ofWholeRupees(1_500_000))
                .withAccount("book-" + n);
        PaperBroker broker = new PaperBroker(market, store, clock, settings);
        PaperBroker twin = new PaperBroker(market, refusing, clock, settings.withAccount("twin-" + n));

        for (int i = 0; i < actions.size(); i++) {
            Action a = actions.get(i);
            if (a.kind() == 5) {
                int c = a.contract();
                prices[c] = Math.max(5, prices[c] + a.ticks() * 0.25);
                market.quote(CONTRACTS.get(c), LOT, book(prices[c]));
            } else if (a.kind() == 6) {
                Instant now = clock.instant();
                Instant open = MarketHours.date(now)
                        .plusDays(1)
                        .atTime(9, 20)
                        .atZone(IST)
                        .toInstant();
                clock.advance(Duration.between(now, open));
            }
            PaperBook before = store.load(settings.account());
            Object answer = call(broker, a, i, prices, before);
            assertThat(call(twin, a, i, prices, before))
                    .as("action %d %s", i, a)
                    .isEqualTo(answer);
            assertShowsTheStoredBook(broker, twin, store, settings, market, clock);
            clock.advance(Duration.ofMinutes(a.minutes()));
        }
        PaperBook stored = store.load(settings.account());
        PaperBook twinStored = store.load("twin-" + n);
        assertThat(twinStored.version()).isEqualTo(stored.version());
        assertThat(twinStored.orders()).isEqualTo(stored.orders());
        assertThat(twinStored.fills()).isEqualTo(stored.fills());
        assertThat(twinStored.settlements()).isEqualTo(stored.settlements());
        assertThat(twinStored.ledger()).isEqualTo(stored.ledger());
        Statistics.label("fills").collect(bucket(stored.fills().size()));
        Statistics.label("settlements").collect(bucket(stored.settlements().size()));
        Statistics.label("refused commits").collect(bucket(refusing.refused));
    }

    /** Makes the call of {@code a} and returns its answer, or the exception's kind and message. */
    private static Object call(PaperBroker broker, Action a, int index, double[] prices, PaperBook stored) {
        OptionInstrument contract = CONTRACTS.get(a.contract());
        Side side = a.buy() ? Side.BUY : Side.SELL;
        CorrelationId tag = new CorrelationId("action-" + index);
        Money limit = Money.ofPaise(Math.max(5, Math.round(prices[a.contract()] * 100) + a.ticks() * 5L));
        List<PaperOrder> open =
                stored.orders().stream().filter(p -> p.order().status().open()).toList();
        List<PaperOrder> all = stored.orders();
        try {
            return switch (a.kind()) {
                case 0 ->
                    broker.place(new OrderRequest(
                            tag,
                            contract,
                            side,
                            a.lots() * LOT,
                            LOT,
                            OrderType.MARKET,
                            Optional.empty(),
                            Validity.DAY));
                case 1 -> broker.place(OrderRequest.limit(tag, contract, side, a.lots() * LOT, LOT, limit));
                case 2 ->
                    open.isEmpty()
                            ? broker.poll()
                            : broker.modify(open.get(a.lots() % open.size()).orderId(), limit);
                case 3 ->
                    all.isEmpty()
                            ? broker.poll()
                            : broker.cancel(
                                    all.get((a.lots() * 7 + index) % all.size()).orderId());
                default -> broker.poll();
            };
        } catch (BrokerException e) {
            return e.kind() + ": " + e.getMessage();
        }
    }

    private static void assertShowsTheStoredBook(
            PaperBroker broker,
            PaperBroker twin,
            PaperAccountStore store,
            PaperSettings settings,
            QuotedMarket market,
            TestClock clock) {
        broker.poll();
        twin.poll();
        long version = store.version(settings.account());
        List<Order> orders = broker.orders();
        List<Fill> trades = broker.trades();
        List<Position> positions = broker.positions();
        Funds funds = broker.funds();
        assertThat(store.version(settings.account()))
                .as("reading the account changes nothing")
                .isEqualTo(version);
        assertThat(twin.orders()).isEqualTo(orders);
        assertThat(twin.trades()).isEqualTo(trades);
        assertThat(twin.positions()).isEqualTo(positions);
        assertThat(twin.funds()).isEqualTo(funds);

        PaperBook stored = store.load(settings.account());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = MarketHours.date(now);
        PaperRules rules = PaperRules.of(market, settings);
        AccountBook rebuilt = AccountBook.of(stored);
        MarketView view = new MarketView(market, today, settings.prices());
        PortfolioFunds portfolio = new PortfolioFunds(rules, rebuilt, view, now);
        AccountView shown = new AccountView(rules, rebuilt, view, portfolio);
        assertThat(orders).isEqualTo(shown.orders()).isEqualTo(scannedOrders(stored, today));
        assertThat(trades).isEqualTo(shown.trades()).isEqualTo(scannedTrades(stored, today));
        assertThat(positions).isEqualTo(shown.positions()).isEqualTo(scannedPositions(stored, today));
        assertThat(funds).isEqualTo(shown.funds());
        Instant startOfDay = today.atStartOfDay(IST).toInstant();
        assertThat(funds.startOfDay()).isEqualTo(cash(stored, startOfDay));
        assertThat(funds.available().plus(funds.utilized())).isEqualTo(cash(stored, null));
        assertThat(rebuilt.nextOrderId())
                .isEqualTo(String.format("P%06d", stored.orders().size() + 1));
        assertThat(rebuilt.nextTradeId())
                .isEqualTo(String.format("T%06d", stored.fills().size() + 1));
    }

    private static List<Order> scannedOrders(PaperBook stored, LocalDate today) {
        return stored.orders().stream()
                .filter(p -> p.order().status().open()
                        || MarketHours.date(p.placedAt()).equals(today))
                .map(PaperOrder::order)
                .toList();
    }

    private static List<Fill> scannedTrades(PaperBook stored, LocalDate today) {
        return stored.fills().stream()
                .map(BookedFill::fill)
                .filter(f -> MarketHours.date(f.time()).equals(today))
                .toList();
    }

    /** The positions as the broker computed them before its book was incremental: every fill and settlement merged. */
    private static List<Position> scannedPositions(PaperBook stored, LocalDate today) {
        Map<Instrument, AccountBook.Traded> traded = new LinkedHashMap<>();
        List<Instrument> activeToday = new ArrayList<>();
        for (BookedFill b : stored.fills()) {
            Fill f = b.fill();
            traded.merge(
                    f.instrument(), AccountBook.Traded.of(f.side(), f.quantity(), f.value()), AccountBook.Traded::plus);
            if (MarketHours.date(f.time()).equals(today)) {
                activeToday.add(f.instrument());
            }
        }
        for (Settlement s : stored.settlements()) {
            Side side = s.quantity() > 0 ? Side.SELL : Side.BUY;
            int units = Math.abs(s.quantity());
            traded.merge(
                    s.instrument(),
                    AccountBook.Traded.of(side, units, s.intrinsicValue().times(units)),
                    AccountBook.Traded::plus);
            if (MarketHours.date(s.settledAt()).equals(today)) {
                activeToday.add(s.instrument());
            }
        }
        List<Position> positions = new ArrayList<>();
        traded.forEach((instrument, t) -> {
            if (t.net() != 0 || activeToday.contains(instrument)) {
                positions.add(new Position(instrument, t.buyQuantity(), t.buyValue(), t.sellQuantity(), t.sellValue()));
            }
        });
        return positions;
    }

    /** Returns the sum of the ledger, of the entries booked before {@code before} when it is not null. */
    private static Money cash(PaperBook stored, Instant before) {
        Money sum = Money.ZERO;
        for (LedgerEntry e : stored.ledger()) {
            if (before == null || e.bookedAt().isBefore(before)) {
                sum = sum.plus(e.amount());
            }
        }
        return sum;
    }

    private static String bucket(int count) {
        return count == 0 ? "0" : count < 10 ? "1-9" : "10+";
    }

    private static BidAsk book(double bid) {
        return new BidAsk(bid, bid + 1, 2L * LOT, 2L * LOT);
    }

    private static OptionInstrument option(Right right, long strike, LocalDate expiry) {
        return new OptionInstrument("NIFTY", right, Money.ofWholeRupees(strike), expiry);
    }

    /** A store that refuses a commit (storing nothing) at random, never two in a row. */
    private static final class RefusingStore implements PaperAccountStore {

        private final PaperAccountStore delegate;
        private final Random random;
        private boolean refusedLast;
        private int refused;

        RefusingStore(PaperAccountStore delegate, Random random) {
            this.delegate = delegate;
            this.random = random;
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
            if (!refusedLast && random.nextInt(3) == 0) {
                refusedLast = true;
                refused++;
                return false;
            }
            refusedLast = false;
            return delegate.commit(account, expectedVersion, changes);
        }
    }
}
