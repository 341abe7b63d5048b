package io.optionsv4.engine.monitor;

import io.optionsv4.core.exit.ExitAction;
import io.optionsv4.core.exit.ExitDecision;
import io.optionsv4.core.exit.PeakPnlStore;
import io.optionsv4.core.market.Tick;
import io.optionsv4.core.result.Checks;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The polling ("legacy") monitor: one cycle reads the quotes of every instrument the open strategies need, marks the
 * book with them and evaluates every strategy once. The caller repeats cycles on its interval. Decisions are carried
 * out as in {@link RealtimeMonitor}: reported, alerted or handed to the {@link ExitHandler}, once per cycle and
 * strategy; across cycles and restarts the execution service's persisted exit intents keep an exit from happening
 * twice.
 */
public final class PollingMonitor {

    private final QuoteSnapshot quotes;
    private final Function<DecisionListener, LiveBook> bookFactory;
    private final Clock clock;
    private final MonitorMode mode;
    private final ExitHandler exits;
    private final Optional<PeakPnlStore> peaks;

    /**
     * Creates the monitor.
     *
     * @param quotes reads quotes
     * @param bookFactory makes a live book around a decision listener
     * @param clock the clock
     * @param mode what to do with closing decisions
     * @param exits carries out closes in {@link MonitorMode#EXECUTE}
     */
    public PollingMonitor(
            QuoteSnapshot quotes,
            Function<DecisionListener, LiveBook> bookFactory,
            Clock clock,
            MonitorMode mode,
            ExitHandler exits) {
        this(quotes, bookFactory, clock, mode, exits, Optional.empty());
    }

    /**
     * Creates the monitor that stores every strategy's new peak net P&amp;L in {@code peaks} after each cycle (the
     * trailing stop's reference for the next cycle and after a restart, read back by {@link OpenStrategies}).
     */
    public PollingMonitor(
            QuoteSnapshot quotes,
            Function<DecisionListener, LiveBook> bookFactory,
            Clock clock,
            MonitorMode mode,
            ExitHandler exits,
            Optional<PeakPnlStore> peaks) {
        this.peaks = Checks.notNull(peaks, "peaks");
        this.quotes = Checks.notNull(quotes, "quotes");
        this.bookFactory = Checks.notNull(bookFactory, "bookFactory");
        this.clock = Checks.notNull(clock, "clock");
        this.mode = Checks.notNull(mode, "mode");
        this.exits = Checks.notNull(exits, "exits");
    }

    /**
     * Runs one cycle over {@code strategies}.
     *
     * @return what was decided and done for each strategy, in the order given
     */
    public CycleReport cycle(List<OpenStrategy> strategies) {
        Instant now = clock.instant();
        Map<Long, StrategyCycle> results = new LinkedHashMap<>();
        Map<Long, ExitDecision> decisions = new LinkedHashMap<>();
        LiveBook book = bookFactory.apply((s, m, d) -> decisions.put(s.strategyId(), d));
        for (OpenStrategy strategy : strategies) {
            book.add(strategy);
        }
        List<Tick> ticks = quotes.quotes(book.instruments());
        for (Tick tick : ticks) {
            book.onTick(tick);
        }
        book.sweep(now);
        Map<Long, Double> raised = book.raisedPeaks();
        peaks.ifPresent(p -> p.raise(raised, now));
        for (OpenStrategy strategy : strategies) {
            long id = strategy.strategyId();
            Optional<StrategyMark> mark = book.mark(id, now);
            ExitDecision decision = book.lastDecision(id).orElseThrow();
            ExitAction action = decision.primary();
            Outcome outcome;
            String detail = "";
            if (!action.closes()) {
                outcome = Outcome.KEPT;
            } else if (mode == MonitorMode.SIMULATE) {
                outcome = Outcome.WOULD_CLOSE;
            } else if (mode == MonitorMode.ALERT_ONLY) {
                outcome = Outcome.ALERTED;
            } else {
                try {
                    exits.close(strategy, action);
                    outcome = Outcome.CLOSED;
                } catch (RuntimeException e) {
                    outcome = Outcome.EXIT_FAILED;
                    detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                }
            }
            results.put(id, new StrategyCycle(strategy, mark, decision, outcome, detail));
        }
        return new CycleReport(now, ticks.size(), List.copyOf(results.values()));
    }

    /** What a cycle did with a strategy's decision. */
    public enum Outcome {
        /** Nothing to close. */
        KEPT,
        /** A close was decided and only reported (simulation). */
        WOULD_CLOSE,
        /** A close was decided and raised as an alert. */
        ALERTED,
        /** The exit was carried out. */
        CLOSED,
        /** The exit was attempted and failed; the strategy stays open. */
        EXIT_FAILED
    }

    /**
     * One strategy in one cycle.
     *
     * @param strategy the strategy
     * @param mark its mark, empty when a quote was missing
     * @param decision the exit decision
     * @param outcome what was done
     * @param detail the failure's message for {@link Outcome#EXIT_FAILED}, else empty
     */
    public record StrategyCycle(
            OpenStrategy strategy,
            Optional<StrategyMark> mark,
            ExitDecision decision,
            Outcome outcome,
            String detail) {}

    /**
     * One cycle.
     *
     * @param time when it ran
     * @param quotesRead how many quotes the snapshot returned
     * @param strategies each strategy's result
     */
    public record CycleReport(Instant time, int quotesRead, List<StrategyCycle> strategies) {

        /** Returns how many strategies had an exit carried out or failed. */
        public long closes() {
            return strategies.stream()
                    .filter(s -> s.outcome() == Outcome.CLOSED)
                    .count();
        }

        /** Returns the strategies whose exit failed. */
        public List<StrategyCycle> failures() {
            List<StrategyCycle> failed = new ArrayList<>();
            for (StrategyCycle s : strategies) {
                if (s.outcome() == Outcome.EXIT_FAILED) {
                    failed.add(s);
                }
            }
            return failed;
        }
    }
}
