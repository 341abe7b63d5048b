package io.optionsv4.engine.testdata;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.ExecutionState;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.Funds;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.OrderRecord;
import io.optionsv4.core.trade.Position;
import io.optionsv4.core.trade.StrategyExecution;
import io.optionsv4.core.trade.StrategyLeg;
import io.optionsv4.engine.execution.ExecutionLimits;
import io.optionsv4.engine.execution.ExecutionOutcome;
import io.optionsv4.engine.execution.ExecutionService;
import io.optionsv4.engine.execution.ExecutionSettings;
import io.optionsv4.engine.paper.PaperBroker;
import io.optionsv4.engine.testdata.FaultPlan.LegFault;
import io.optionsv4.store.Database;
import io.optionsv4.store.DbConfig;
import io.optionsv4.store.JdbiExecutionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * The execution's reliability harness: randomised runs of the state machine over the paper broker behind a
 * {@link FaultInjectingBroker}. Each run stores a marked strategy (an iron condor, a bull put spread or a 1:2 call
 * ratio spread, 1-3 lots), draws a {@link FaultPlan} (a fault on one order of one leg, a crash at a random broker
 * call, a dropped connection, duplicated and reordered events), and executes it; after a crash it abandons the service
 * and the paper broker and starts new ones over the same database (a restarted process), and after a stop it runs
 * again, until the execution is terminal (at most {@link #ROUNDS} rounds). Then it checks the invariants: the execution
 * is terminal; the broker's net position in each contract moved by exactly the strategy's legs (executed) or not at
 * all (failed): no naked short; no correlation id reached the broker twice; every transition of the strategy is in
 * the audit log on a legal path ending in its state, every order has its {@code order.sent} line and every filled
 * order its {@code order.booked} line; the books' positions and premiums equal the broker's fills, and the paper
 * account's cash equals the fund ledger.
 *
 * <p>{@code main} runs N (default 1,000) for {@code bench/run-execution-faults.sh}; {@code ExecutionFaultsIT} runs
 * 100 in the build. Batches of {@link #BATCH} runs share one database schema, one paper account and one test clock.
 */
public final class ExecutionFaults {

    /** Runs per database schema and paper account. */
    public static final int BATCH = 100;

    /** The most executions of one run (the first and the restarts). */
    public static final int ROUNDS = 8;

    /** The harness's settings: the defaults, with room for every strategy of a batch. */
    public static final ExecutionSettings SETTINGS = new ExecutionSettings(
            ExecutionSettings.DEFAULT.entry(),
            ExecutionSettings.DEFAULT.unwind(),
            ExecutionSettings.DEFAULT.unwindTries(),
            ExecutionSettings.DEFAULT.brokerAttempts(),
            ExecutionSettings.DEFAULT.retryPause(),
            ExecutionSettings.DEFAULT.maxQuoteAge(),
            false,
            new ExecutionLimits(0.10, 10_000, 20, 0.50));

    /**
     * One run's outcome.
     *
     * @param run the run's number
     * @param plan the faults
     * @param state the execution's final state, empty when it never started
     * @param rounds how many executions it took
     * @param crashes how many crashes it survived
     * @param stops how many executions stopped (broker unavailable) before the terminal one
     * @param violations the invariants broken (must be empty)
     */
    public record RunOutcome(
            int run,
            FaultPlan plan,
            Optional<ExecutionState> state,
            int rounds,
            int crashes,
            int stops,
            List<String> violations) {}

    /**
     * The totals of a harness.
     *
     * @param runs the runs
     * @param executed runs ending ENTERED
     * @param failed runs ending FAILED (unwound)
     * @param crashes crashes survived
     * @param stops stopped executions resumed
     * @param faults runs per leg fault
     * @param violations every invariant broken, with its run
     */
    public record Summary(
            int runs,
            int executed,
            int failed,
            int crashes,
            int stops,
            Map<LegFault, Integer> faults,
            List<String> violations) {}

    private final Supplier<Database> databases;

    /** Creates the harness over fresh databases from {@code databases} (one per batch). */
    public ExecutionFaults(Supplier<Database> databases) {
        this.databases = databases;
    }

    /** Runs {@code runs} randomised runs from {@code seed}; {@code progress} sees each run's outcome. */
    public Summary run(int runs, long seed, java.util.function.Consumer<RunOutcome> progress) {
        Random random = new Random(seed);
        int executed = 0;
        int failed = 0;
        int crashes = 0;
        int stops = 0;
        Map<LegFault, Integer> faults = new EnumMap<>(LegFault.class);
        List<String> violations = new ArrayList<>();
        for (int start = 0; start < runs; start += BATCH) {
            try (Database database = databases.get()) {
                Batch batch = new Batch(database.jdbi(), "faults-" + Long.toHexString(random.nextLong() >>> 20));
                for (int run = start; run < Math.min(runs, start + BATCH); run++) {
                    RunOutcome o = batch.run(run + 1, new Random(random.nextLong()));
                    progress.accept(o);
                    executed +=
                            o.state().filter(s -> s == ExecutionState.ENTERED).isPresent() ? 1 : 0;
                    failed += o.state().filter(s -> s == ExecutionState.FAILED).isPresent() ? 1 : 0;
                    crashes += o.crashes();
                    stops += o.stops();
                    o.plan().legFaults().values().forEach(f -> faults.merge(f, 1, Integer::sum));
                    o.violations().forEach(v -> violations.add("run " + o.run() + ": " + v));
                }
            }
        }
        return new Summary(runs, executed, failed, crashes, stops, faults, violations);
    }

    /** Arguments: runs (default 1,000) and a seed; prints one line per run and the totals; exit 1 on a violation. */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Path home = Files.createTempDirectory("options-v4-execution-faults");
        int[] schemas = {0};
        Database anchor = Database.open(DbConfig.embedded(home));
        long started = System.nanoTime();
        Summary s;
        try {
            s = new ExecutionFaults(() -> Database.open(DbConfig.embedded(home).withSchema("f" + ++schemas[0])))
                    .run(
                            runs,
                            seed,
                            o -> System.out.printf(
                                    "run %d: %s after %d round(s), %d crash(es), %d stop(s), faults %s%s%n",
                                    o.run(),
                                    o.state().map(Enum::name).orElse("NOT STARTED"),
                                    o.rounds(),
                                    o.crashes(),
                                    o.stops(),
                                    describe(o.plan()),
                                    o.violations().isEmpty() ? "" : " VIOLATIONS " + o.violations()));
        } finally {
            anchor.close();
        }
        System.out.printf(
                "seed %d: %d runs in %.1f s: %d executed, %d failed and unwound, %d crashes and %d stops recovered;"
                        + " leg faults %s; %d violations%n",
                seed,
                s.runs(),
                (System.nanoTime() - started) / 1e9,
                s.executed(),
                s.failed(),
                s.crashes(),
                s.stops(),
                s.faults(),
                s.violations().size());
        s.violations().forEach(System.out::println);
        System.exit(s.violations().isEmpty() ? 0 : 1);
    }

    /** Returns the plan in words. */
    public static String describe(FaultPlan p) {
        List<String> parts = new ArrayList<>();
        p.legFaults().forEach((k, v) -> parts.add(v + "@" + k));
        p.crashAtCall().ifPresent(c -> parts.add("crash@" + c + (p.crashAfter() ? "-after" : "-before")));
        p.disconnectAtCall().ifPresent(c -> parts.add("drop@" + c + "x" + p.disconnectedCalls()));
        if (p.duplicateEvents() > 0 || p.holdEvents() > 0) {
            parts.add(String.format(
                    java.util.Locale.ROOT, "events dup %.2f hold %.2f", p.duplicateEvents(), p.holdEvents()));
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    /** Draws a plan for a strategy of {@code legs} legs. */
    static FaultPlan plan(Random r, int legs) {
        Map<String, LegFault> legFaults = new HashMap<>();
        if (r.nextDouble() < 0.6) {
            LegFault[] all = LegFault.values();
            String purpose = r.nextDouble() < 0.85 ? "E" : "U";
            legFaults.put(r.nextInt(legs) + purpose, all[r.nextInt(all.length)]);
        }
        // a clean run makes about two calls for the checks and one per leg; faults add reads, modifies and cancels
        int calls = 2 + 3 * legs;
        OptionalInt crash = r.nextDouble() < 0.35 ? OptionalInt.of(1 + r.nextInt(calls)) : OptionalInt.empty();
        OptionalInt drop = r.nextDouble() < 0.25 ? OptionalInt.of(1 + r.nextInt(calls)) : OptionalInt.empty();
        double duplicate = r.nextDouble() < 0.5 ? r.nextDouble() * 0.5 : 0;
        double hold = r.nextDouble() < 0.5 ? r.nextDouble() * 0.3 : 0;
        return new FaultPlan(legFaults, crash, r.nextBoolean(), drop, 1 + r.nextInt(8), duplicate, hold);
    }

    /** One schema's runs: one paper account, one clock. */
    private static final class Batch {

        private final Jdbi jdbi;
        private final String account;
        private final TestClock clock = new TestClock(ExecutionFixtures.TEN_AM);
        private final HarnessMarket market = new HarnessMarket();
        private final Map<CorrelationId, Integer> placements = new HashMap<>();

        Batch(Jdbi jdbi, String account) {
            this.jdbi = jdbi;
            this.account = account;
        }

        RunOutcome run(int number, Random r) {
            List<StrategyLeg> legs = shape(r);
            int lots = 1 + r.nextInt(3);
            market.fresh(legs);
            MarkedStrategy s = ExecutionFixtures.store(jdbi, "Harness " + number, legs, lots, 15_000);
            FaultPlan plan = plan(r, legs.size());
            Map<OptionInstrument, Integer> before = positions(paper());
            int crashes = 0;
            int stops = 0;
            int rounds = 0;
            JdbiExecutionStore store = new JdbiExecutionStore(jdbi);
            for (int round = 1; round <= ROUNDS; round++) {
                rounds = round;
                FaultPlan faults = round == 1 ? plan : plan.afterRestart();
                FaultInjectingBroker broker = new FaultInjectingBroker(paper(), faults, market, r, clock, placements);
                ExecutionService service =
                        ExecutionFixtures.service(jdbi, broker, market.data(), clock, Optional.empty(), SETTINGS);
                try {
                    MarkedStrategy current = store.strategy(s.strategyId()).orElseThrow();
                    ExecutionOutcome o =
                            service.execute(List.of(current)).outcomes().get(0);
                    if (o.result() == ExecutionOutcome.Result.STOPPED) {
                        stops++;
                    }
                } catch (SimulatedCrash crash) {
                    crashes++;
                }
                if (store.execution(s.strategyId())
                        .filter(e -> e.state().terminal())
                        .isPresent()) {
                    break;
                }
            }
            List<String> violations = new Invariants(jdbi, store, paper(), placements).check(s, legs, lots, before);
            return new RunOutcome(
                    number,
                    plan,
                    store.execution(s.strategyId()).map(StrategyExecution::state),
                    rounds,
                    crashes,
                    stops,
                    violations);
        }

        private PaperBroker paper() {
            return ExecutionFixtures.paper(jdbi, market.data(), clock, account);
        }

        private static List<StrategyLeg> shape(Random r) {
            double x = r.nextDouble();
            return x < 0.6
                    ? ExecutionFixtures.ironCondor()
                    : x < 0.8 ? ExecutionFixtures.bullPutSpread() : ExecutionFixtures.callRatio();
        }
    }

    /** Returns the broker's net quantity per contract. */
    static Map<OptionInstrument, Integer> positions(PaperBroker paper) {
        Map<OptionInstrument, Integer> net = new HashMap<>();
        for (Position p : paper.positions()) {
            if (p.instrument() instanceof OptionInstrument o) {
                net.merge(o, p.netQuantity(), Integer::sum);
            }
        }
        return net;
    }

    /** Returns the cash of the paper account: available plus utilised. */
    static Money cash(Funds f) {
        return f.available().plus(f.utilized());
    }

    /** Returns the value of {@code fills} of {@code tags}, signed: sold positive, bought negative. */
    static long premium(List<Fill> fills, java.util.Set<CorrelationId> tags) {
        long total = 0;
        for (Fill f : fills) {
            if (tags.contains(f.correlationId())) {
                total += f.side().sign() * -f.value().paise();
            }
        }
        return total;
    }

    /** Returns the orders' signed fills per contract. */
    static Map<OptionInstrument, Integer> recorded(List<OrderRecord> orders) {
        Map<OptionInstrument, Integer> net = new HashMap<>();
        for (OrderRecord o : orders) {
            net.merge((OptionInstrument) o.request().instrument(), o.signedFilled(), Integer::sum);
        }
        return net;
    }
}
