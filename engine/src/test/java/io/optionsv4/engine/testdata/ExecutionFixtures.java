package io.optionsv4.engine.testdata;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.Broker;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.StrategyLeg;
import io.optionsv4.engine.execution.ChainLegQuotes;
import io.optionsv4.engine.execution.ExecutionLog;
import io.optionsv4.engine.execution.ExecutionPorts;
import io.optionsv4.engine.execution.ExecutionService;
import io.optionsv4.engine.execution.ExecutionSettings;
import io.optionsv4.engine.execution.Pacer;
import io.optionsv4.engine.paper.PaperBroker;
import io.optionsv4.engine.paper.PaperSettings;
import io.optionsv4.marketdata.reference.ReferenceData;
import io.optionsv4.store.JdbiExecutionStore;
import io.optionsv4.store.JdbiPaperAccountStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;

/**
 * The execution's test world: a NIFTY iron condor (and its two-leg and three-leg cousins) stored as a marked strategy,
 * a {@link QuotedMarket} quoting its legs with deep books, a {@link PaperBroker} over the embedded PostgreSQL, and an
 * {@link ExecutionService} on a {@link TestClock} whose waits move the clock instead of sleeping.
 */
public final class ExecutionFixtures {

    /** A Tuesday. */
    public static final LocalDate DAY = LocalDate.of(2026, 1, 6);

    /** 10:00 in India on {@link #DAY}. */
    public static final Instant TEN_AM =
            DAY.atTime(10, 0).atZone(ZoneId.of("Asia/Kolkata")).toInstant();

    /** The legs' expiry. */
    public static final LocalDate EXPIRY = LocalDate.of(2026, 1, 27);

    /** NIFTY's lot. */
    public static final int LOT = 75;

    /** The spot. */
    public static final double SPOT = 22_550;

    /** Units shown at each side of the default books: deep enough never to limit a fill. */
    public static final long DEEP = 1_000_000;

    private static final AtomicLong KEYS = new AtomicLong();

    private ExecutionFixtures() {}

    /** The iron condor's legs: long 22000 put, short 22300 put, short 22800 call, long 23100 call. */
    public static List<StrategyLeg> ironCondor() {
        return List.of(
                leg(0, Side.BUY, Right.PUT, 22_000, 40.5),
                leg(1, Side.SELL, Right.PUT, 22_300, 90.5),
                leg(2, Side.SELL, Right.CALL, 22_800, 85.5),
                leg(3, Side.BUY, Right.CALL, 23_100, 35.5));
    }

    /** A bull put spread: short 22300 put, long 22000 put (the sell leg listed first). */
    public static List<StrategyLeg> bullPutSpread() {
        return List.of(leg(0, Side.SELL, Right.PUT, 22_300, 90.5), leg(1, Side.BUY, Right.PUT, 22_000, 40.5));
    }

    /** A call ratio spread: long one 22800 call, short two 23100 calls. */
    public static List<StrategyLeg> callRatio() {
        return List.of(leg(0, Side.BUY, Right.CALL, 22_800, 85.5), legLots(1, Side.SELL, Right.CALL, 23_100, 35.5, 2));
    }

    /** Returns a leg of one lot at {@code strike} with the analysed premium {@code premium}. */
    public static StrategyLeg leg(int index, Side side, Right right, long strike, double premium) {
        return legLots(index, side, right, strike, premium, 1);
    }

    private static StrategyLeg legLots(int index, Side side, Right right, long strike, double premium, int lots) {
        return new StrategyLeg(index, side, right, Money.ofWholeRupees(strike), EXPIRY, lots, premium);
    }

    /** Quotes every leg's contract with a one-rupee book around its premium, {@code shown} units at each side. */
    public static void quote(QuotedMarket market, List<StrategyLeg> legs, long shown) {
        for (StrategyLeg l : legs) {
            market.quote(contract(l), LOT, book(l.premiumPerUnit(), shown));
        }
    }

    /** Returns the one-rupee book around {@code premium} with {@code shown} units at each side. */
    public static BidAsk book(double premium, long shown) {
        return new BidAsk(premium - 0.5, premium + 0.5, shown, shown);
    }

    /** Returns the contract of {@code leg}. */
    public static OptionInstrument contract(StrategyLeg leg) {
        return leg.instrument("NIFTY");
    }

    /**
     * Stores a strategy with {@code legs}, marked with {@code lots}, and returns it as the execution reads it.
     *
     * @param maxLossPerLot the analysis' net max loss per strategy lot, rupees
     */
    public static MarkedStrategy store(Jdbi jdbi, String name, List<StrategyLeg> legs, int lots, long maxLossPerLot) {
        long id = jdbi.inTransaction(h -> {
            long strategy = h.createUpdate("INSERT INTO strategies (symbol, trade_date, strategy_name, legs_key,"
                            + " spot_price, total_score, conviction, rank_in_symbol, net_max_loss_paise)"
                            + " VALUES ('NIFTY', :day, :name, :key, :spot, 0.7, 'HIGH', 1, :loss)")
                    .bind("day", DAY)
                    .bind("name", name)
                    .bind("key", name + " #" + KEYS.incrementAndGet() + " " + System.nanoTime())
                    .bind("spot", SPOT)
                    .bind("loss", maxLossPerLot * 100)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            for (StrategyLeg l : legs) {
                h.createUpdate("INSERT INTO strategy_details (strategy_id, leg_index, side, option_type, strike_price,"
                                + " expiry_date, lots, premium_per_unit, implied_volatility, delta, gamma, vega, theta,"
                                + " rho) VALUES (:id, :leg, :side, :right, :strike, :expiry, :lots, :premium, 0.15,"
                                + " 0.5, 0.001, 10, -5, 1)")
                        .bind("id", strategy)
                        .bind("leg", l.legIndex())
                        .bind("side", l.side().name())
                        .bind("right", l.right().name())
                        .bind("strike", l.strike().rupees())
                        .bind("expiry", l.expiry())
                        .bind("lots", l.lots())
                        .bind("premium", l.premiumPerUnit())
                        .execute();
            }
            h.createUpdate("INSERT INTO strategy_execution_status (strategy_id, status, lots) VALUES (:id, 'MARKED',"
                            + " :lots)")
                    .bind("id", strategy)
                    .bind("lots", lots)
                    .execute();
            return strategy;
        });
        return new JdbiExecutionStore(jdbi).strategy(id).orElseThrow();
    }

    /** Returns a paper broker on {@code account} (₹100 crore opening deposit) over {@code market}. */
    public static PaperBroker paper(Jdbi jdbi, QuotedMarket market, TestClock clock, String account) {
        return new PaperBroker(
                market,
                new JdbiPaperAccountStore(jdbi),
                clock,
                PaperSettings.DEFAULT.withAccount(account).withOpeningDeposit(Money.ofWholeRupees(1_000_000_000)));
    }

    /** Returns a service over {@code broker} whose waits move {@code clock}; the log file is {@code log}. */
    public static ExecutionService service(
            Jdbi jdbi, Broker broker, QuotedMarket market, TestClock clock, Optional<Path> log) {
        return service(jdbi, broker, market, clock, log, ExecutionSettings.DEFAULT);
    }

    /** Returns a service with {@code settings}. */
    public static ExecutionService service(
            Jdbi jdbi,
            Broker broker,
            QuotedMarket market,
            TestClock clock,
            Optional<Path> log,
            ExecutionSettings settings) {
        ReferenceData reference = ReferenceData.standard();
        return new ExecutionService(
                new ExecutionPorts(
                        broker,
                        new JdbiExecutionStore(jdbi),
                        new ChainLegQuotes(market, reference, DAY, true, clock),
                        reference,
                        CostCalculator.nseDhan()),
                settings,
                new ExecutionLog("execute", log, clock),
                clock,
                pacer(clock));
    }

    /** Returns the pacer that passes a wait by moving {@code clock}. */
    public static Pacer pacer(TestClock clock) {
        return (max, events) -> clock.advance(max);
    }
}
