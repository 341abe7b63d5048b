package io.optionsv4.app.cli;

import io.optionsv4.app.config.MarketDataFactory;
import io.optionsv4.app.config.MarketDataSettings;
import io.optionsv4.app.config.StoreFactory;
import io.optionsv4.engine.monitor.MonitorMode;
import io.optionsv4.engine.monitor.MonitorSettings;
import io.optionsv4.engine.monitor.OpenStrategies;
import io.optionsv4.engine.monitor.OpenStrategy;
import io.optionsv4.engine.monitor.PollingMonitor;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code options-v4 monitor legacy [--interval MIN] [--once] [--alert-only] [--execute] [--json]}: the polling
 * monitor. Each cycle reads the open strategies from the books, quotes every leg as the paper broker would fill it,
 * evaluates the exit rules and reports, alerts or (with {@code --execute}) exits. Outside NSE's session exits are
 * decided and reported but not placed, unless {@code --ignore-market-hours} (paper only). Every cycle is logged to
 * {@code logs/automated_monitor.log}. Exit 0 when every cycle ran, 1 when an exit failed, 2 for bad flags, 3 when the
 * broker or the data is unavailable.
 */
@Command(
        name = "legacy",
        mixinStandardHelpOptions = true,
        description = "Polls the open strategies every --interval minutes: marks, exit decisions, and (with --execute)"
                + " the exits. Simulation by default: decide and report, place nothing.")
public final class MonitorLegacyCommand implements Callable<Integer>, GlobalOptions.ReadsMarketData {

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

    @Option(
            names = "--interval",
            paramLabel = "MIN",
            defaultValue = "5",
            description = "Minutes between cycles (default: ${DEFAULT-VALUE}).")
    private int intervalMinutes;

    @Option(names = "--once", description = "Run one cycle and stop.")
    private boolean once;

    @Option(
            names = "--json",
            description = "Print each cycle as JSON (docs/schema/monitor.schema.json); with --once pretty printed,"
                    + " otherwise one document per line.")
    private boolean json;

    /** Creates the command with its factories, the environment and the clock. */
    public MonitorLegacyCommand(
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
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        flags.validate(spec.commandLine());
        if (intervalMinutes < 1) {
            throw new ParameterException(
                    spec.commandLine(), "--interval must be at least 1 minute: " + intervalMinutes);
        }
        MarketDataSettings settings = marketOptions.settings(RootCommand.globalOptions(spec));
        if (ExecutionBroker.liveRefused(flags.live, settings, environment, spec.commandLine())) {
            return RootCommand.EXIT_UNAVAILABLE;
        }
        TradingDesk.Request request =
                new TradingDesk.Request("monitor", settings, flags.ignoreMarketHours, environment, flags.live);
        try (TradingDesk desk = TradingDesk.open(marketDataFactory, storeFactory, clock, request)) {
            MonitorLog log = new MonitorLog(desk.home(), desk.session());
            err.println("options-v4 monitor legacy: " + desk.describe() + "; mode " + flags.mode());
            log.info("monitor legacy started: mode " + flags.mode() + ", " + desk.describe() + ", data " + desk.data()
                    + (once ? ", one cycle" : ", every " + intervalMinutes + " min"));
            int failures = 0;
            while (true) {
                failures += cycle(desk, log);
                if (once) {
                    break;
                }
                Thread.sleep(intervalMinutes * 60_000L);
            }
            log.info("monitor legacy stopped: " + failures + " failed exits");
            return failures > 0 ? 1 : 0;
        }
    }

    /** Runs one cycle, prints and logs it; returns how many exits failed. */
    private int cycle(TradingDesk desk, MonitorLog log) throws IOException {
        MonitorSettings settings = MonitorSettings.DEFAULT;
        Instant now = desk.session().instant();
        boolean open = flags.ignoreMarketHours || SessionHours.open(now);
        MonitorMode mode = flags.mode();
        boolean placing = mode == MonitorMode.EXECUTE && open;
        if (mode == MonitorMode.EXECUTE && !open) {
            mode = MonitorMode.SIMULATE;
            String note = SessionHours.describe(now) + ": exits are decided and reported, not placed"
                    + " (--ignore-market-hours places them on the paper broker)";
            spec.commandLine().getErr().println("options-v4 monitor legacy: " + note);
            log.warn(note);
        }
        OpenStrategies mapper = desk.mapper(settings);
        List<OpenStrategy> strategies =
                desk.books().open().stream().map(mapper::of).toList();
        PollingMonitor monitor = new PollingMonitor(
                desk.quotes(),
                desk.liveBooks(settings),
                desk.session(),
                mode,
                desk.exits(settings),
                Optional.of(desk.peaks()));
        PollingMonitor.CycleReport report = monitor.cycle(strategies);
        MonitorJson.Header header = new MonitorJson.Header(
                "monitor legacy",
                flags.mode().name(),
                desk.describe(),
                desk.service().live(),
                desk.data(),
                SessionHours.describe(now),
                placing);
        MonitorJson.Document doc = MonitorJson.of(report, header);
        log(log, doc);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(once ? Json.MAPPER.writeValueAsString(doc) : Json.ONE_LINE.writeValueAsString(doc));
        } else {
            MonitorReport.print(out, RootCommand.screen(spec), doc);
            out.println();
        }
        out.flush();
        return report.failures().size();
    }

    private static void log(MonitorLog log, MonitorJson.Document doc) {
        for (MonitorJson.Strategy s : doc.strategies()) {
            String line = "#" + s.strategyId() + " " + s.symbol() + " " + s.strategyName() + ": net P&L "
                    + (s.netPnl() == null ? "no quote" : Rupees.of(s.netPnl())) + ", "
                    + s.decision().kind() + " "
                    + s.decision().rule() + " (" + s.decision().reason() + "), " + s.outcome()
                    + (s.detail().isEmpty() ? "" : ": " + s.detail());
            if (s.outcome().equals("EXIT_FAILED")) {
                log.error(line);
            } else {
                log.info(line);
            }
        }
        MonitorJson.Summary t = doc.summary();
        log.info("cycle " + doc.mode() + (doc.placing() ? " placing" : "") + ": " + t.strategies() + " strategies, "
                + doc.quotesRead() + " quotes, " + t.closed() + " closed, " + t.failed() + " failed");
    }
}
