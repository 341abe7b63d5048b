package io.optionsv4.bench;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.dhan.broker.DhanBroker;
import io.optionsv4.dhan.broker.DhanBrokerSettings;
import io.optionsv4.dhan.rest.DhanConfig;
import io.optionsv4.dhan.rest.DhanMarketData;
import io.optionsv4.dhan.rest.RateBudget;
import io.optionsv4.dhan.rest.Sleeper;
import io.optionsv4.dhan.scrip.ScripMaster;
import io.optionsv4.dhan.testdata.DhanScenario;
import io.optionsv4.dhan.testdata.FakeAccount;
import io.optionsv4.dhan.testdata.FakeDhanServer;
import io.optionsv4.dhan.testdata.ScripMasters;
import io.optionsv4.engine.execution.ChainLegQuotes;
import io.optionsv4.engine.execution.ExecutionLimits;
import io.optionsv4.engine.execution.ExecutionLog;
import io.optionsv4.engine.execution.ExecutionOutcome;
import io.optionsv4.engine.execution.ExecutionPorts;
import io.optionsv4.engine.execution.ExecutionReport;
import io.optionsv4.engine.execution.ExecutionService;
import io.optionsv4.engine.execution.ExecutionSettings;
import io.optionsv4.engine.execution.FreezeSlicingBroker;
import io.optionsv4.engine.execution.Pacer;
import io.optionsv4.marketdata.reference.FreezeLimits;
import io.optionsv4.marketdata.reference.ReferenceData;
import io.optionsv4.store.Database;
import io.optionsv4.store.DbConfig;
import io.optionsv4.store.JdbiExecutionStore;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
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
 * A 4-leg strategy from {@code execute} to all legs filled against the fake Dhan server, with no artificial latency:
 * the NIFTY iron butterfly of the Dhan fixtures' scenario (long 23150 put, short 23200 put and call, long 23250 call,
 * 30 January 2025, one lot of 75) stored as a marked strategy, then {@link ExecutionService#execute} as {@code execute
 * --live --confirm --data dhan} wires it: the {@link DhanBroker} (REST on the loopback, the order-update WebSocket
 * running) behind the {@link FreezeSlicingBroker}, quotes from the {@link DhanMarketData} option chain, the embedded
 * PostgreSQL 17 books, the pre-trade checks (Dhan's fund limit and basket margin calculator), four orders placed,
 * filled by the fake exchange against its book, read back and booked. The fake server's clock runs in real time from
 * the scenario's 10:31:17 IST (inside the session).
 *
 * <p>Dhan allows 10 orders and 20 non-trading calls in any second (the client-side limiter enforces both as sliding
 * windows): back to back, executions would soon measure the limiter, so every invocation starts 1.1 s after the last
 * one ended (outside the measurement): the figure is one strategy's latency, not a throughput. The option chain (one
 * call per 3 s at Dhan) is read once per iteration, by its first execution in the set-up, as one {@code execute}
 * reads it once per run.
 *
 * <p>Run: {@code bench/run-dhan-execution.sh}. Issue 15's target: 200 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DhanExecutionBenchmark {

    private static final ExecutionSettings SETTINGS = new ExecutionSettings(
            ExecutionSettings.DEFAULT.entry(),
            ExecutionSettings.DEFAULT.unwind(),
            ExecutionSettings.DEFAULT.unwindTries(),
            ExecutionSettings.DEFAULT.brokerAttempts(),
            ExecutionSettings.DEFAULT.retryPause(),
            ExecutionSettings.DEFAULT.maxQuoteAge(),
            false,
            new ExecutionLimits(0.10, Integer.MAX_VALUE, 20, 0.50));

    /**
     * The rate budget: {@code per-process} (in memory, no guard; the default, as the first measurements) or {@code
     * shared} (files in the run's {@code dhan-rate} directory with the 50 ms guard, as {@code execute --live} wires
     * it): {@code -p budget=shared}.
     */
    @Param({"per-process"})
    public String budget;

    private Path home;
    private Database database;
    private FakeDhanServer server;
    private Clock clock;
    private DhanConfig config;
    private ScripMaster scripMaster;
    private DhanBroker dhan;
    private ExecutionService service;
    private MarkedStrategy next;
    private ExecutionReport last;
    private long keys;

    /** Starts the embedded database and the fake Dhan server with its order-update socket. */
    @Setup(Level.Trial)
    public void open() throws IOException {
        home = Files.createTempDirectory("options-v4-bench-dhan-execution");
        database = Database.open(DbConfig.embedded(home));
        clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), DhanScenario.NOW));
        server = FakeDhanServer.start(
                clock, FakeDhanServer.Settings.DEFAULT.withAccount(FakeAccount.Settings.DEFAULT.withSodLimit(1e10)));
        server.account().bookCharges();
        config = new DhanConfig(
                server.baseUrl(),
                FakeDhanServer.CLIENT_ID,
                FakeDhanServer.ACCESS_TOKEN,
                DhanConfig.DEFAULT_REQUEST_TIMEOUT,
                DhanScenario.RETRY);
        if ("shared".equals(budget)) {
            config = config.withRateBudget(RateBudget.shared(home.resolve("dhan-rate")));
        }
        scripMaster = ScripMasters.fixture();
        dhan = new DhanBroker(
                config,
                scripMaster,
                DhanBrokerSettings.DEFAULT.withOrderUpdates(
                        server.orderUpdates().url()));
    }

    /** Builds the service over a fresh chain cache and checks that the strategy executes completely. */
    @Setup(Level.Iteration)
    public void service() throws IOException {
        ReferenceData reference = ReferenceData.standard();
        // the shipped freeze table starts in July 2025; the scenario's day gets the fake server's NIFTY limit
        FreezeLimits limits = FreezeLimits.parse(
                new StringReader(FreezeLimits.HEADER + "\nNIFTY,2025-01-01,2025-01-31,1800,fake Dhan server\n"),
                "bench");
        DhanMarketData market =
                new DhanMarketData(config, scripMaster, clock, Sleeper.SYSTEM, DhanMarketData.DEFAULT_RATE);
        service = new ExecutionService(
                new ExecutionPorts(
                        new FreezeSlicingBroker(dhan, limits::maxQuantity, clock),
                        new JdbiExecutionStore(database.jdbi()),
                        new ChainLegQuotes(market, reference, DhanScenario.TODAY, true, clock),
                        reference,
                        CostCalculator.nseDhan()),
                SETTINGS,
                new ExecutionLog("bench", Optional.of(ExecutionLog.file(home)), clock),
                clock,
                Pacer.REAL_TIME);
        last = service.execute(List.of(store()));
        executed();
    }

    /** Stores the next copy of the strategy and lets Dhan's order rate budget refill (not measured). */
    @Setup(Level.Invocation)
    public void mark() throws InterruptedException {
        next = store();
        Thread.sleep(1_100);
    }

    /** Refuses a measurement of anything but a completely executed strategy. */
    @TearDown(Level.Invocation)
    public void executed() {
        ExecutionOutcome o = last.outcomes().get(0);
        if (o.result() != ExecutionOutcome.Result.EXECUTED || o.orders().size() != 4) {
            throw new IllegalStateException("an execution did not fill all four legs: " + o.reason());
        }
    }

    /** Stops the broker, the server and the database. */
    @TearDown(Level.Trial)
    public void close() {
        dhan.close();
        server.close();
        database.close();
    }

    /** Executes the marked strategy: returns once all four legs are filled and booked. */
    @Benchmark
    public ExecutionReport executeFourLegs() {
        last = service.execute(List.of(next));
        return last;
    }

    private MarkedStrategy store() {
        record Leg(String side, String right, double strike, double premium) {}
        List<Leg> legs = List.of(
                new Leg("BUY", "PUT", 23_150, 49.6),
                new Leg("SELL", "PUT", 23_200, 69.25),
                new Leg("SELL", "CALL", 23_200, 91.1),
                new Leg("BUY", "CALL", 23_250, 66.35));
        Jdbi jdbi = database.jdbi();
        long id = jdbi.inTransaction(h -> {
            long strategy = h.createUpdate("INSERT INTO strategies (symbol, trade_date, strategy_name, legs_key,"
                            + " spot_price, total_score, conviction, rank_in_symbol, net_max_loss_paise)"
                            + " VALUES ('NIFTY', :day, 'Iron Butterfly', :key, 23215.6, 0.7, 'HIGH', 1, 1500000)")
                    .bind("day", DhanScenario.TODAY)
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
                        .bind("side", l.side())
                        .bind("right", l.right())
                        .bind("strike", l.strike())
                        .bind("expiry", DhanScenario.EXPIRY)
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
}
