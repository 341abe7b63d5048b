package io.optionsv4.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.exit.ExitSettings;
import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.market.Quote;
import io.optionsv4.core.portfolio.TradeLeg;
import io.optionsv4.core.selection.ConstructionSettings;
import io.optionsv4.core.strategy.StrategyCategory;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.paper.BookedFill;
import io.optionsv4.engine.pipeline.AnalysisSettings;
import io.optionsv4.marketdata.files.ProjectData;
import io.optionsv4.marketdata.history.HistoricalNiftyMarket;
import io.optionsv4.store.Database;
import io.optionsv4.store.testdata.TestDatabases;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a fortnight of the real NIFTY history through the whole loop (analysis, allocation, paper execution, exit
 * monitor, settlement, closing marks), recomputed by hand to the paisa from the quotes the market served and the
 * published rates of February 2020 ({@code docs/costs.md}).
 *
 * <p>The decisions (which strategy, which strikes, how many lots, which day it enters and leaves) are read from the
 * run's books; every rupee is recomputed here independently of the engine's code, by these rules:
 *
 * <ul>
 *   <li><b>Fills</b>: a buy trades at the ask rounded up to NSE's 5-paise tick, a sell at the bid rounded down
 *       (PaperBroker without slippage; the execution's first limit is that touch);
 *   <li><b>Charges</b> (the contract note of each day, Dhan's ₹20 per order): per order, brokerage ₹20, NSE
 *       transaction charge 0.05 % of premium turnover, SEBI fee ₹10 per crore, IPFT ₹0.01 per crore, GST 18 % of
 *       those four, each rounded half up to the paisa; per day, STT 0.05 % of the sell premium plus 0.125 % of the
 *       exercised intrinsic value, and stamp duty 0.002 % of the buy premium, each rounded half up to the rupee;
 *   <li><b>Settlement</b>: at the real NIFTY close of the expiry day, intrinsic value rounded half up to the paisa;
 *   <li><b>Closing marks</b>: a long leg at its bid, a short leg at its ask, of the day's chain.
 * </ul>
 *
 * <p>The market is the real history market, except that a contract's own chain is not served on its expiry day (as a
 * feed that drops expiring series would), and the settings pick near expiries (7 to 16 days) held to the expiry day's
 * morning: the monitor's time exit on the expiry day then finds no quote and the strategy is settled at the real close.
 * So 10 to 28 Feb 2020 holds entries every day, closing marks, profit targets and stops hit by the monitor (the 24 to
 * 26 Feb fall) and four strategies settled on 27 Feb 2020 at the NIFTY close, with exercise STT on the puts.
 *
 * <p>Found by this test: the closing mark of a long whose bid is zero was its close (now nothing); and the trade list's
 * costs round STT and stamp duty per strategy, the ledger per day (step 5 bounds the difference).
 */
class BacktestFortnightIT {

    private static final LocalDate FROM = LocalDate.of(2020, 2, 10);
    private static final LocalDate TO = LocalDate.of(2020, 2, 28);
    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final long CAPITAL_PAISE = 100_000_000L;

    // docs/costs.md, rates in force in February 2020 (nse-option-charges.csv).
    private static final BigDecimal BROKERAGE_PER_ORDER_PAISE = new BigDecimal("2000");
    private static final BigDecimal EXCHANGE_RATE = new BigDecimal("0.0005"); // 0.05 %
    private static final BigDecimal SEBI_RATE = new BigDecimal("0.000001"); // ₹10 per crore
    private static final BigDecimal IPFT_RATE = new BigDecimal("0.000000001"); // ₹0.01 per crore
    private static final BigDecimal GST_RATE = new BigDecimal("0.18");
    private static final BigDecimal STT_SELL_RATE = new BigDecimal("0.0005"); // 0.05 % of sell premium
    private static final BigDecimal STT_EXERCISE_RATE = new BigDecimal("0.00125"); // 0.125 % of intrinsic value
    private static final BigDecimal STAMP_BUY_RATE = new BigDecimal("0.00002"); // 0.002 % of buy premium

    /** One order of a day: its side and its premium turnover in paise. */
    private record Order(Side side, long turnoverPaise) {}

    @Test
    void test_fortnight_everyRupeeByHand() throws IOException {
        try (Database db = TestDatabases.fresh()) {
            fortnight(BacktestFixtures.ports(db.jdbi(), Clock.systemUTC()));
        }
    }

    /** The same fortnight on the in-memory working books the {@code backtest} command uses by default. */
    @Test
    void test_fortnight_everyRupeeByHand_inMemory() throws IOException {
        fortnight(BacktestFixtures.memoryPorts(Clock.systemUTC()));
    }

    private static void fortnight(BacktestPorts ports) throws IOException {
        HistoricalNiftyMarket history = HistoricalNiftyMarket.load(ProjectData.directory());
        BacktestMarket market = new ExpiringSeriesDropped(new HistoryBacktestMarket(history));
        BacktestResult result = new BacktestRunner(market, ports, Clock.systemUTC(), 1)
                .run(settings(), BacktestProgress.NONE, () -> false);
        List<TradeLeg> legs = ports.portfolio().trades();
        List<Fill> fills = ports.paperAccounts().load("backtest").fills().stream()
                .map(BookedFill::fill)
                .toList();
        check(result, legs, fills, history);
    }

    /**
     * The fixtures' settings with near expiries (7 to 16 days) held to the expiry day's morning (time exit at 0 days
     * to expiry), so that strategies entered in the fortnight also expire in it.
     */
    private static BacktestSettings settings() {
        BacktestSettings base = BacktestFixtures.settings("fortnight", FROM, TO);
        AnalysisSettings a = base.analysis();
        Map<StrategyCategory, ConstructionSettings.DteWindow> windows = new EnumMap<>(StrategyCategory.class);
        for (StrategyCategory c : StrategyCategory.values()) {
            windows.put(c, new ConstructionSettings.DteWindow(7, 10, 16));
        }
        ConstructionSettings construction = new ConstructionSettings(
                a.construction().liquidity(),
                windows,
                a.construction().farDteWindow(),
                a.construction().strikeDistances(),
                a.construction().strategyLots());
        Map<StrategyCategory, ExitSettings.CategoryExits> categories = new EnumMap<>(StrategyCategory.class);
        a.exits().categories().forEach((c, e) -> categories.put(c, atExpiry(e)));
        Map<String, ExitSettings.CategoryExits> strategies = new HashMap<>();
        a.exits().strategies().forEach((name, e) -> strategies.put(name, atExpiry(e)));
        ExitSettings exits = new ExitSettings(
                categories,
                strategies,
                a.exits().minimumPremiumShare(),
                a.exits().minimumHoldingDays());
        AnalysisSettings analysis =
                new AnalysisSettings(construction, a.preferences(), a.capital(), a.ranking(), exits, a.costs());
        return new BacktestSettings(
                base.runId(), FROM, TO, base.risk(), base.capitalPaise(), base.seed(), analysis, base.allocation());
    }

    private static ExitSettings.CategoryExits atExpiry(ExitSettings.CategoryExits e) {
        return new ExitSettings.CategoryExits(atExpiry(e.credit()), atExpiry(e.debit()));
    }

    private static ExitSettings.ExitRule atExpiry(ExitSettings.ExitRule r) {
        return new ExitSettings.ExitRule(
                r.profitTarget(), r.scaling(), r.premiumStop(), r.maxLossStop(), 0, r.greeks());
    }

    private static void check(
            BacktestResult result, List<TradeLeg> legs, List<Fill> fills, HistoricalNiftyMarket history) {
        assertThat(result.run().complete()).isTrue();
        Map<Long, List<TradeLeg>> byStrategy = new LinkedHashMap<>();
        legs.forEach(l -> byStrategy
                .computeIfAbsent(l.strategyId().value(), k -> new ArrayList<>())
                .add(l));
        BacktestTrade exited = result.trades().stream()
                .filter(t ->
                        t.exitReason().equals("STOP_LOSS") || t.exitReason().equals("PROFIT_TARGET"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no target or stop hit in the fortnight: " + result.trades()));
        BacktestTrade settled = result.trades().stream()
                .filter(t -> t.exitReason().equals("SETTLEMENT"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no settlement in the fortnight: " + result.trades()));

        // 1. Every fill of the paper broker is the touch of the day's chain on the tick.
        for (Fill f : fills) {
            OptionInstrument c = (OptionInstrument) f.instrument();
            LocalDate day = f.time().atZone(IST).toLocalDate();
            assertThat(f.price().paise())
                    .as("%s %s on %s", f.side(), c.displayName(), day)
                    .isEqualTo(fill(book(history, c, day), f.side()));
        }
        assertThat(fills).isNotEmpty();

        // 2. The exit by the monitor: gross = Σ sign × (exit − entry) × quantity, at the hand prices above.
        long exitedGross = 0;
        for (TradeLeg leg : byStrategy.get(exited.strategyId())) {
            LocalDate exitDay = leg.exit().orElseThrow().at().atZone(IST).toLocalDate();
            long exitPaise =
                    fill(book(history, leg.contract(), exitDay), leg.side().opposite());
            long entryPaise = fill(book(history, leg.contract(), exited.entryDate()), leg.side());
            exitedGross += leg.side().sign() * (exitPaise - entryPaise) * leg.quantity();
        }
        assertThat(exited.grossPnlPaise()).isEqualTo(exitedGross);

        // 3. The settlement: each leg at its intrinsic value on the real close of the expiry day; the long legs in the
        // money pay exercise STT (0.125 % of their intrinsic value, rounded to the rupee on the strategy's note).
        long settledGross = 0;
        long exercisedPaise = 0;
        LocalDate expiry =
                byStrategy.get(settled.strategyId()).get(0).contract().expiry();
        double close = history.asOf(expiry).quote("NIFTY", expiry).close();
        for (TradeLeg leg : byStrategy.get(settled.strategyId())) {
            long intrinsic = intrinsicPaise(leg.contract(), close);
            long entryPaise = fill(book(history, leg.contract(), settled.entryDate()), leg.side());
            settledGross += leg.side().sign() * (intrinsic - entryPaise) * leg.quantity();
            if (leg.side() == Side.BUY) {
                exercisedPaise += intrinsic * leg.quantity();
            }
        }
        assertThat(settled.exitDate()).isEqualTo(expiry);
        assertThat(settled.grossPnlPaise()).isEqualTo(settledGross);
        long exerciseStt = toRupee(STT_EXERCISE_RATE.multiply(BigDecimal.valueOf(exercisedPaise)));
        assertThat(settled.costsPaise()).isEqualTo(entryChargesOf(byStrategy.get(settled.strategyId())) + exerciseStt);

        // 4. The account day by day: cash moves by the premiums, the day's contract note and the settlements; equity
        // is the cash plus the open positions at the closing marks.
        long cash = CAPITAL_PAISE;
        long notes = 0;
        Map<OptionInstrument, Integer> positions = new LinkedHashMap<>();
        for (EquityPoint point : result.equity()) {
            LocalDate day = point.day();
            Map<String, Order> orders = new LinkedHashMap<>();
            for (Fill f : fills) {
                if (f.time().atZone(IST).toLocalDate().equals(day)) {
                    long value = f.price().paise() * f.quantity();
                    orders.merge(
                            f.orderId(),
                            new Order(f.side(), value),
                            (x, y) -> new Order(x.side(), x.turnoverPaise() + y.turnoverPaise()));
                    cash += f.side() == Side.SELL ? value : -value;
                    positions.merge((OptionInstrument) f.instrument(), f.side().sign() * f.quantity(), Integer::sum);
                }
            }
            long exercised = 0;
            for (Map.Entry<OptionInstrument, Integer> p : positions.entrySet()) {
                if (p.getKey().expiry().equals(day) && p.getValue() != 0) {
                    long intrinsic = intrinsicPaise(
                            p.getKey(), history.asOf(day).quote("NIFTY", day).close());
                    cash += intrinsic * p.getValue();
                    exercised += p.getValue() > 0 ? intrinsic * p.getValue() : 0;
                    p.setValue(0);
                }
            }
            long note = note(List.copyOf(orders.values()), exercised);
            notes += note;
            cash -= note;
            assertThat(point.cashPaise()).as("cash at the close of %s", day).isEqualTo(cash);
            long marks = 0;
            for (Map.Entry<OptionInstrument, Integer> p : positions.entrySet()) {
                if (p.getValue() != 0) {
                    BidAsk book = book(history, p.getKey(), day);
                    marks += p.getValue() * (p.getValue() > 0 ? paise(book.bid()) : paise(book.ask()));
                }
            }
            assertThat(point.equityPaise()).as("equity at the close of %s", day).isEqualTo(cash + marks);
        }

        // 5. The trade list's costs and the ledger's charges (the day notes above) differ only by where STT and stamp
        // duty are rounded to the rupee: once per day on the ledger's note, per strategy in the trade list (its entry
        // and exit charges as the execution booked them, its exercise STT alone). At most half a rupee per component
        // (STT, stamp duty) per strategy and day it trades or settles, each way.
        long tradeCosts =
                result.trades().stream().mapToLong(BacktestTrade::costsPaise).sum();
        long strategyDays = result.trades().stream()
                .mapToLong(t -> t.exitDate() == null ? 1 : 2)
                .sum();
        assertThat(Math.abs(tradeCosts - notes)).isLessThanOrEqualTo(2 * 50 * strategyDays * 2);
        assertThat(tradeCosts).isNotEqualTo(0);
    }

    /** The charges booked with a strategy's entry legs, as the broker booked them (checked in total by step 5). */
    private static long entryChargesOf(List<TradeLeg> legs) {
        return legs.stream().mapToLong(l -> l.charges().paise()).sum();
    }

    /** A day's contract note, total charges in paise, by the rules in the class comment. */
    private static long note(List<Order> orders, long exercisedPaise) {
        long total = 0;
        BigDecimal buy = BigDecimal.ZERO;
        BigDecimal sell = BigDecimal.ZERO;
        for (Order o : orders) {
            BigDecimal turnover = BigDecimal.valueOf(o.turnoverPaise());
            long brokerage = BROKERAGE_PER_ORDER_PAISE.longValueExact();
            long exchange = toPaisa(EXCHANGE_RATE.multiply(turnover));
            long sebi = toPaisa(SEBI_RATE.multiply(turnover));
            long ipft = toPaisa(IPFT_RATE.multiply(turnover));
            long gst = toPaisa(GST_RATE.multiply(BigDecimal.valueOf(brokerage + exchange + sebi + ipft)));
            total += brokerage + exchange + sebi + ipft + gst;
            buy = o.side() == Side.BUY ? buy.add(turnover) : buy;
            sell = o.side() == Side.SELL ? sell.add(turnover) : sell;
        }
        long sttPaise = toPaisa(STT_SELL_RATE.multiply(sell))
                + toPaisa(STT_EXERCISE_RATE.multiply(BigDecimal.valueOf(exercisedPaise)));
        long stt = toRupee(BigDecimal.valueOf(sttPaise));
        long stamp = toRupee(BigDecimal.valueOf(toPaisa(STAMP_BUY_RATE.multiply(buy))));
        return total + stt + stamp;
    }

    private static long toPaisa(BigDecimal paise) {
        return paise.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Rounds paise half up to whole rupees, in paise. */
    private static long toRupee(BigDecimal paise) {
        return paise.movePointLeft(2)
                .setScale(0, RoundingMode.HALF_UP)
                .movePointRight(2)
                .longValueExact();
    }

    /** A buy at the ask rounded up to the 5-paise tick, a sell at the bid rounded down (never below one tick). */
    private static long fill(BidAsk book, Side side) {
        if (side == Side.BUY) {
            long ask = BigDecimal.valueOf(book.ask())
                    .movePointRight(2)
                    .setScale(0, RoundingMode.CEILING)
                    .longValueExact();
            return Math.ceilDiv(ask, 5) * 5;
        }
        long bid = BigDecimal.valueOf(book.bid())
                .movePointRight(2)
                .setScale(0, RoundingMode.FLOOR)
                .longValueExact();
        return Math.max(5, Math.floorDiv(bid, 5) * 5);
    }

    private static long paise(double rupees) {
        return BigDecimal.valueOf(rupees)
                .movePointRight(2)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    private static long intrinsicPaise(OptionInstrument c, double close) {
        double strike = c.strike().rupees();
        double intrinsic = c.right() == Right.CALL ? Math.max(0, close - strike) : Math.max(0, strike - close);
        return paise(intrinsic);
    }

    /** The bid and ask the market served for {@code c} on {@code day}. */
    private static BidAsk book(HistoricalNiftyMarket history, OptionInstrument c, LocalDate day) {
        OptionChain chain = history.asOf(day).optionChain(c.symbol(), c.expiry(), day);
        OptionQuote q = chain.quote(c.strike().rupees(), c.right())
                .orElseThrow(() -> new AssertionError(c.displayName() + " not quoted on " + day));
        return q.bidAsk().orElseThrow(() -> new AssertionError(c.displayName() + " has no book on " + day));
    }

    /** The history market, except that no chain is served on its own expiry day. */
    private record ExpiringSeriesDropped(BacktestMarket inner) implements BacktestMarket {

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public String priceNotice() {
            return inner.priceNotice();
        }

        @Override
        public List<LocalDate> sessions(LocalDate from, LocalDate to) {
            return inner.sessions(from, to);
        }

        @Override
        public MarketData asOf(LocalDate day) {
            return new Dropping(inner.asOf(day), day);
        }

        @Override
        public LocalDate lastDate() {
            return inner.lastDate();
        }

        @Override
        public List<String> warnings(LocalDate day) {
            return inner.warnings(day);
        }
    }

    private record Dropping(MarketData view, LocalDate day) implements MarketData {

        @Override
        public List<String> symbols(LocalDate asOf) {
            return view.symbols(asOf);
        }

        @Override
        public Quote quote(String symbol, LocalDate asOf) {
            return view.quote(symbol, asOf);
        }

        @Override
        public List<Candle> dailyCandles(String symbol, LocalDate from, LocalDate to) {
            return view.dailyCandles(symbol, from, to);
        }

        @Override
        public List<Expiry> expiries(String symbol, LocalDate asOf) {
            return view.expiries(symbol, asOf);
        }

        @Override
        public OptionChain optionChain(String symbol, LocalDate expiry, LocalDate asOf) {
            if (expiry.equals(asOf)) {
                throw new MarketDataException("the expiring series " + symbol + " " + expiry + " is not served on "
                        + asOf + " (test market)");
            }
            return view.optionChain(symbol, expiry, asOf);
        }

        @Override
        public double indiaVix(LocalDate asOf) {
            return view.indiaVix(asOf);
        }

        @Override
        public List<Candle> indiaVixHistory(LocalDate from, LocalDate to) {
            return view.indiaVixHistory(from, to);
        }

        @Override
        public List<Candle> niftyHistory(LocalDate from, LocalDate to) {
            return view.niftyHistory(from, to);
        }
    }
}
