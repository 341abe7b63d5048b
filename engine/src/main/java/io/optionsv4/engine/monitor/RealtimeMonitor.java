package io.optionsv4.engine.monitor;

import io.optionsv4.core.exit.ActionKind;
import io.optionsv4.core.exit.ExitAction;
import io.optionsv4.core.exit.ExitDecision;
import io.optionsv4.core.exit.PeakPnlStore;
import io.optionsv4.core.exit.Urgency;
import io.optionsv4.core.market.FeedInstrument;
import io.optionsv4.core.market.FeedSubscription;
import io.optionsv4.core.market.MarketFeed;
import io.optionsv4.core.market.Tick;
import io.optionsv4.core.result.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The realtime monitor: the live book fed by a streaming {@link MarketFeed}. Ticks re-evaluate the strategies that
 * hold the instrument; {@link #heartbeat} (called on a timer, e.g. every 500 ms) sweeps the whole book for time exits
 * and stale quotes and raises {@code FEED_STALLED} once when no tick has arrived for the stall limit, and {@code
 * FEED_RESUMED} when ticks come back; while stalled, {@link #onFallbackQuotes} evaluates quotes read over REST.
 * Closing decisions go to the {@link ExitHandler} in {@link MonitorMode#EXECUTE}, become alerts in {@link
 * MonitorMode#ALERT_ONLY}, and are only reported in {@link MonitorMode#SIMULATE}; each (strategy, rule, fraction) is
 * handed over once per run.
 *
 * <p>Ticks and heartbeats may come from different threads: every entry point is synchronized.
 */
public final class RealtimeMonitor implements AutoCloseable {

    private final MarketFeed feed;
    private final Clock clock;
    private final Duration stallAfter;
    private final MonitorMode mode;
    private final ExitHandler exits;
    private final Consumer<Alert> alerts;
    private final Optional<PeakPnlStore> peaks;
    private final LiveBook book;
    private final List<FeedSubscription> subscriptions = new ArrayList<>();
    private final Set<String> handedOver = new HashSet<>();
    private final List<Runnable> afterEvaluation = new ArrayList<>();
    private Instant lastTick;
    private boolean stalled;
    private long ticks;

    /**
     * Creates a monitor; call {@link #watch} for each open strategy, then feed it.
     *
     * @param feed the market feed
     * @param bookFactory makes the live book around this monitor's decision listener
     * @param clock the clock (the simulated clock in a simulated day)
     * @param stallAfter raise a stall alert when no tick arrives for this long
     * @param mode what to do with closing decisions
     * @param exits carries out closes in {@link MonitorMode#EXECUTE}
     * @param alerts receives alerts
     */
    public RealtimeMonitor(
            MarketFeed feed,
            Function<DecisionListener, LiveBook> bookFactory,
            Clock clock,
            Duration stallAfter,
            MonitorMode mode,
            ExitHandler exits,
            Consumer<Alert> alerts) {
        this(feed, bookFactory, clock, stallAfter, new Handling(mode, exits, alerts, Optional.empty()));
    }

    /**
     * What the monitor does with decisions, and where it keeps the peaks.
     *
     * @param mode what to do with closing decisions
     * @param exits carries out closes in {@link MonitorMode#EXECUTE}
     * @param alerts receives alerts
     * @param peaks stores each strategy's new peak net P&amp;L on every heartbeat (the trailing stop's reference after
     *     a restart, read back by {@link OpenStrategies}), or empty to keep peaks in memory only
     */
    public record Handling(MonitorMode mode, ExitHandler exits, Consumer<Alert> alerts, Optional<PeakPnlStore> peaks) {}

    /** Creates a monitor that handles decisions as {@code handling} says. */
    public RealtimeMonitor(
            MarketFeed feed,
            Function<DecisionListener, LiveBook> bookFactory,
            Clock clock,
            Duration stallAfter,
            Handling handling) {
        MonitorMode mode = handling.mode();
        ExitHandler exits = handling.exits();
        Consumer<Alert> alerts = handling.alerts();
        this.peaks = Checks.notNull(handling.peaks(), "peaks");
        this.feed = Checks.notNull(feed, "feed");
        this.clock = Checks.notNull(clock, "clock");
        this.stallAfter = Checks.notNull(stallAfter, "stallAfter");
        Checks.argument(stallAfter.isPositive(), "stallAfter must be positive but was " + stallAfter);
        this.mode = Checks.notNull(mode, "mode");
        this.exits = Checks.notNull(exits, "exits");
        this.alerts = Checks.notNull(alerts, "alerts");
        this.book = bookFactory.apply(this::onDecision);
        this.lastTick = clock.instant();
    }

    /** Adds a strategy to the book and subscribes the instruments it needs that are not watched yet. */
    public synchronized void watch(OpenStrategy strategy) {
        Set<FeedInstrument> fresh = book.add(strategy);
        if (!fresh.isEmpty()) {
            subscriptions.add(feed.subscribe(fresh, this::onTick));
        }
    }

    /** Stops watching a strategy closed elsewhere. */
    public synchronized void forget(long strategyId) {
        book.remove(strategyId);
    }

    /** Returns the book, for marks and the dashboard; call under this monitor's lock (see {@link #read}). */
    public synchronized <T> T read(Function<LiveBook, T> reader) {
        return reader.apply(book);
    }

    /** Returns how many ticks arrived so far. */
    public synchronized long ticks() {
        return ticks;
    }

    /** Handles one tick from the feed. */
    public synchronized void onTick(Tick tick) {
        ticks++;
        lastTick = clock.instant();
        if (stalled) {
            stalled = false;
            alerts.accept(new Alert(lastTick, Urgency.MEDIUM, 0, "FEED_RESUMED", "market feed resumed"));
        }
        book.onTick(tick);
        runPending();
    }

    /**
     * Handles quotes read over REST while the feed is stalled (the fallback): the book is re-evaluated on them, and
     * the stall stays raised until the feed itself ticks again. Returns how many quotes were applied.
     */
    public synchronized int onFallbackQuotes(QuoteSnapshot rest) {
        List<Tick> quotes = rest.quotes(book.instruments());
        quotes.forEach(book::onTick);
        runPending();
        return quotes.size();
    }

    /** Returns true while the feed is stalled (raised by {@link #heartbeat}, cleared by the next tick). */
    public synchronized boolean stalled() {
        return stalled;
    }

    /** Sweeps the book and checks the feed; call on a timer. */
    public synchronized void heartbeat() {
        Instant now = clock.instant();
        if (!stalled && Duration.between(lastTick, now).compareTo(stallAfter) > 0) {
            stalled = true;
            alerts.accept(new Alert(
                    now,
                    Urgency.HIGH,
                    0,
                    "FEED_STALLED",
                    "market feed stalled: no tick for "
                            + Duration.between(lastTick, now).toMillis() + " ms (limit " + stallAfter.toMillis()
                            + " ms); no exit is decided on stale quotes"));
        }
        book.sweep(now);
        runPending();
        Map<Long, Double> raised = book.raisedPeaks();
        peaks.ifPresent(p -> p.raise(raised, now));
    }

    /** Runs the exits decided during the last evaluation, after it: the book is not changed while it iterates. */
    private void runPending() {
        while (!afterEvaluation.isEmpty()) {
            List<Runnable> batch = List.copyOf(afterEvaluation);
            afterEvaluation.clear();
            batch.forEach(Runnable::run);
        }
    }

    private void onDecision(OpenStrategy strategy, StrategyMark mark, ExitDecision decision) {
        ExitAction action = decision.primary();
        Instant now = clock.instant();
        if (!action.closes()) {
            if (action.urgency() != Urgency.NORMAL || action.kind() == ActionKind.ADJUST) {
                alerts.accept(new Alert(now, action.urgency(), strategy.strategyId(), action.rule(), action.reason()));
            }
            return;
        }
        String key =
                strategy.strategyId() + "/" + action.rule() + "/" + strategy.closedFraction() + "/" + action.fraction();
        if (!handedOver.add(key)) {
            return;
        }
        String what = strategy.symbol() + " " + strategy.strategyType() + " #" + strategy.strategyId() + ": "
                + action.reason();
        switch (mode) {
            case SIMULATE ->
                alerts.accept(
                        new Alert(now, action.urgency(), strategy.strategyId(), action.rule(), "would close: " + what));
            case ALERT_ONLY ->
                alerts.accept(
                        new Alert(now, action.urgency(), strategy.strategyId(), action.rule(), "close now: " + what));
            case EXECUTE -> afterEvaluation.add(() -> execute(strategy, action, now, what));
        }
    }

    private void execute(OpenStrategy strategy, ExitAction action, Instant now, String what) {
        Optional<OpenStrategy> after;
        try {
            after = exits.close(strategy, action);
        } catch (RuntimeException e) {
            alerts.accept(new Alert(
                    now,
                    Urgency.HIGH,
                    strategy.strategyId(),
                    "EXIT_FAILED",
                    "exit failed for " + what + ": " + e.getMessage()));
            return;
        }
        alerts.accept(new Alert(now, action.urgency(), strategy.strategyId(), action.rule(), "closed: " + what));
        if (after.isPresent()) {
            book.add(after.get());
        } else {
            book.remove(strategy.strategyId());
        }
    }

    @Override
    public synchronized void close() {
        subscriptions.forEach(FeedSubscription::close);
        subscriptions.clear();
    }
}
