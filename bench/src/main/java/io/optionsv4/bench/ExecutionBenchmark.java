package io.optionsv4.bench;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.engine.execution.ChainLegQuotes;
import io.optionsv4.engine.execution.ExecutionLimits;
import io.optionsv4.engine.execution.ExecutionLog;
import io.optionsv4.engine.execution.ExecutionOutcome;
import io.optionsv4.engine.execution.ExecutionPorts;
import io.optionsv4.engine.execution.ExecutionReport;
import io.optionsv4.engine.execution.ExecutionService;
import io.optionsv4.engine.execution.ExecutionSettings;
import io.optionsv4.engine.execution.Pacer;
import io.optionsv4.engine.paper.PaperBroker;
import io.optionsv4.engine.paper.PaperLiquidity;
import io.optionsv4.engine.paper.PaperSettings;
import io.optionsv4.marketdata.reference.ReferenceData;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import io.optionsv4.store.Database;
import io.optionsv4.store.DbConfig;
import io.optionsv4.store.JdbiExecutionStore;
import io.optionsv4.store.JdbiPaperAccountStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A 4-leg strategy from {@code execute} to all legs filled on the paper broker: a NIFTY iron condor of the simulated
 * market (seed 42, 2026-11-20 10:00 IST, the first expiry at least a week out, wings six strikes from the money, shorts
 * three) stored as a marked strategy, then {@link ExecutionService#execute} with everything production does: the
 * execution lock, the reconciliation of unfinished executions, the pre-trade checks (quotes, funds, the broker's basket
 * margin), the state machine's commits, four orders placed and filled by the {@link PaperBroker} (its account in the
 * same embedded PostgreSQL 17), each booked with its contract-note charges, and the audit log. Each invocation executes
 * a new stored copy of the strategy (and fails the run unless all four legs filled); each iteration opens a fresh
 * paper account (₹100 crore, so funds never run out, and the whole day's volume offered per snapshot, so hundreds of
 * condors against the simulated market's one snapshot of the day never run out of liquidity). Sample time: the
 * report's p0.50 is the median. Issue 15's target: 50 ms.
 *
 * <p>Run: {@code bench/run-execution.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExecutionBenchmark {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    /** The defaults, with room for every condor the benchmark opens. */
    private static final ExecutionSettings SETTINGS = new ExecutionSettings(
            ExecutionSettings.DEFAULT.entry(),
            ExecutionSettings.DEFAULT.unwind(),
            ExecutionSettings.DEFAULT.unwindTries(),
            ExecutionSettings.DEFAULT.brokerAttempts(),
            ExecutionSettings.DEFAULT.retryPause(),
            ExecutionSettings.DEFAULT.maxQuoteAge(),
            false,
            new ExecutionLimits(0.10, Integer.MAX_VALUE, 20, 0.50));

    private Path home;
    private Database database;
    private SimulatedMarketData market;
    private Clock clock;
    private List<Leg> legs;
    private ExecutionService service;
    private final java.util.concurrent.atomic.AtomicLong statements = new java.util.concurrent.atomic.AtomicLong();
    private long measuredStatements;
    private long executions;
    private TimedBroker timed;
    private long measuredNanos;
    private long brokerNanos;
    private MarkedStrategy next;
    private ExecutionReport last;
    private int accounts;
    private long keys;

    private record Leg(Side side, Right right, double strike, LocalDate expiry, double premium) {}

    /** Opens the embedded database and picks the condor's contracts from the simulated chain. */
    @Setup(Level.Trial)
    public void open() throws IOException {
        home = Files.createTempDirectory("options-v4-bench-execution");
        database = Database.open(DbConfig.embedded(home));
        database.jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.incrementAndGet();
            }
        });
        market = new SimulatedMarketData(42);
        clock = Clock.fixed(DAY.atTime(10, 0).atZone(INDIA).toInstant(), ZoneId.of("UTC"));
        LocalDate expiry = market.expiries("NIFTY", DAY).stream()
                .map(e -> e.date())
                .filter(d -> !d.isBefore(DAY.plusDays(7)))
                .findFirst()
                .orElseThrow();
        OptionChain chain = market.optionChain("NIFTY", expiry, DAY);
        List<Double> strikes = chain.strikes();
        double spot = chain.spot().orElseThrow();
        int atm = 0;
        for (int i = 0; i < strikes.size(); i++) {
            atm = Math.abs(strikes.get(i) - spot) < Math.abs(strikes.get(atm) - spot) ? i : atm;
        }
        legs = List.of(
                leg(chain, Side.BUY, Right.PUT, strikes.get(atm - 6)),
                leg(chain, Side.SELL, Right.PUT, strikes.get(atm - 3)),
                leg(chain, Side.SELL, Right.CALL, strikes.get(atm + 3)),
                leg(chain, Side.BUY, Right.CALL, strikes.get(atm + 6)));
    }

    /** Opens a fresh paper account and checks that the condor executes completely. */
    @Setup(Level.Iteration)
    public void account() {
        ReferenceData reference = ReferenceData.standard();
        PaperBroker paper = new PaperBroker(
                market,
                new JdbiPaperAccountStore(database.jdbi()),
                clock,
                PaperSettings.DEFAULT
                        .withAccount("bench-" + ++accounts)
                        .withOpeningDeposit(Money.ofWholeRupees(1_000_000_000))
                        .withLiquidity(new PaperLiquidity(1, 1))
                        .withTradingDays(new TradingDays(reference.calendar()::isPlannedTradingDay)));
        timed = new TimedBroker(paper);
        service = new ExecutionService(
                new ExecutionPorts(
                        timed,
                        new JdbiExecutionStore(database.jdbi()),
                        new ChainLegQuotes(market, reference, DAY, true, clock),
                        reference,
                        CostCalculator.nseDhan()),
                SETTINGS,
                new ExecutionLog("bench", Optional.of(ExecutionLog.file(home)), clock),
                clock,
                Pacer.REAL_TIME);
        ExecutionOutcome first = service.execute(List.of(store())).outcomes().get(0);
        if (first.result() != ExecutionOutcome.Result.EXECUTED || first.orders().size() != 4) {
            throw new IllegalStateException("the benchmark's condor did not execute: " + first.reason());
        }
    }

    /** Stores the next copy of the condor, marked for execution. */
    @Setup(Level.Invocation)
    public void mark() {
        next = store();
    }

    /** Stops the database and prints the broker's share of the measured time. */
    @TearDown(Level.Trial)
    public void close() {
        database.close();
        System.out.printf(
                "%nthe paper broker's calls took %.0f%% of the measured time; %.1f SQL statements per execution%n",
                100.0 * brokerNanos / measuredNanos, (double) measuredStatements / executions);
    }

    /** Refuses a measurement of anything but a completely executed condor. */
    @TearDown(Level.Invocation)
    public void executed() {
        ExecutionOutcome o = last.outcomes().get(0);
        if (o.result() != ExecutionOutcome.Result.EXECUTED || o.orders().size() != 4) {
            throw new IllegalStateException("a measured execution did not fill all four legs: " + o.reason());
        }
    }

    /** Executes the marked condor: returns once all four legs are filled and booked. */
    @Benchmark
    public ExecutionReport executeFourLegs() {
        long start = System.nanoTime();
        long broker = timed.nanos();
        long sql = statements.get();
        last = service.execute(List.of(next));
        measuredNanos += System.nanoTime() - start;
        brokerNanos += timed.nanos() - broker;
        measuredStatements += statements.get() - sql;
        executions++;
        return last;
    }

    private MarkedStrategy store() {
        Jdbi jdbi = database.jdbi();
        long id = jdbi.inTransaction(h -> {
            long strategy = h.createUpdate("INSERT INTO strategies (symbol, trade_date, strategy_name, legs_key,"
                            + " spot_price, total_score, conviction, rank_in_symbol, net_max_loss_paise)"
                            + " VALUES ('NIFTY', :day, 'Iron Condor', :key, 26000, 0.7, 'HIGH', 1, 2000000)")
                    .bind("day", DAY)
                    .bind("key", "bench " + ++keys + " " + System.nanoTime())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            for (int i = 0; i < legs.size(); i++) {
                Leg l = legs.get(i);
                h.createUpdate("INSERT INTO strategy_details (strategy_id, leg_index, side, option_type, strike_price,"
                                + " expiry_date, lots, premium_per_unit, implied_volatility, delta, gamma, vega, theta,"
                                + " rho) VALUES (:id, :leg, :side, :right, :strike, :expiry, 1, :premium, 0.15, 0.5,"
                                + " 0.001, 10, -5, 1)")
                        .bind("id", strategy)
                        .bind("leg", i)
                        .bind("side", l.side().name())
                        .bind("right", l.right().name())
                        .bind("strike", l.strike())
                        .bind("expiry", l.expiry())
                        .bind("premium", l.premium())
                        .execute();
            }
            h.execute(
                    "INSERT INTO strategy_execution_status (strategy_id, status, lots) VALUES (?, 'MARKED', 1)",
                    strategy);
            return strategy;
        });
        return new JdbiExecutionStore(jdbi).strategy(id).orElseThrow();
    }

    private static Leg leg(OptionChain chain, Side side, Right right, double strike) {
        OptionQuote q = chain.quote(strike, right).orElseThrow();
        double premium = q.bidAsk().map(b -> b.mid()).orElse(q.close());
        return new Leg(side, right, strike, chain.expiry(), premium);
    }
}
