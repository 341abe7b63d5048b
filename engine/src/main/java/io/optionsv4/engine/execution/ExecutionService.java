package io.optionsv4.engine.execution;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.AuditEntry;
import io.optionsv4.core.trade.Broker;
import io.optionsv4.core.trade.ExecutionState;
import io.optionsv4.core.trade.ExecutionStore;
import io.optionsv4.core.trade.ExecutionWrite;
import io.optionsv4.core.trade.ExitIntent;
import io.optionsv4.core.trade.ExitIntentStore;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.core.trade.StrategyExecution;
import io.optionsv4.engine.execution.ExecutionOutcome.Result;
import io.optionsv4.marketdata.reference.ReferenceData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trade execution: previews marked strategies with their pre-trade checks, and executes them exactly once through the
 * {@link Broker} port with a persistent per-strategy state machine ({@link StrategyRun}, {@code docs/execution.md}).
 *
 * <p>{@link #execute} first takes the database's execution lock (one executing process per database), subscribes to
 * the broker's order events, and reconciles and drives on every execution left in flight by an earlier run before it
 * sends anything new. A strategy already executed is never sent again; one whose checks fail is not sent. When an
 * execution stops (the broker unavailable), the run starts no further strategy. Not thread-safe: one run at a time
 * per instance.
 */
public final class ExecutionService {

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    /** The statuses that ask for an execution: chosen by the trader or by an allocation. */
    private static final java.util.Set<String> MARKED = java.util.Set.of("MARKED", "ALLOCATED");

    private final Context context;

    /**
     * Creates the service.
     *
     * @param ports the broker, the books, the quotes, the reference data and the cost stack
     * @param settings the chase, retry and risk settings
     * @param log the audit log
     * @param clock the clock (market hours, quote ages, booking times)
     * @param pacer how waits pass: {@link Pacer#REAL_TIME} in production
     */
    public ExecutionService(
            ExecutionPorts ports, ExecutionSettings settings, ExecutionLog log, Clock clock, Pacer pacer) {
        Checks.notNull(ports, "ports");
        this.context = new Context(
                ports.broker(),
                ports.store(),
                ports.quotes(),
                ports.reference(),
                ports.costs(),
                Checks.notNull(settings, "settings"),
                Checks.notNull(log, "log"),
                Checks.notNull(clock, "clock"),
                Checks.notNull(pacer, "pacer"),
                new OrderEvents());
    }

    /** Returns the broker's name. */
    public String brokerName() {
        return context.broker().name();
    }

    /** Returns true when the broker moves real money. */
    public boolean live() {
        return context.broker().live();
    }

    /**
     * Previews {@code strategies}: the legs as they would be sent, the basket margin, the charges and every pre-trade
     * check. Sends nothing; writes nothing.
     */
    public List<StrategyPreview> preview(List<MarkedStrategy> strategies) {
        PreTradeChecks checks = new PreTradeChecks(context);
        int open = context.store().openStrategies();
        List<StrategyPreview> previews = new ArrayList<>();
        for (MarkedStrategy s : strategies) {
            Optional<StrategyExecution> e = context.store().execution(s.strategyId());
            StrategyPreview p = checks.preview(s, nextAttempt(e), open + previews.size());
            List<Check> all = new ArrayList<>(p.checks());
            all.add(0, executionCheck(e));
            previews.add(new StrategyPreview(
                    p.strategy(), p.attempt(), p.legs(), p.margin(), p.netPremium(), p.charges(), all));
        }
        return previews;
    }

    /**
     * Closes all or part of an entered strategy (issue 16's exit executor): stores the exit intent first (one per
     * strategy, rule and target share: a decision repeated by a monitor cycle, a second monitor or a restart finds it),
     * then closes each leg down to the target in whole lots, short legs first, with the unwind price chase. Takes the
     * database's execution lock for the duration.
     *
     * @param intents where exit intents are kept
     * @param strategyId the strategy
     * @param rule the rule that decided, e.g. {@code PROFIT_TARGET} or {@code MANUAL}
     * @param targetClosedFraction the share of the original position closed once done, in (0, 1]
     * @param reason why, in words (stored and audited)
     * @param source who decided
     * @return the outcome
     * @throws IllegalStateException when another process holds the execution lock, or the strategy is not entered
     */
    public ExitOutcome close(
            ExitIntentStore intents,
            long strategyId,
            String rule,
            double targetClosedFraction,
            String reason,
            ExitIntent.Source source) {
        Checks.notNull(intents, "intents");
        StrategyExecution execution = context.store()
                .execution(strategyId)
                .filter(e -> e.state() == ExecutionState.ENTERED)
                .orElseThrow(() -> new IllegalStateException("strategy " + strategyId + " is not entered"));
        requireSameBroker(execution, "close it");
        MarkedStrategy strategy = context.store()
                .strategy(strategyId)
                .orElseThrow(() -> new IllegalStateException("strategy " + strategyId + " is not stored"))
                .withLots(execution.lots());
        ExecutionStore.RunLock lock = context.store()
                .lock()
                .orElseThrow(() -> new IllegalStateException("another process holds the execution lock of this"
                        + " database ('options-v4 execute' or a monitor placing exits); try again"));
        try (lock;
                Broker.Subscription subscription = context.broker().subscribe(context.events())) {
            context.quotes().refresh();
            ExitIntent intent = intents.open(strategyId, rule, targetClosedFraction, reason, source);
            OrderDesk desk = new OrderDesk(context);
            desk.record(new ExecutionWrite.Audit(entry(
                    "strategy.exit",
                    strategy,
                    Map.of(
                            "rule",
                            rule,
                            "target_closed_fraction",
                            Double.toString(targetClosedFraction),
                            "reason",
                            reason,
                            "intent",
                            Long.toString(intent.id())))));
            desk.flush();
            StrategyRun run = new StrategyRun(context, desk, strategy, execution);
            String done;
            try {
                done = run.exitTo(intent.targetClosedFraction());
            } catch (ExecutionStopped e) {
                intents.finish(intent, ExitIntent.State.FAILED, e.getMessage());
                desk.flush();
                return new ExitOutcome(strategyId, rule, ExitIntent.State.FAILED, e.getMessage(), false);
            }
            boolean flat = run.flat();
            intents.finish(intent, ExitIntent.State.DONE, done);
            if (flat) {
                intents.markClosed(strategyId, "closed by " + rule + ": " + reason);
            }
            desk.flush();
            return new ExitOutcome(strategyId, rule, ExitIntent.State.DONE, done, flat);
        }
    }

    /**
     * What an exit did.
     *
     * @param strategyId the strategy
     * @param rule the rule that decided
     * @param state DONE or FAILED
     * @param message the orders sent and filled, or why it stopped
     * @param flat true when every leg is closed
     */
    public record ExitOutcome(long strategyId, String rule, ExitIntent.State state, String message, boolean flat) {}

    /**
     * Resumes every execution in flight, then executes {@code strategies} in order.
     *
     * @throws IllegalStateException when another process holds the database's execution lock
     */
    public ExecutionReport execute(List<MarkedStrategy> strategies) {
        ExecutionStore.RunLock lock = context.store()
                .lock()
                .orElseThrow(() -> new IllegalStateException("another 'options-v4 execute' is running on this"
                        + " database (it holds the execution lock); wait for it to finish"));
        try (lock;
                Broker.Subscription subscription = context.broker().subscribe(context.events())) {
            OrderDesk desk = new OrderDesk(context);
            List<ExecutionOutcome> resumed = resume(desk);
            boolean stopped = resumed.stream().anyMatch(o -> o.result().inFlight());
            List<ExecutionOutcome> outcomes = new ArrayList<>();
            for (MarkedStrategy s : strategies) {
                Optional<ExecutionOutcome> done = resumed.stream()
                        .filter(o -> o.strategy().strategyId() == s.strategyId())
                        .findFirst();
                ExecutionOutcome outcome =
                        done.orElseGet(() -> stopped(outcomes, resumed) ? notStarted(s) : executeOne(desk, s));
                outcomes.add(outcome);
            }
            desk.flush();
            return new ExecutionReport(context.broker().name(), context.broker().live(), resumed, outcomes);
        }
    }

    private static boolean stopped(List<ExecutionOutcome> outcomes, List<ExecutionOutcome> resumed) {
        return outcomes.stream().anyMatch(o -> o.result().inFlight())
                || resumed.stream().anyMatch(o -> o.result().inFlight());
    }

    private List<ExecutionOutcome> resume(OrderDesk desk) {
        List<ExecutionOutcome> resumed = new ArrayList<>();
        for (StrategyExecution e : context.store().unfinished()) {
            MarkedStrategy s = context.store()
                    .strategy(e.strategyId())
                    .orElseThrow(() -> new IllegalStateException("execution of unknown strategy " + e.strategyId()))
                    .withLots(e.lots());
            if (!e.broker().equals(context.broker().name())) {
                // its orders are at another broker: this one can neither reconcile nor finish them
                resumed.add(new ExecutionOutcome(
                        s, Result.STOPPED, e.attempt(), otherBroker(e, "resume it"), List.of(), Optional.empty()));
                break;
            }
            desk.record(new ExecutionWrite.Audit(
                    entry("strategy.resume", s, Map.of("state", e.state().name(), "attempt", "" + e.attempt()))));
            ExecutionOutcome outcome = new StrategyRun(context, desk, s, e).run(Optional.empty());
            resumed.add(outcome);
            if (outcome.result().inFlight()) {
                break;
            }
        }
        return resumed;
    }

    private ExecutionOutcome executeOne(OrderDesk desk, MarkedStrategy s) {
        Optional<StrategyExecution> existing = context.store().execution(s.strategyId());
        if (existing.isPresent() && existing.get().state() == ExecutionState.ENTERED) {
            return new ExecutionOutcome(
                    s,
                    Result.ALREADY_EXECUTED,
                    existing.get().attempt(),
                    "executed by an earlier run (attempt " + existing.get().attempt() + "); nothing sent",
                    context.store().orders(s.strategyId()),
                    Optional.empty());
        }
        if (existing.isPresent() && existing.get().state() == ExecutionState.FAILED && !MARKED.contains(s.status())) {
            return new ExecutionOutcome(
                    s,
                    Result.NOT_MARKED,
                    existing.get().attempt(),
                    "attempt " + existing.get().attempt() + " failed ("
                            + existing.get().reason() + "); mark the strategy again to retry",
                    context.store().orders(s.strategyId()),
                    Optional.empty());
        }
        StrategyPreview preview = new PreTradeChecks(context)
                .preview(s, nextAttempt(existing), context.store().openStrategies());
        Map<String, String> verdicts = new LinkedHashMap<>();
        preview.checks().forEach(c -> verdicts.put(c.name(), c.verdict() + ": " + c.detail()));
        if (!preview.passed()) {
            desk.record(new ExecutionWrite.Audit(entry("strategy.checks.failed", s, verdicts)));
            desk.flush();
            String reason = "pre-trade checks failed: "
                    + String.join(
                            "; ",
                            preview.failures().stream()
                                    .map(c -> c.name() + " (" + c.detail() + ")")
                                    .toList());
            return new ExecutionOutcome(s, Result.CHECKS_FAILED, 0, reason, List.of(), Optional.of(preview));
        }
        Map<String, String> started = new LinkedHashMap<>(verdicts);
        started.put("lots", Integer.toString(s.lots()));
        started.put("attempt", Integer.toString(preview.attempt()));
        StrategyExecution execution = context.store()
                .start(
                        s,
                        context.broker().name(),
                        context.clock().instant(),
                        List.of(entry("strategy.start", s, started)));
        context.committed(List.of(entry("strategy.start", s, started)));
        return new StrategyRun(context, desk, s, execution).run(Optional.of(preview));
    }

    /**
     * Refuses to act on a strategy whose execution started at another broker: its legs are held there, so orders sent
     * here would trade positions this broker does not hold (a paper close of a live position, a live resume of a
     * paper entry).
     */
    private void requireSameBroker(StrategyExecution execution, String what) {
        if (!execution.broker().equals(context.broker().name())) {
            throw new IllegalStateException(otherBroker(execution, what));
        }
    }

    private String otherBroker(StrategyExecution execution, String what) {
        return "strategy " + execution.strategyId() + " was executed on the " + execution.broker() + " broker, not the "
                + context.broker().name() + " broker: " + what + " with the " + execution.broker() + " broker"
                + (execution.broker().equals("paper") ? " (without --live)" : " (--live --confirm --data dhan)")
                + "; nothing was sent";
    }

    private ExecutionOutcome notStarted(MarkedStrategy s) {
        return new ExecutionOutcome(
                s,
                Result.NOT_STARTED,
                0,
                "not started: an execution of this run stopped; run execute again once the broker answers",
                List.of(),
                Optional.empty());
    }

    private static int nextAttempt(Optional<StrategyExecution> e) {
        return e.map(x -> x.state() == ExecutionState.FAILED ? x.attempt() + 1 : x.attempt())
                .orElse(1);
    }

    private static Check executionCheck(Optional<StrategyExecution> e) {
        if (e.isEmpty()) {
            return Check.pass("execution", "not executed yet");
        }
        return switch (e.get().state()) {
            case FAILED ->
                Check.pass(
                        "execution",
                        "attempt " + e.get().attempt() + " failed (" + e.get().reason() + "); this is attempt "
                                + (e.get().attempt() + 1));
            case ENTERED ->
                Check.fail("execution", "executed already (attempt " + e.get().attempt() + ")");
            case ENTERING, UNWINDING ->
                Check.fail(
                        "execution",
                        "in flight (" + e.get().state() + "): 'execute --execute' reconciles and resumes it first");
        };
    }

    private AuditEntry entry(String event, MarkedStrategy s, Map<String, String> details) {
        Map<String, String> all = new LinkedHashMap<>(details);
        all.put("symbol", s.symbol());
        all.put("strategy_name", s.strategyName());
        all.put("broker", context.broker().name());
        return context.log().entry(event, "strategy", Long.toString(s.strategyId()), all);
    }

    /** What the execution's parts share. */
    record Context(
            Broker broker,
            ExecutionStore store,
            LegQuotes quotes,
            ReferenceData reference,
            CostCalculator costs,
            ExecutionSettings settings,
            ExecutionLog log,
            Clock clock,
            Pacer pacer,
            OrderEvents events) {

        /** Returns today's trading date in India. */
        LocalDate today() {
            return LocalDate.ofInstant(clock.instant(), INDIA);
        }

        /** Appends committed audit entries to the log file. */
        void committed(List<AuditEntry> entries) {
            log.committed(entries);
        }
    }
}
