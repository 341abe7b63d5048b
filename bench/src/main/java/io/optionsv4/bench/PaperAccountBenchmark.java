package io.optionsv4.bench;

import io.optionsv4.core.costs.Charges;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.Funds;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderStatus;
import io.optionsv4.core.trade.OrderType;
import io.optionsv4.core.trade.Validity;
import io.optionsv4.core.trade.paper.BookedFill;
import io.optionsv4.core.trade.paper.LedgerEntry;
import io.optionsv4.core.trade.paper.PaperBook;
import io.optionsv4.core.trade.paper.PaperChanges;
import io.optionsv4.core.trade.paper.PaperOrder;
import io.optionsv4.core.trade.paper.Settlement;
import io.optionsv4.engine.paper.PaperBroker;
import io.optionsv4.engine.paper.PaperSettings;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import io.optionsv4.store.Database;
import io.optionsv4.store.DbConfig;
import io.optionsv4.store.JdbiPaperAccountStore;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One call of the paper broker on an account with a long history against a fresh account: {@code funds()} (the
 * catch-up step, the margin of what is held and the cash) and {@code place} of an immediate-or-cancel limit buy that
 * is not marketable (the catch-up, the refusal checks with the portfolio's margin, the order accepted and its rest
 * cancelled, one stored step). The history ({@link #settledFills} fills, each of one lot of a contract that expired
 * and settled the same day, four a day over the calendar days before the measured day, with their premium and
 * settlement ledger entries: {@code 10000} is about seven years of a busy backtest) is stored in the embedded
 * PostgreSQL 17 before the trial; nothing of it is open or held on the measured day (2026-11-20 10:00 IST, the
 * simulated market with seed 42), so a broker whose cost does not depend on the history shows the same time for both.
 *
 * <p>Run: {@code bench/run-paper-account.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PaperAccountBenchmark {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final int LOT = 75;

    /** The fills of the account's history, each settled at its contract's expiry. */
    @Param({"0", "10000"})
    public int settledFills;

    private Path home;
    private Database database;
    private PaperBroker broker;
    private OptionInstrument contract;
    private int lot;
    private long placed;

    /** Opens the database, stores the account's history and opens the broker over it. */
    @Setup(Level.Trial)
    public void open() throws IOException {
        home = Files.createTempDirectory("options-v4-bench-paper-account");
        database = Database.open(DbConfig.embedded(home));
        SimulatedMarketData market = new SimulatedMarketData(42);
        Clock clock = Clock.fixed(at(DAY, 10, 0), ZoneId.of("UTC"));
        LocalDate expiry = market.expiries("NIFTY", DAY).stream()
                .map(e -> e.date())
                .filter(d -> !d.isBefore(DAY.plusDays(7)))
                .findFirst()
                .orElseThrow();
        OptionChain chain = market.optionChain("NIFTY", expiry, DAY);
        double spot = chain.spot().orElseThrow();
        double atm = chain.strikes().stream()
                .min((a, b) -> Double.compare(Math.abs(a - spot), Math.abs(b - spot)))
                .orElseThrow();
        lot = chain.lotSize().orElseThrow().unitsPerLot();
        contract = new OptionInstrument("NIFTY", Right.CALL, Money.ofRupees(atm, RoundingMode.HALF_UP), expiry);
        String account = "history-" + settledFills;
        JdbiPaperAccountStore store = new JdbiPaperAccountStore(database.jdbi());
        PaperBook opened = store.open(account, Money.ofWholeRupees(10_000_000), at(DAY.minusYears(30), 9, 0));
        if (settledFills > 0 && !store.commit(account, opened.version(), history(settledFills))) {
            throw new IllegalStateException("the history of " + account + " was not stored");
        }
        broker = new PaperBroker(market, store, clock, PaperSettings.DEFAULT.withAccount(account));
        Funds funds = broker.funds();
        if (!broker.positions().isEmpty() || funds.utilized().paise() != 0) {
            throw new IllegalStateException("the history left positions or open orders: " + funds);
        }
    }

    /** Closes the database. */
    @TearDown(Level.Trial)
    public void close() {
        database.close();
    }

    /** The account's funds. */
    @Benchmark
    public Funds funds() {
        return broker.funds();
    }

    /** An immediate-or-cancel limit buy at 0.05, far below the market: accepted, its rest cancelled at once. */
    @Benchmark
    public Order place() {
        OrderRequest request = new OrderRequest(
                new CorrelationId("bench-" + ++placed),
                contract,
                Side.BUY,
                lot,
                lot,
                OrderType.LIMIT,
                Optional.of(Money.ofPaise(5)),
                Validity.IOC);
        Order order = broker.place(request);
        if (order.status() != OrderStatus.CANCELLED) {
            throw new IllegalStateException("the order was not cancelled: " + order);
        }
        return order;
    }

    /** Returns {@code count} settled fills, four a day on the calendar days before {@link #DAY}. */
    private static PaperChanges history(int count) {
        List<PaperOrder> orders = new ArrayList<>(count);
        List<BookedFill> fills = new ArrayList<>(count);
        List<Settlement> settlements = new ArrayList<>(count);
        List<LedgerEntry> ledger = new ArrayList<>(2 * count);
        LocalDate first = DAY.minusDays(count / 4 + 1);
        for (int i = 0; i < count; i++) {
            LocalDate day = first.plusDays(i / 4);
            Instant time = at(day, 10, i % 4);
            OptionInstrument c = new OptionInstrument("NIFTY", Right.CALL, Money.ofWholeRupees(20_000 + i % 4), day);
            String orderId = String.format("P%06d", i + 1);
            String tradeId = String.format("T%06d", i + 1);
            CorrelationId tag = new CorrelationId("history-" + i);
            Money price = Money.ofWholeRupees(10);
            OrderRequest request = OrderRequest.limit(tag, c, Side.BUY, LOT, LOT, price);
            Order order = new Order(orderId, request, OrderStatus.FILLED, LOT, price.times(LOT), "", time);
            orders.add(new PaperOrder(order, time));
            Fill fill = new Fill(tradeId, orderId, tag, c, Side.BUY, LOT, price, time);
            fills.add(new BookedFill(fill, Charges.NONE));
            ledger.add(new LedgerEntry(LedgerEntry.Kind.PREMIUM, fill.value().negate(), time, tradeId, "history"));
            Instant settledAt = at(day, 16, 0);
            Settlement s = new Settlement(
                    c, LOT, Money.ofWholeRupees(20_005), Money.ofWholeRupees(5 - i % 4), settledAt, Charges.NONE);
            settlements.add(s);
            if (!s.cash().isZero()) {
                ledger.add(new LedgerEntry(LedgerEntry.Kind.SETTLEMENT, s.cash(), settledAt, "expiry", "history"));
            }
        }
        return new PaperChanges(orders, fills, settlements, ledger);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(INDIA).toInstant();
    }
}
