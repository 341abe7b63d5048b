package io.optionsv4.app.cli;

import io.optionsv4.app.config.MarketDataFactory;
import io.optionsv4.app.config.MarketDataSettings;
import io.optionsv4.app.config.StoreFactory;
import io.optionsv4.core.exit.HeldStrategy;
import io.optionsv4.core.trade.ExitIntent;
import io.optionsv4.engine.execution.ExecutionService;
import io.optionsv4.engine.monitor.ExitJournal;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * {@code options-v4 close --strategy-id ID [--fraction F] | --all --confirm [--live] [--json]}: manual exits through
 * the execution service (rule {@code MANUAL}, source {@code MANUAL}): an exit intent is stored before any order, short
 * legs are bought back first, whole lots only. {@code --all} is the kill switch for the whole book and needs {@code
 * --confirm}. Paper broker unless {@code --live --confirm} with Dhan credentials. Outside NSE's session nothing is
 * placed unless {@code --ignore-market-hours} (paper only). Exit 0 when every exit is done, 1 when one failed or the
 * strategy has no open position, 2 for bad flags, 3 when the broker or the data is unavailable.
 */
@Command(
        name = "close",
        mixinStandardHelpOptions = true,
        description = "Closes a strategy (or part of it), or with --all --confirm the whole book (the kill switch)."
                + " Paper broker unless --live --confirm with Dhan credentials.")
public final class CloseCommand implements Callable<Integer>, GlobalOptions.ReadsMarketData {

    static final String RULE = "MANUAL";

    private final MarketDataFactory marketDataFactory;
    private final StoreFactory storeFactory;
    private final Map<String, String> environment;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Mixin
    private GlobalOptions marketOptions = new GlobalOptions();

    @Option(names = "--strategy-id", paramLabel = "ID", description = "The strategy to close.")
    private Long strategyId;

    @Option(
            names = "--fraction",
            paramLabel = "F",
            description = "Close this share of the original position, in (0, 1] (default: all that is open).")
    private Double fraction;

    @Option(names = "--all", description = "Close every open strategy (the kill switch; needs --confirm).")
    private boolean all;

    @Option(names = "--confirm", description = "Confirm --all, or live trading.")
    private boolean confirm;

    @Option(
            names = "--live",
            description = "Close on Dhan with real money (needs DHAN_CLIENT_ID, DHAN_ACCESS_TOKEN, --confirm and"
                    + " --data dhan).")
    private boolean live;

    @Option(
            names = "--ignore-market-hours",
            description = "Paper only: place the exits outside NSE's session (09:15-15:30 IST).")
    private boolean ignoreMarketHours;

    @Option(names = "--json", description = "Print the exits as JSON (docs/schema/close.schema.json).")
    private boolean json;

    /** Creates the command with its factories, the environment and the clock. */
    public CloseCommand(
            MarketDataFactory marketDataFactory,
            StoreFactory storeFactory,
            Map<String, String> environment,
            Clock clock) {
        this.marketDataFactory = marketDataFactory;
        this.storeFactory = storeFactory;
        this.environment = environment;
        this.clock = clock;
    }

    /**
     * The document of {@code close --json}.
     *
     * @param generatedAt when (ISO-8601 instant)
     * @param scope {@code strategy} or {@code all}
     * @param broker the broker in words
     * @param live true when real money moved
     * @param exits one per strategy asked to close
     */
    record Document(String generatedAt, String scope, String broker, boolean live, List<Exit> exits) {}

    /** One strategy's exit: DONE or FAILED, whether it is now flat, and what was done. */
    record Exit(
            long strategyId, String symbol, double targetClosedFraction, String state, boolean flat, String message) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        validate();
        MarketDataSettings settings = marketOptions.settings(RootCommand.globalOptions(spec));
        if (ExecutionBroker.liveRefused(live, settings, environment, spec.commandLine())) {
            return RootCommand.EXIT_UNAVAILABLE;
        }
        TradingDesk.Request request = new TradingDesk.Request("close", settings, ignoreMarketHours, environment, live);
        try (TradingDesk desk = TradingDesk.open(marketDataFactory, storeFactory, clock, request)) {
            err.println("options-v4 close: " + desk.describe());
            Instant now = desk.session().instant();
            if (!ignoreMarketHours && !SessionHours.open(now)) {
                err.println("options-v4 close: " + SessionHours.describe(now) + ": nothing was placed"
                        + (live ? "" : "; on the paper broker --ignore-market-hours closes anyway"));
                return 1;
            }
            List<HeldStrategy> held;
            if (all) {
                held = desk.books().open();
            } else {
                Optional<HeldStrategy> one = desk.books().open(strategyId);
                if (one.isEmpty()) {
                    err.println("options-v4 close: strategy " + strategyId + " has no open position");
                    return 1;
                }
                held = List.of(one.get());
            }
            List<Exit> exits = close(desk, held);
            print(new Document(
                    now.toString(),
                    all ? "all" : "strategy",
                    desk.describe(),
                    desk.service().live(),
                    exits));
            return exits.stream().allMatch(e -> e.state().equals("DONE")) ? 0 : 1;
        }
    }

    private void validate() {
        if (all == (strategyId != null)) {
            throw new ParameterException(spec.commandLine(), "say what to close: --strategy-id ID or --all");
        }
        if (all && !confirm) {
            throw new ParameterException(
                    spec.commandLine(), "--all closes every open strategy: add --confirm to really do it");
        }
        if (all && fraction != null) {
            throw new ParameterException(spec.commandLine(), "--fraction is for one strategy, not with --all");
        }
        if (fraction != null && !(fraction > 0 && fraction <= 1)) {
            throw new ParameterException(spec.commandLine(), "--fraction must be in (0, 1] but was " + fraction);
        }
        if (live && !confirm) {
            throw new ParameterException(spec.commandLine(), "--live needs --confirm: live orders move real money");
        }
        if (live && ignoreMarketHours) {
            throw new ParameterException(
                    spec.commandLine(), "--ignore-market-hours is for the paper broker only, not with --live");
        }
    }

    private List<Exit> close(TradingDesk desk, List<HeldStrategy> held) {
        ExitJournal journal = desk.journal();
        MonitorLog log = new MonitorLog(desk.home(), desk.session());
        String reason = all ? "kill switch: close --all" : "manual close from the command line";
        List<Exit> exits = new ArrayList<>();
        for (HeldStrategy h : held) {
            double target = fraction == null ? 1.0 : Math.min(1.0, h.closedFraction() + fraction);
            ExecutionService.ExitOutcome outcome;
            try {
                outcome = desk.service()
                        .close(desk.intents(), h.strategyId(), RULE, target, reason, ExitIntent.Source.MANUAL);
                journal.accept(outcome);
            } catch (IllegalStateException e) {
                outcome = new ExecutionService.ExitOutcome(
                        h.strategyId(), RULE, ExitIntent.State.FAILED, Errors.message(e), false);
            }
            String line = "close #" + h.strategyId() + " " + h.symbol() + " to " + percent(target) + ": "
                    + outcome.state() + (outcome.flat() ? " (flat)" : "") + ", " + outcome.message();
            if (outcome.state() == ExitIntent.State.DONE) {
                log.info(line);
            } else {
                log.error(line);
            }
            exits.add(new Exit(
                    h.strategyId(), h.symbol(), target, outcome.state().name(), outcome.flat(), outcome.message()));
        }
        return exits;
    }

    private void print(Document doc) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(doc));
        } else {
            Screen screen = RootCommand.screen(spec);
            screen.wrap("Broker: " + doc.broker(), 2).forEach(out::println);
            if (doc.exits().isEmpty()) {
                out.println("No open strategy: nothing to close.");
            }
            for (Exit e : doc.exits()) {
                String state = e.state().equals("DONE") ? screen.green(e.state()) : screen.red(e.state());
                out.println("#" + e.strategyId() + " " + e.symbol() + " closed to " + percent(e.targetClosedFraction())
                        + ": " + state + (e.flat() ? " (flat)" : ""));
                screen.wrap("  " + e.message(), 4).forEach(out::println);
            }
        }
        out.flush();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
