package io.optionsv4.app.cli;

import io.optionsv4.app.config.OptionsV4Home;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code options-v4 daily [--risk R] [--capital C] [--symbol S,...] [--live --confirm] [--json]}: the trader's whole
 * day in one command, each step the very command a user would type, run in-process: {@code analyze}, {@code allocate}
 * (allocated strategies count as marked, so there is no separate mark step to run), {@code execute --execute}, one
 * cycle of {@code monitor legacy --once --execute} (exits on the same broker) and the status, which is one more
 * monitoring cycle in simulation: the book after the day's exits, nothing placed. Every step runs even when an earlier
 * one failed. On the paper broker outside NSE's session (or on recorded data) the market hours are waived for execute
 * and the monitor, and the report says so; with {@code --live} they never are. One results file, {@code
 * results/options_v4_daily_YYYYMMDD_HHMMSS.json}, links the files the day wrote and each step's exit code. Exit 0 when
 * every step exited 0, else 1; 2 for bad flags; 3 before any step when {@code --live} cannot trade live.
 */
@Command(
        name = "daily",
        mixinStandardHelpOptions = true,
        description = "The whole day: analyze, allocate (= mark), execute (paper unless --live --confirm), one"
                + " monitoring cycle, status; one results file linking the day's files.")
public final class DailyCommand implements Callable<Integer>, GlobalOptions.ReadsMarketData {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss", Locale.ROOT);

    /** Runs one command line in-process with the given output streams; returns its exit code. */
    @FunctionalInterface
    interface Steps {
        int run(List<String> args, PrintWriter out, PrintWriter err);
    }

    private final Steps steps;
    private final Map<String, String> environment;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Mixin
    private GlobalOptions marketOptions = new GlobalOptions();

    @Option(names = "--risk", paramLabel = "R", description = "conservative, moderate (default) or aggressive.")
    private String risk = "moderate";

    @Option(names = "--capital", paramLabel = "RUPEES", description = "Capital to allocate (default: as configured).")
    private String capital;

    @Option(names = "--symbol", paramLabel = "SYMBOL", description = "Analyse only these symbols (comma separated).")
    private String symbols;

    @Option(
            names = "--live",
            description = "Execute and exit on Dhan with real money (needs DHAN_CLIENT_ID, DHAN_ACCESS_TOKEN, --confirm"
                    + " and --data dhan).")
    private boolean live;

    @Option(names = "--confirm", description = "Confirm live trading (required with --live).")
    private boolean confirm;

    @Option(names = "--json", description = "Print the day's document as JSON (docs/schema/daily.schema.json).")
    private boolean json;

    /** Creates the command over the in-process runner of the other commands. */
    DailyCommand(Steps steps, Map<String, String> environment, Clock clock) {
        this.steps = steps;
        this.environment = environment;
        this.clock = clock;
    }

    /**
     * The day's document.
     *
     * @param generatedAt when the day started (ISO-8601 instant)
     * @param broker {@code paper} or {@code live}
     * @param marketHoursWaived true when execute and the monitor traded outside NSE's session on paper
     * @param market the session in words
     * @param steps each step with its command and exit code
     * @param files the files the day wrote or extended, relative to the home
     * @param exitCode the overall exit code
     */
    record Document(
            String generatedAt,
            String broker,
            boolean marketHoursWaived,
            String market,
            List<Step> steps,
            List<String> files,
            int exitCode) {}

    /** One step: its name, the command it ran (empty for mark), its exit code, seconds taken and a note. */
    record Step(String name, String command, int exitCode, double seconds, String note) {}

    @Override
    public Integer call() throws IOException {
        if (live && !confirm) {
            throw new ParameterException(spec.commandLine(), "--live needs --confirm: live orders move real money");
        }
        if (ExecutionBroker.liveRefused(
                live, marketOptions.settings(RootCommand.globalOptions(spec)), environment, spec.commandLine())) {
            return RootCommand.EXIT_UNAVAILABLE;
        }
        Instant start = clock.instant();
        Path home = OptionsV4Home.resolve(environment);
        Map<Path, String> before = files(home);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stepOut = json ? err : out;
        List<String> market = marketOptions.arguments(RootCommand.globalOptions(spec));
        boolean recorded = market.contains("--as-of")
                && !market.get(market.indexOf("--as-of") + 1)
                        .equals(LocalDate.ofInstant(start, RunLog.INDIA).toString());
        boolean waive = !live && (recorded || !SessionHours.open(start));
        String session = recorded ? "recorded data" : SessionHours.describe(start);
        if (waive) {
            err.println("options-v4 daily: " + session + ": market hours are waived for the paper broker (execute and"
                    + " monitor fill on the market data's quotes)");
        }
        List<String> trading =
                live ? List.of("--live", "--confirm") : waive ? List.of("--ignore-market-hours") : List.of();
        List<Step> done = new ArrayList<>();
        done.add(step("analyze", join(List.of("analyze", "--risk", risk, "--brief"), symbolArgs(), market), stepOut));
        List<String> allocate = new ArrayList<>(List.of("allocate"));
        if (capital != null) {
            allocate.add(capital);
        }
        allocate.addAll(List.of("--risk", risk));
        allocate.addAll(market);
        done.add(step("allocate", allocate, stepOut));
        done.add(new Step("mark", "", 0, 0, "the allocated strategies count as marked"));
        done.add(step("execute", join(List.of("execute", "--execute"), trading, market), stepOut));
        done.add(step("monitor", join(List.of("monitor", "legacy", "--once", "--execute"), trading, market), stepOut));
        done.add(step("status", join(List.of("monitor", "legacy", "--once"), List.of(), market), stepOut));
        int exit = done.stream().allMatch(s -> s.exitCode() == 0) ? 0 : 1;
        List<String> written = changed(home, before);
        Document doc = new Document(start.toString(), live ? "live" : "paper", waive, session, done, written, exit);
        Path results = ResultsFile.write(
                home,
                "options_v4_daily_" + STAMP.format(start.atZone(RunLog.INDIA)),
                file -> Json.MAPPER.writeValue(file, doc));
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(doc));
        } else {
            report(out, doc, home, results);
        }
        out.flush();
        return exit;
    }

    private List<String> symbolArgs() {
        return symbols == null ? List.of() : List.of("--symbol", symbols);
    }

    private static List<String> join(List<String> first, List<String> second, List<String> third) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        all.addAll(third);
        return all;
    }

    private Step step(String name, List<String> args, PrintWriter out) {
        PrintWriter err = spec.commandLine().getErr();
        out.println();
        out.println(RootCommand.screen(spec).bold("== " + name + ": options-v4 " + String.join(" ", args)));
        out.flush();
        long t0 = System.nanoTime();
        int code = steps.run(args, out, err);
        double seconds = Math.round((System.nanoTime() - t0) / 1e6) / 1000.0;
        out.flush();
        err.flush();
        return new Step(name, "options-v4 " + String.join(" ", args), code, seconds, code == 0 ? "ok" : "failed");
    }

    private void report(PrintWriter out, Document doc, Path home, Path results) {
        Screen screen = RootCommand.screen(spec);
        out.println();
        out.println(screen.bold("Daily run "
                + RunLog.TIME.format(Instant.parse(doc.generatedAt()).atZone(RunLog.INDIA)) + " IST - " + doc.broker()
                + " broker" + (doc.marketHoursWaived() ? ", market hours waived (" + doc.market() + ")" : "")));
        Table table = new Table(List.of(
                Table.Column.left("Step"),
                Table.Column.right("Exit"),
                Table.Column.left("Note").flexible(10)));
        for (Step s : doc.steps()) {
            Table.Cell code = new Table.Cell(
                    Integer.toString(s.exitCode()), t -> s.exitCode() == 0 ? screen.green(t) : screen.red(t));
            table.row(List.of(Table.Cell.of(s.name()), code, Table.Cell.of(s.note())));
        }
        table.render(screen.width(), screen).forEach(out::println);
        out.println("Files of the day (under " + home + "):");
        doc.files().forEach(f -> out.println("  " + f));
        out.println("Results: " + results);
    }

    /** Returns the files under the home's results and logs with their modification times. */
    private static Map<Path, String> files(Path home) {
        Map<Path, String> files = new LinkedHashMap<>();
        for (String dir : List.of("results", "logs")) {
            Path directory = home.resolve(dir);
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> listing = Files.list(directory)) {
                for (Path p : listing.sorted().toList()) {
                    if (Files.isRegularFile(p)) {
                        files.put(p, Files.getLastModifiedTime(p).toMillis() + ":" + Files.size(p));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + directory, e);
            }
        }
        return files;
    }

    private static List<String> changed(Path home, Map<Path, String> before) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<Path, String> e : files(home).entrySet()) {
            if (!e.getValue().equals(before.get(e.getKey()))) {
                changed.add(home.relativize(e.getKey()).toString());
            }
        }
        return changed;
    }
}
