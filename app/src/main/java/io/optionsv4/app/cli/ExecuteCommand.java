package io.optionsv4.app.cli;

import io.optionsv4.app.config.MarketDataFactory;
import io.optionsv4.app.config.MarketDataSettings;
import io.optionsv4.app.config.StoreFactory;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.engine.execution.ExecutionLog;
import io.optionsv4.engine.execution.ExecutionOutcome;
import io.optionsv4.engine.execution.ExecutionReport;
import io.optionsv4.engine.execution.ExecutionService;
import io.optionsv4.engine.execution.StrategyPreview;
import io.optionsv4.store.JdbiExecutionStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code options-v4 execute --preview | --execute [--confirm] | --strategy-id ID [--live] [--json]
 * [--ignore-market-hours]}: previews or executes the marked and allocated strategies (or one) through the execution
 * state machine ({@code docs/execution.md}). The broker is the paper broker unless Dhan credentials, {@code --live}
 * and {@code --confirm} are all given; every output names the broker. On recorded data (an as-of date other than
 * today) the paper broker trades in that day's session: its clock is moved to that date. Exit 0 when every strategy
 * is executed (or was already), 1 when one failed, did not pass its checks or nothing is marked, 2 for bad flags, 3
 * when the broker or the data is unavailable or an execution stopped in flight.
 */
@Command(
        name = "execute",
        mixinStandardHelpOptions = true,
        description = "Previews or executes the marked strategies: buys first, marketable limits with a bounded chase,"
                + " unwinds a failed entry, exactly once (paper broker unless --live --confirm with Dhan credentials).")
public final class ExecuteCommand implements Callable<Integer>, GlobalOptions.ReadsMarketData {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss", Locale.ROOT);
    private static final Set<String> EXECUTABLE =
            Set.of("MARKED", "ALLOCATED", "EXECUTING", "PARTIAL", "EXECUTED", "FAILED");

    private final MarketDataFactory marketDataFactory;
    private final StoreFactory storeFactory;
    private final Map<String, String> environment;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Mixin
    private GlobalOptions marketOptions = new GlobalOptions();

    @Option(
            names = "--preview",
            description = "Show the legs, margin, charges and every pre-trade check; send nothing.")
    private boolean preview;

    @Option(names = "--execute", description = "Execute the marked and allocated strategies.")
    private boolean execute;

    @Option(names = "--confirm", description = "Confirm live trading (required with --live).")
    private boolean confirm;

    @Option(names = "--strategy-id", paramLabel = "ID", description = "Only this strategy (alone: execute it).")
    private Long strategyId;

    @Option(
            names = "--live",
            description = "Trade on Dhan with real money (needs DHAN_CLIENT_ID, DHAN_ACCESS_TOKEN, --confirm and --data"
                    + " dhan; orders above NSE's freeze quantity are sliced, an unknown limit is refused).")
    private boolean live;

    @Option(names = "--json", description = "Print the document as JSON (docs/schema/execute.schema.json).")
    private boolean json;

    @Option(
            names = "--ignore-market-hours",
            description = "Paper only: trade outside NSE's session and on recorded quotes (waives the market-hours"
                    + " and quote-age checks).")
    private boolean ignoreMarketHours;

    /** Creates the command with its factories, the environment and the clock. */
    public ExecuteCommand(
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
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        boolean run = execute || (strategyId != null && !preview);
        validate(run);
        MarketDataSettings settings = marketOptions.settings(RootCommand.globalOptions(spec));
        if (ExecutionBroker.liveRefused(live, settings, environment, spec.commandLine())) {
            return RootCommand.EXIT_UNAVAILABLE;
        }
        TradingDesk.Request request =
                new TradingDesk.Request("execute", settings, ignoreMarketHours, environment, live);
        try (TradingDesk desk = TradingDesk.open(marketDataFactory, storeFactory, clock, request)) {
            JdbiExecutionStore store = desk.executionStore();
            String describe = desk.describe();
            err.println("options-v4 execute: " + describe);
            ExecutionService service = desk.service();
            Optional<List<MarkedStrategy>> chosen = strategies(store, err);
            if (chosen.isEmpty()) {
                return 1;
            }
            Context context = new Context(describe, desk.data(), desk.opened().asOf(), desk.home(), clock.instant());
            return run ? execute(service, store, chosen.get(), context) : preview(service, chosen.get(), context);
        }
    }

    private void validate(boolean run) {
        if (preview && execute) {
            throw new ParameterException(spec.commandLine(), "--preview and --execute exclude each other");
        }
        if (!preview && !run) {
            throw new ParameterException(
                    spec.commandLine(), "say what to do: --preview, --execute or --strategy-id ID");
        }
        if (live && !confirm) {
            throw new ParameterException(spec.commandLine(), "--live needs --confirm: live orders move real money");
        }
        if (live && ignoreMarketHours) {
            throw new ParameterException(
                    spec.commandLine(), "--ignore-market-hours is for the paper broker only, not with --live");
        }
    }

    private Optional<List<MarkedStrategy>> strategies(JdbiExecutionStore store, PrintWriter err) {
        if (strategyId == null) {
            List<MarkedStrategy> marked = store.marked();
            if (marked.isEmpty() && store.unfinished().isEmpty()) {
                err.println("options-v4 execute: no strategy is marked or allocated: run 'options-v4 allocate' or"
                        + " 'options-v4 mark' first");
                return Optional.empty();
            }
            return Optional.of(marked);
        }
        Optional<MarkedStrategy> s = store.strategy(strategyId);
        if (s.isEmpty()) {
            err.println("options-v4 execute: strategy " + strategyId + " is not stored");
            return Optional.empty();
        }
        if (!EXECUTABLE.contains(s.get().status())) {
            err.println("options-v4 execute: strategy " + strategyId + " is "
                    + s.get().status() + ", not marked: mark it first with 'options-v4 mark'");
            return Optional.empty();
        }
        return Optional.of(List.of(s.get()));
    }

    private int preview(ExecutionService service, List<MarkedStrategy> strategies, Context c) throws IOException {
        List<StrategyPreview> previews = service.preview(strategies);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ExecuteJson.Document doc = new ExecuteJson.Document(
                    c.now().toString(),
                    "preview",
                    service.brokerName(),
                    c.broker(),
                    service.live(),
                    c.data(),
                    c.asOf().toString(),
                    List.of(),
                    ExecuteJson.previews(previews));
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        } else {
            Screen screen = RootCommand.screen(spec);
            ExecuteReport.header(out, screen, c.broker(), c.data());
            ExecuteReport.previews(out, screen, previews);
        }
        out.flush();
        return previews.stream().allMatch(StrategyPreview::passed) ? 0 : 1;
    }

    private int execute(ExecutionService service, JdbiExecutionStore store, List<MarkedStrategy> strategies, Context c)
            throws IOException {
        ExecutionReport report = service.execute(strategies);
        ExecuteJson.Document doc = ExecuteJson.executed(c.now(), report, c.broker(), c.data(), c.asOf());
        Path results = ResultsFile.write(
                c.home(),
                "options_v4_execution_" + STAMP.format(c.now().atZone(RunLog.INDIA)),
                file -> Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(file, doc));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        } else {
            Screen screen = RootCommand.screen(spec);
            ExecuteReport.header(out, screen, c.broker(), c.data());
            ExecuteReport.executed(out, screen, report);
            out.println();
            out.println("Results: " + results + "; log: " + ExecutionLog.file(c.home()));
        }
        out.flush();
        return exitCode(report);
    }

    private static int exitCode(ExecutionReport report) {
        if (report.stopped()) {
            return RootCommand.EXIT_UNAVAILABLE;
        }
        boolean bad = java.util.stream.Stream.concat(report.resumed().stream(), report.outcomes().stream())
                .map(ExecutionOutcome::result)
                .anyMatch(r -> r != ExecutionOutcome.Result.EXECUTED && r != ExecutionOutcome.Result.ALREADY_EXECUTED);
        return bad ? 1 : 0;
    }

    /** What every output of the run shows. */
    private record Context(String broker, String data, LocalDate asOf, Path home, Instant now) {}
}
