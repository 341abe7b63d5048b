package io.optionsv4.app.cli;

import io.optionsv4.app.config.MarketDataFactory;
import io.optionsv4.app.config.StoreFactory;
import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.ExecutablePrices;
import io.optionsv4.core.market.FeedInstrument;
import io.optionsv4.core.market.Tick;
import io.optionsv4.engine.monitor.MonitorMode;
import io.optionsv4.engine.monitor.MonitorSettings;
import io.optionsv4.engine.monitor.OpenLeg;
import io.optionsv4.engine.monitor.OpenStrategies;
import io.optionsv4.engine.monitor.OpenStrategy;
import io.optionsv4.engine.monitor.PollingMonitor;
import io.optionsv4.engine.portfolio.StatusReport;
import io.optionsv4.engine.portfolio.StatusService;
import io.optionsv4.store.JdbiPortfolioStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp;
import org.jline.utils.NonBlockingReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code options-v4 monitor interactive [--continuous] [--detailed] [--json]}: the terminal dashboard of the open
 * book — portfolio summary, positions with P&amp;L net at closing prices, days to expiry and exit status, legs with
 * entry and current prices ({@code --detailed}), alerts by urgency. Each refresh is one monitoring cycle in
 * simulation: nothing is placed. On a terminal it is drawn with JLine ({@code --continuous} redraws every {@code
 * --refresh} seconds in the alternate screen; {@code q} quits, {@code r} refreshes, {@code c} closes a strategy through
 * {@code close --strategy-id ID} after a confirmation, {@code K} is the kill switch: {@code close --all --confirm}
 * after a confirmation); otherwise plain text, and {@code --json} prints one snapshot
 * ({@code docs/schema/dashboard.schema.json}).
 */
@Command(
        name = "interactive",
        mixinStandardHelpOptions = true,
        description = "A dashboard of the open strategies: P&L, legs, exit status, alerts by urgency, portfolio"
                + " summary. Places nothing.")
public final class MonitorInteractiveCommand implements Callable<Integer>, GlobalOptions.ReadsMarketData {

    private final MarketDataFactory marketDataFactory;
    private final StoreFactory storeFactory;
    private final Map<String, String> environment;
    private final Clock clock;
    private final DailyCommand.Steps steps;

    @Spec
    private CommandSpec spec;

    @Mixin
    private GlobalOptions marketOptions = new GlobalOptions();

    @Option(names = "--continuous", description = "Keep refreshing (q quits).")
    private boolean continuous;

    @Option(names = "--detailed", description = "Show every leg: entry price and what closing it would get now.")
    private boolean detailed;

    @Option(names = "--json", description = "Print one snapshot as JSON (docs/schema/dashboard.schema.json).")
    private boolean json;

    @Option(
            names = "--refresh",
            paramLabel = "S",
            defaultValue = "5",
            description = "Seconds between refreshes with --continuous (default: ${DEFAULT-VALUE}).")
    private int refreshSeconds;

    /** Creates the command with its factories, the environment, the clock and the in-process runner of close. */
    public MonitorInteractiveCommand(
            MarketDataFactory marketDataFactory,
            StoreFactory storeFactory,
            Map<String, String> environment,
            Clock clock,
            DailyCommand.Steps steps) {
        this.marketDataFactory = marketDataFactory;
        this.storeFactory = storeFactory;
        this.environment = environment;
        this.clock = clock;
        this.steps = steps;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (refreshSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--refresh must be at least 1 second: " + refreshSeconds);
        }
        if (json && continuous) {
            throw new ParameterException(spec.commandLine(), "--json prints one snapshot: not with --continuous");
        }
        TradingDesk.Request request = new TradingDesk.Request(
                "monitor", marketOptions.settings(RootCommand.globalOptions(spec)), false, environment);
        try (TradingDesk desk = TradingDesk.open(marketDataFactory, storeFactory, clock, request)) {
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.MAPPER.writeValueAsString(snapshot(desk)));
                out.flush();
                return 0;
            }
            Screen screen = RootCommand.screen(spec);
            if (RootCommand.console(spec).stdoutTerminal() && screen.color()) {
                return terminal(desk);
            }
            do {
                for (AttributedString line : Dashboard.lines(snapshot(desk), screen.width(), 0, detailed)) {
                    out.println(line.toString());
                }
                out.println();
                out.flush();
                if (continuous) {
                    Thread.sleep(refreshSeconds * 1000L);
                }
            } while (continuous);
            return 0;
        }
    }

    /** Draws on the terminal: once, or redrawn in the alternate screen until {@code q}. */
    private int terminal(TradingDesk desk) throws IOException {
        try (Terminal terminal =
                TerminalBuilder.builder().system(true).provider("exec").build()) {
            if (!continuous) {
                for (AttributedString line :
                        Dashboard.lines(snapshot(desk), Math.max(80, terminal.getWidth()), 0, detailed)) {
                    terminal.writer().println(line.toAnsi(terminal));
                }
                terminal.flush();
                return 0;
            }
            Attributes saved = terminal.enterRawMode();
            terminal.puts(InfoCmp.Capability.enter_ca_mode);
            terminal.puts(InfoCmp.Capability.cursor_invisible);
            terminal.puts(InfoCmp.Capability.clear_screen);
            Display display = new Display(terminal, true);
            NonBlockingReader reader = terminal.reader();
            String status = "q quit  r refresh  c close one  K close ALL  every " + refreshSeconds + " s";
            try {
                while (true) {
                    int width = Math.max(40, terminal.getWidth());
                    int height = Math.max(10, terminal.getHeight());
                    display.resize(height, width);
                    List<AttributedString> lines =
                            new ArrayList<>(Dashboard.lines(snapshot(desk), width, height - 1, detailed));
                    display.update(footer(lines, status, width), -1);
                    int key = reader.read(refreshSeconds * 1000L);
                    if (key == 'q' || key == 'Q' || key == NonBlockingReader.EOF) {
                        return 0;
                    }
                    if (key == 'c' || key == 'C') {
                        status = closeFromDashboard(reader, display, lines, width);
                    }
                    if (key == 'K') {
                        status = killSwitch(reader, display, lines, width);
                    }
                    if (key == 'c' || key == 'C' || key == 'K') {
                        // the in-process close may have written to the terminal: redraw everything
                        terminal.puts(InfoCmp.Capability.clear_screen);
                        display.clear();
                    }
                }
            } finally {
                terminal.puts(InfoCmp.Capability.cursor_visible);
                terminal.puts(InfoCmp.Capability.exit_ca_mode);
                terminal.setAttributes(saved);
                terminal.flush();
            }
        }
    }

    private static List<AttributedString> footer(List<AttributedString> lines, String status, int width) {
        List<AttributedString> all = new ArrayList<>(lines);
        all.add(new AttributedString(status.length() <= width ? status : status.substring(0, width)));
        return all;
    }

    /**
     * The dashboard's manual close: asks for a strategy id and a confirmation, then runs {@code close --strategy-id
     * ID} in-process (the command a user would type: paper broker, exit intent first, journalled) and returns its
     * last line for the footer.
     */
    private String closeFromDashboard(
            NonBlockingReader reader, Display display, List<AttributedString> lines, int width) throws IOException {
        StringBuilder id = new StringBuilder();
        while (true) {
            display.update(footer(lines, "close strategy #" + id + "_   (Enter to go on, Esc to cancel)", width), -1);
            int key = reader.read();
            if (key == 27 || key == NonBlockingReader.EOF) {
                return "close cancelled";
            }
            if (key == '\r' || key == '\n') {
                break;
            }
            if (Character.isDigit(key) && id.length() < 18) {
                id.append((char) key);
            } else if ((key == 127 || key == 8) && !id.isEmpty()) {
                id.setLength(id.length() - 1);
            }
        }
        if (id.isEmpty()) {
            return "close cancelled: no strategy id";
        }
        display.update(footer(lines, "close ALL of strategy #" + id + " now? y/n", width), -1);
        int answer = reader.read();
        if (answer != 'y' && answer != 'Y') {
            return "close cancelled";
        }
        return runClose(List.of("close", "--strategy-id", id.toString()), "#" + id + " ");
    }

    /**
     * The kill switch ({@code K}): asks for a confirmation (capital {@code Y}; any other key cancels), then runs
     * {@code close --all --confirm} in-process on the paper broker and returns its last line for the footer.
     */
    private String killSwitch(NonBlockingReader reader, Display display, List<AttributedString> lines, int width)
            throws IOException {
        display.update(
                footer(lines, "KILL SWITCH: close EVERY open strategy now? Y = yes, any other key = no", width), -1);
        int answer = reader.read();
        if (answer != 'Y') {
            return "kill switch cancelled: nothing was closed";
        }
        return "kill switch: " + runClose(List.of("close", "--all", "--confirm"), "#");
    }

    /** Runs {@code close} with {@code command} in-process and returns its exit code and last relevant line. */
    private String runClose(List<String> command, String linePrefix) {
        List<String> args = new ArrayList<>(command);
        args.addAll(marketOptions.arguments(RootCommand.globalOptions(spec)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = steps.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        List<String> said = (out + "\n" + err)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("options-v4 close: paper broker"))
                .toList();
        String outcome = said.stream()
                .filter(l -> l.startsWith(linePrefix) || l.startsWith("options-v4 close:"))
                .reduce((a, b) -> b)
                .orElse(said.isEmpty() ? "" : said.getLast());
        return "exit " + code + (outcome.isEmpty() ? "" : ": " + outcome);
    }

    /** One simulated cycle over the books (nothing placed) and the legs' quotes. */
    private DashboardJson.Document snapshot(TradingDesk desk) {
        MonitorSettings settings = MonitorSettings.DEFAULT;
        OpenStrategies mapper = desk.mapper(settings);
        List<OpenStrategy> strategies =
                desk.books().open().stream().map(mapper::of).toList();
        PollingMonitor monitor = new PollingMonitor(
                desk.quotes(),
                desk.liveBooks(settings),
                desk.session(),
                MonitorMode.SIMULATE,
                desk.exits(settings),
                Optional.of(desk.peaks()));
        PollingMonitor.CycleReport report = monitor.cycle(strategies);
        Set<FeedInstrument> legs = new LinkedHashSet<>();
        for (OpenStrategy s : strategies) {
            for (OpenLeg leg : s.legs()) {
                legs.add(leg.instrument());
            }
        }
        Map<FeedInstrument, Tick> quotes = new HashMap<>();
        for (Tick tick : desk.quotes().quotes(legs)) {
            quotes.put(tick.instrument(), tick);
        }
        StatusReport status = new StatusService(
                        new JdbiPortfolioStore(desk.database().jdbi()),
                        desk.opened().marketData(),
                        ExecutablePrices.DEFAULT,
                        CostCalculator.nseDhan(),
                        Map.of())
                .status(desk.opened().asOf());
        return DashboardJson.of(
                report,
                quotes,
                new DashboardJson.Header(
                        desk.describe(),
                        desk.data(),
                        SessionHours.describe(desk.session().instant())),
                DashboardJson.History.of(status.performance().total()));
    }
}
