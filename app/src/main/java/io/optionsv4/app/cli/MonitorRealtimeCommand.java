package io.optionsv4.app.cli;

import io.optionsv4.app.config.MarketDataFactory;
import io.optionsv4.app.config.MarketDataSettings;
import io.optionsv4.app.config.StoreFactory;
import io.optionsv4.core.exit.HeldStrategy;
import io.optionsv4.engine.monitor.Alert;
import io.optionsv4.engine.monitor.MonitorMode;
import io.optionsv4.engine.monitor.MonitorSettings;
import io.optionsv4.engine.monitor.OpenStrategies;
import io.optionsv4.engine.monitor.OpenStrategy;
import io.optionsv4.engine.monitor.RealtimeMonitor;
import io.optionsv4.engine.monitor.StrategyMark;
import io.optionsv4.store.PositionNotifications;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code options-v4 monitor realtime [--once] [--alert-only] [--execute]}: the realtime monitor over the simulated
 * market's intraday feed (ticks every second of the session on the real clock, published on a 500 ms heartbeat that
 * also sweeps the book and watches for a stalled feed), or with {@code --data dhan} over Dhan's live market feed
 * ({@link RealtimeFeed}: the open legs subscribed, reconnects with back-off and resubscription, quotes read over REST
 * every 2 s while the feed is stalled). New strategies are picked up through PostgreSQL LISTEN/NOTIFY
 * on {@value PositionNotifications#CHANNEL}, with a re-read of the books every minute as the fallback. Alerts are
 * printed one per line and logged to {@code logs/automated_monitor.log}. {@code --once} stops after the first sweep
 * that follows the first ticks (or, with no tick for the stall limit, says that the feed is quiet). Exit 1 when an exit
 * failed, 3 when the market data has no intraday feed (the replay).
 */
@Command(
        name = "realtime",
        mixinStandardHelpOptions = true,
        description = "Watches the open strategies tick by tick on the simulated market's intraday feed, or Dhan's live"
                + " feed with --data dhan (REST quotes while it stalls); exits with --execute. Simulation by default.")
public final class MonitorRealtimeCommand implements Callable<Integer>, GlobalOptions.ReadsMarketData {

    static final Duration HEARTBEAT = Duration.ofMillis(500);
    static final Duration REREAD = Duration.ofMinutes(1);

    /** The feed stall is alerted within this long after the last tick (issue 16). */
    static final Duration STALL_ALERT_WITHIN = Duration.ofSeconds(2);

    /** How often quotes are read over REST while Dhan's feed is stalled (Dhan's quote API allows one call a second). */
    static final Duration REST_FALLBACK = Duration.ofSeconds(2);

    private final MarketDataFactory marketDataFactory;
    private final StoreFactory storeFactory;
    private final Map<String, String> environment;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Mixin
    private GlobalOptions marketOptions = new GlobalOptions();

    @Mixin
    private MonitorFlags flags = new MonitorFlags();

    @Option(names = "--once", description = "Stop after the first sweep that follows the first ticks.")
    private boolean once;

    /** Creates the command with its factories, the environment and the clock. */
    public MonitorRealtimeCommand(
            MarketDataFactory marketDataFactory,
            StoreFactory storeFactory,
            Map<String, String> environment,
            Clock clock) {
        this.marketDataFactory = marketDataFactory;
        this.storeFactory = storeFactory;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        flags.validate(spec.commandLine());
        MarketDataSettings settings = marketOptions.settings(RootCommand.globalOptions(spec));
        if (ExecutionBroker.liveRefused(flags.live, settings, environment, spec.commandLine())) {
            return RootCommand.EXIT_UNAVAILABLE;
        }
        TradingDesk.Request request =
                new TradingDesk.Request("monitor", settings, flags.ignoreMarketHours, environment, flags.live);
        try (TradingDesk desk = TradingDesk.open(marketDataFactory, storeFactory, clock, request)) {
            MonitorLog feedLog = new MonitorLog(desk.home(), desk.session());
            Optional<RealtimeFeed> feed = RealtimeFeed.open(desk, environment, clock, feedLog::warn);
            if (feed.isEmpty()) {
                err.println("options-v4 monitor realtime: " + desk.data() + " has no intraday feed (a replay of"
                        + " end-of-day files); use 'options-v4 monitor legacy' to poll it");
                return RootCommand.EXIT_UNAVAILABLE;
            }
            try (RealtimeFeed f = feed.get()) {
                return watch(desk, f);
            }
        }
    }

    private int watch(TradingDesk desk, RealtimeFeed feed) throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        MonitorLog log = new MonitorLog(desk.home(), desk.session());
        // checked on the heartbeat: a limit one heartbeat short of 2 s raises the stall alert within 2 s
        MonitorSettings settings = MonitorSettings.DEFAULT.withStallAfter(STALL_ALERT_WITHIN.minus(HEARTBEAT));
        Instant start = desk.session().instant();
        MonitorMode mode = flags.mode();
        if (mode == MonitorMode.EXECUTE && !flags.ignoreMarketHours && !SessionHours.open(start)) {
            String note = SessionHours.describe(start) + ": exits are reported, not placed, until the session opens"
                    + " (--ignore-market-hours places them on the paper broker)";
            spec.commandLine().getErr().println("options-v4 monitor realtime: " + note);
            log.warn(note);
            mode = MonitorMode.SIMULATE;
        }
        AtomicInteger failures = new AtomicInteger();
        RealtimeMonitor monitor = new RealtimeMonitor(
                feed.feed(),
                desk.liveBooks(settings),
                desk.session(),
                settings.stallAfter(),
                new RealtimeMonitor.Handling(
                        mode,
                        desk.exits(settings),
                        alert -> alert(out, log, alert, failures),
                        Optional.of(desk.peaks())));
        OpenStrategies mapper = desk.mapper(settings);
        Set<Long> watched = new HashSet<>();
        Watch w = new Watch(desk, monitor, feed, mapper, watched);
        reread(w, Set.of());
        String started = "monitor realtime started: mode " + mode + ", " + watched.size() + " strategies, "
                + desk.describe() + ", " + desk.data() + ", " + feed.description();
        spec.commandLine().getErr().println("options-v4 " + started);
        log.info(started);
        ConcurrentLinkedQueue<Long> changed = new ConcurrentLinkedQueue<>();
        try (PositionNotifications notifications = PositionNotifications.start(
                        desk.database().dataSource(), changed::add, problem -> log.warn(problem));
                monitor) {
            loop(w, changed);
        }
        if (once) {
            snapshot(out, w);
        }
        log.info("monitor realtime stopped after " + monitor.ticks() + " ticks, " + failures.get() + " failed exits");
        out.println(monitor.ticks() + " ticks, " + watched.size() + " strategies watched, " + failures.get()
                + " failed exits");
        out.flush();
        return failures.get() > 0 ? 1 : 0;
    }

    /** What the loop works on. */
    private record Watch(
            TradingDesk desk, RealtimeMonitor monitor, RealtimeFeed feed, OpenStrategies mapper, Set<Long> watched) {}

    private void loop(Watch w, ConcurrentLinkedQueue<Long> changed) throws InterruptedException {
        RealtimeMonitor monitor = w.monitor();
        Instant lastRead = Instant.now();
        Instant quietSince = Instant.now();
        Instant lastFallback = Instant.EPOCH;
        boolean ticked = false;
        while (true) {
            Thread.sleep(HEARTBEAT.toMillis());
            w.feed().pump().run();
            monitor.heartbeat();
            if (w.feed().restFallback()
                    && monitor.stalled()
                    && Duration.between(lastFallback, Instant.now()).compareTo(REST_FALLBACK) >= 0) {
                lastFallback = Instant.now();
                fallback(w);
            }
            if (!changed.isEmpty() || Duration.between(lastRead, Instant.now()).compareTo(REREAD) > 0) {
                Set<Long> refresh = new HashSet<>();
                for (Long id = changed.poll(); id != null; id = changed.poll()) {
                    refresh.add(id);
                }
                reread(w, refresh);
                lastRead = Instant.now();
            }
            if (once && ticked) {
                return;
            }
            ticked = monitor.ticks() > 0;
            if (once && !ticked && Duration.between(quietSince, Instant.now()).compareTo(Duration.ofSeconds(3)) > 0) {
                spec.commandLine()
                        .getOut()
                        .println("no tick for 3 s: "
                                + SessionHours.describe(w.desk().session().instant())
                                + "; the feed publishes only in the session");
                return;
            }
        }
    }

    /** Reads the watched instruments' quotes over REST while the feed is stalled; a failed read is reported. */
    private void fallback(Watch w) {
        try {
            int quotes = w.monitor().onFallbackQuotes(w.desk().quotes());
            new MonitorLog(w.desk().home(), w.desk().session())
                    .info("feed stalled: " + quotes + " quotes read over REST instead");
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("options-v4 monitor realtime: REST fallback failed: " + e.getMessage());
        }
    }

    /** Prints each watched strategy's net P&amp;L at closing prices and its current decision. */
    private void snapshot(PrintWriter out, Watch w) {
        Instant now = w.desk().session().instant();
        Screen screen = RootCommand.screen(spec);
        Table table = new Table(List.of(
                Table.Column.right("ID"),
                Table.Column.left("Symbol"),
                Table.Column.left("Strategy").flexible(8),
                Table.Column.right("Net P&L"),
                Table.Column.left("Decision").flexible(12)));
        w.monitor().read(book -> {
            for (OpenStrategy s : book.strategies()) {
                Optional<StrategyMark> mark = book.mark(s.strategyId(), now);
                String decision = book.lastDecision(s.strategyId())
                        .map(d -> d.primary().kind() + " " + d.primary().rule())
                        .orElse("waiting for quotes");
                table.row(List.of(
                        Table.Cell.of(Long.toString(s.strategyId())),
                        Table.Cell.of(s.symbol()),
                        Table.Cell.of(s.strategyType()),
                        mark.map(m -> new Table.Cell(
                                        Rupees.of(m.netPnlRupees()), t -> screen.signed(m.netPnlRupees(), t)))
                                .orElse(Table.Cell.of("no quote")),
                        Table.Cell.of(decision)));
            }
            return null;
        });
        table.render(screen.width(), screen).forEach(out::println);
    }

    /** Re-reads the books: watches new strategies and those in {@code refresh}, forgets the closed ones. */
    private static void reread(Watch w, Set<Long> refresh) {
        List<HeldStrategy> open = w.desk().books().open();
        Set<Long> watched = w.watched();
        RealtimeMonitor monitor = w.monitor();
        Set<Long> now = new HashSet<>();
        for (HeldStrategy h : open) {
            now.add(h.strategyId());
            if (!watched.contains(h.strategyId()) || refresh.contains(h.strategyId())) {
                monitor.watch(w.mapper().of(h));
            }
        }
        for (Long id : watched) {
            if (!now.contains(id)) {
                monitor.forget(id);
            }
        }
        watched.clear();
        watched.addAll(now);
    }

    private static void alert(PrintWriter out, MonitorLog log, Alert alert, AtomicInteger failures) {
        String line = LocalTime.ofInstant(alert.time(), RunLog.INDIA).withNano(0) + " " + alert.urgency() + " "
                + (alert.strategyId() == 0 ? "" : "#" + alert.strategyId() + " ") + alert.kind() + ": "
                + alert.message();
        synchronized (out) {
            out.println(line);
            out.flush();
        }
        if (alert.kind().equals("EXIT_FAILED")) {
            failures.incrementAndGet();
            log.error(line);
        } else {
            log.info(line);
        }
    }
}
