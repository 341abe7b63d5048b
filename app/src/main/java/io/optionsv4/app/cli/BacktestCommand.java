package io.optionsv4.app.cli;

import io.optionsv4.app.config.AnalysisConfig;
import io.optionsv4.app.config.MarketDataFactory;
import io.optionsv4.app.config.OptionsV4Home;
import io.optionsv4.app.config.StoreFactory;
import io.optionsv4.core.allocation.AllocationSettings;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.engine.backtest.BacktestMarket;
import io.optionsv4.engine.backtest.BacktestResult;
import io.optionsv4.engine.backtest.BacktestRun;
import io.optionsv4.engine.backtest.BacktestRunner;
import io.optionsv4.engine.backtest.BacktestSettings;
import io.optionsv4.engine.backtest.BacktestTrade;
import io.optionsv4.engine.backtest.EquityPoint;
import io.optionsv4.engine.backtest.HistoryBacktestMarket;
import io.optionsv4.engine.backtest.SimBacktestMarket;
import io.optionsv4.engine.backtest.report.BacktestReport;
import io.optionsv4.engine.backtest.report.PerformanceSummary;
import io.optionsv4.engine.backtest.report.PopCalibration;
import io.optionsv4.marketdata.history.HistoricalNiftyMarket;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import io.optionsv4.store.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code options-v4 backtest [--from D] [--to D] [--data history|sim] [--risk R] [--capital C] [--seed N]
 * [--workspace memory|database] [--charts] [--json]}: the daily loop over past days on a simulated clock ({@link
 * BacktestRunner}), on the historical NIFTY market (real NIFTY and India VIX, model option prices; the default when
 * its files are there) or the simulated market (the whole universe). The run's working books are in memory, or with
 * {@code --workspace database} in a schema of the database ({@link BacktestWorkspace}). Progress on standard error.
 * Writes the reports into {@code results/} ({@link BacktestReportWriter}: {@code backtest_<run>.json} and the CSV
 * tables; charts and the HTML page with {@code --charts}), stores the run, its daily equity and its trades in the
 * database, prints a summary ({@link Output} with {@code --json}). Exit 0 when the run completed, 1 when it did not, 2
 * for bad flags or a range outside the data or without a trading day, 3 when the data or the database is unavailable
 * (a malformed or missing file, named).
 */
@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        subcommands = {BacktestRunsCommand.class, BacktestShowCommand.class, BacktestCompareCommand.class},
        description = "Runs the daily loop (analyze, allocate, execute on paper, monitor exits, settle expiries) day by"
                + " day over history (real NIFTY + India VIX, model option prices) or the simulated market.")
public final class BacktestCommand implements Callable<Integer> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss", Locale.ROOT);
    private static final long DEFAULT_SEED = 42;

    private final StoreFactory storeFactory;
    private final Map<String, String> environment;
    private final Clock clock;
    private final Optional<Path> projectData;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (default: a year before --to).")
    private LocalDate from;

    @Option(
            names = "--to",
            paramLabel = "DATE",
            description = "Last day (default: the data's last day; sim: the" + " end of last year).")
    private LocalDate to;

    @Option(
            names = "--data",
            paramLabel = "SOURCE",
            description = "history (default when the NIFTY and India VIX" + " files are there) or sim.")
    private String data;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Where index_daily/nifty50.csv and indiavix.csv"
                    + " are (default: $OPTIONS_V4_DATA_DIR, else the project's data/).")
    private Path dataDir;

    @Option(names = "--risk", paramLabel = "R", description = "conservative, moderate (default) or aggressive.")
    private String risk = "moderate";

    @Option(names = "--capital", paramLabel = "RUPEES", description = "Starting capital (default: as configured).")
    private Double capital;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the simulated market (default 42).")
    private long seed = DEFAULT_SEED;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis worker threads (default: the cores).")
    private Integer threads;

    @Option(
            names = "--workspace",
            paramLabel = "WHERE",
            description = "Where the run's working books live: memory (default, fast) or database (a schema of the"
                    + " configured database, the production stores; to compare).")
    private String workspace = "memory";

    @Option(
            names = "--charts",
            description = "Also write the charts (PNG and SVG) and a one-page HTML report beside the JSON and CSV"
                    + " reports.")
    private boolean charts;

    @Option(
            names = "--json",
            description = "Print the run, its summary figures, the PoP calibration, the daily equity, every trade and"
                    + " the files written as JSON.")
    private boolean json;

    /** Creates the command. */
    BacktestCommand(
            StoreFactory storeFactory, Map<String, String> environment, Clock clock, Optional<Path> projectData) {
        this.storeFactory = storeFactory;
        this.environment = environment;
        this.clock = clock;
        this.projectData = projectData;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RiskTolerance profile = RiskTolerance.parse(risk);
        BacktestMarket market = market();
        LocalDate last = to != null ? to : defaultTo(market);
        LocalDate first = from != null ? from : last.minusYears(1).plusDays(1);
        if (last.isBefore(first)) {
            throw new ParameterException(spec.commandLine(), "--to " + last + " is before --from " + first);
        }
        int days = sessions(market, first, last);
        var analysis = AnalysisConfig.load(Optional.empty());
        double rupees = capital != null ? capital : analysis.capital().totalCapital();
        if (!(rupees > 0) || Double.isInfinite(rupees)) {
            throw new ParameterException(
                    spec.commandLine(), "--capital must be rupees > 0, e.g. 1000000, was " + rupees);
        }
        BacktestWorkspace.Kind where;
        try {
            where = BacktestWorkspace.Kind.parse(workspace);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
        }
        Instant start = clock.instant();
        Path home = OptionsV4Home.resolve(environment);
        BacktestResult result;
        try (Database main = storeFactory.open()) {
            JdbiBacktestStore store = new JdbiBacktestStore(main.jdbi());
            String runId = runId(store, STAMP.format(start.atZone(BacktestRunnerZone.IST)) + "_" + market.name());
            BacktestSettings settings = new BacktestSettings(
                    runId, first, last, profile, Math.round(rupees * 100), seed, analysis, AllocationSettings.DEFAULT);
            err.println("options-v4 backtest: " + days + " trading days " + first + " .. " + last + " on the "
                    + market.name() + " market; " + market.priceNotice());
            err.flush();
            try (BacktestWorkspace work = where == BacktestWorkspace.Kind.MEMORY
                    ? new MemoryWorkspace()
                    : DatabaseWorkspace.open(storeFactory, main, "backtest_work_" + runId)) {
                work.seed(market.asOf(first), first);
                BacktestRunner runner = new BacktestRunner(market, work.ports(clock), clock, parallelism());
                boolean terminal = RootCommand.console(spec).stderrTerminal();
                result = runner.run(
                        settings,
                        new BacktestProgressOutput(err, terminal, clock, Duration.ofSeconds(30)),
                        () -> false);
            }
            store.save(result);
        }
        report(result, home.resolve("results"), charts, json, RootCommand.screen(spec), out);
        return result.run().complete() ? 0 : 1;
    }

    /**
     * Writes the reports of {@code result} into {@code resultsDir} (charts and the HTML page with {@code charts}) and
     * prints its summary, or the {@link Output} document with {@code json}: after a run and for {@code backtest show}.
     */
    static void report(
            BacktestResult result, Path resultsDir, boolean charts, boolean json, Screen screen, PrintWriter out)
            throws IOException {
        BacktestReport report = BacktestReport.of(result);
        List<Path> written = BacktestReportWriter.write(result, report, resultsDir, charts);
        if (json) {
            out.println(BacktestReportWriter.JSON.writeValueAsString(new Output(
                    result.run(),
                    report.summary(),
                    report.planPop(),
                    report.expiryPop(),
                    result.equity(),
                    result.trades(),
                    written.stream().map(Path::toString).toList())));
        } else {
            summary(out, screen, result, report, written);
        }
        out.flush();
    }

    /** Returns {@code base}, or {@code base_2}, {@code base_3}, ... when a stored run has it. */
    private static String runId(JdbiBacktestStore store, String base) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        store.runs().forEach(r -> taken.add(r.runId()));
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "_" + n;
        }
        return id;
    }

    private int parallelism() {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be >= 1 but was " + n);
        }
        return n;
    }

    private BacktestMarket market() {
        Path dir = dataDir != null
                ? dataDir
                : Optional.ofNullable(environment.get(MarketDataFactory.DATA_DIR_VARIABLE))
                        .map(Path::of)
                        .or(() -> projectData)
                        .orElse(null);
        boolean files = dir != null
                && present(dir, HistoricalNiftyMarket.NIFTY_FILE)
                && present(dir, HistoricalNiftyMarket.VIX_FILE);
        String source = data != null ? data.toLowerCase(Locale.ROOT) : files ? "history" : "sim";
        return switch (source) {
            case "history" -> {
                if (!files) {
                    throw new MarketDataException("--data history needs " + HistoricalNiftyMarket.NIFTY_FILE + " and "
                            + HistoricalNiftyMarket.VIX_FILE + " (plain or .gz) under "
                            + (dir == null ? "--data-dir or $" + MarketDataFactory.DATA_DIR_VARIABLE : dir));
                }
                yield new HistoryBacktestMarket(HistoricalNiftyMarket.load(dir));
            }
            case "sim" -> new SimBacktestMarket(new SimulatedMarketData(seed));
            default ->
                throw new ParameterException(spec.commandLine(), "--data must be history or sim, was '" + data + "'");
        };
    }

    private static boolean present(Path dir, String file) {
        return Files.isRegularFile(dir.resolve(file)) || Files.isRegularFile(dir.resolve(file + ".gz"));
    }

    private LocalDate defaultTo(BacktestMarket market) {
        return market.lastDate().equals(LocalDate.MAX)
                ? LocalDate.of(
                        LocalDate.ofInstant(clock.instant(), BacktestRunnerZone.IST)
                                        .getYear()
                                - 1,
                        12,
                        31)
                : market.lastDate();
    }

    private int sessions(BacktestMarket market, LocalDate first, LocalDate last) {
        List<LocalDate> sessions;
        try {
            sessions = market.sessions(first, last);
        } catch (MarketDataException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (sessions.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "no trading day between " + first + " and " + last + " in the " + market.name() + " market's data");
        }
        return sessions.size();
    }

    /**
     * The {@code --json} document: the run, its performance summary, the calibration of the plan and expiry PoP, the
     * daily equity, every trade and the files written (the reports' JSON document first).
     */
    record Output(
            BacktestRun run,
            PerformanceSummary summary,
            PopCalibration planPop,
            PopCalibration expiryPop,
            List<EquityPoint> equity,
            List<BacktestTrade> trades,
            List<String> files) {}

    /** Prints the summary with every line wrapped to the screen's width (continuations indented). */
    private static void summary(
            PrintWriter out, Screen screen, BacktestResult result, BacktestReport report, List<Path> written) {
        StringWriter text = new StringWriter();
        try (PrintWriter lines = new PrintWriter(text)) {
            summaryLines(lines, result, report, written);
        }
        text.toString().lines().forEach(line -> screen.wrap(line, 4).forEach(out::println));
    }

    private static void summaryLines(
            PrintWriter out, BacktestResult result, BacktestReport report, List<Path> written) {
        var run = result.run();
        List<EquityPoint> equity = result.equity();
        long end = equity.isEmpty()
                ? run.capitalPaise()
                : equity.get(equity.size() - 1).equityPaise();
        long closed = result.trades().stream().filter(BacktestTrade::closed).count();
        long wins = result.trades().stream()
                .filter(BacktestTrade::closed)
                .filter(BacktestTrade::profitable)
                .count();
        long peak = run.capitalPaise();
        long drawdown = 0;
        for (EquityPoint p : equity) {
            peak = Math.max(peak, p.equityPaise());
            drawdown = Math.max(drawdown, peak - p.equityPaise());
        }
        out.printf(
                Locale.ROOT,
                "Backtest %s: %s .. %s, %s market, %s, %d sessions%s%n",
                run.runId(),
                run.from(),
                run.to(),
                run.data(),
                run.risk(),
                run.sessions(),
                run.complete() ? "" : " (PARTIAL: stopped early)");
        out.println("  " + run.priceNotice());
        out.printf(
                Locale.ROOT,
                "  capital %s -> equity %s (%+.2f%%), max drawdown %s%n",
                Rupees.of(run.capitalPaise() / 100.0),
                Rupees.of(end / 100.0),
                (end - run.capitalPaise()) * 100.0 / run.capitalPaise(),
                Rupees.of(drawdown / 100.0));
        out.printf(
                Locale.ROOT,
                "  trades %d (%d closed, %d won, %d open at the end); elapsed %s; %d warnings%n",
                result.trades().size(),
                closed,
                wins,
                result.trades().size() - closed,
                BacktestProgressOutput.words(run.elapsed()),
                run.warnings().size());
        PerformanceSummary perf = report.summary();
        out.printf(
                Locale.ROOT,
                "  CAGR %s, Sharpe %s, Sortino %s%n",
                perf.cagr() == null ? "n/a" : String.format(Locale.ROOT, "%+.2f%%", perf.cagr() * 100),
                perf.sharpe() == null ? "n/a" : String.format(Locale.ROOT, "%.2f", perf.sharpe()),
                perf.sortino() == null ? "n/a" : String.format(Locale.ROOT, "%.2f", perf.sortino()));
        calibration(out, report.planPop());
        calibration(out, report.expiryPop());
        written.forEach(p -> out.println("  written: " + p));
        out.println("  stored as run " + run.runId() + " (backtest_runs)");
    }

    private static void calibration(PrintWriter out, PopCalibration pop) {
        var all = pop.overall();
        if (all.count() == 0 || all.meanPredicted() == null || all.brier() == null) {
            out.printf(Locale.ROOT, "  %s: no closed trade to calibrate%n", pop.prediction());
            return;
        }
        out.printf(
                Locale.ROOT,
                "  %s calibration: %d trades, predicted %.1f%%, realised %.1f%%, Brier %.3f%n",
                pop.prediction(),
                all.count(),
                all.meanPredicted() * 100,
                all.realisedFrequency() * 100,
                all.brier());
    }
}
