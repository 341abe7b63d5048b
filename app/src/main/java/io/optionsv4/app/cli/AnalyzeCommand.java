package io.optionsv4.app.cli;

import io.optionsv4.app.config.AnalysisConfig;
import io.optionsv4.app.config.MarketDataFactory;
import io.optionsv4.app.config.OptionsV4Home;
import io.optionsv4.app.config.StoreFactory;
import io.optionsv4.core.allocation.AllocationStore;
import io.optionsv4.core.analysis.IvAnalyzer;
import io.optionsv4.core.analysis.IvHistoryStore;
import io.optionsv4.core.conditions.MarketConditionsStore;
import io.optionsv4.core.conditions.MarketStateEvaluator;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.selection.AnalysisStore;
import io.optionsv4.core.selection.CapitalSettings;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.engine.pipeline.AnalysisPipeline;
import io.optionsv4.engine.pipeline.AnalysisRequest;
import io.optionsv4.engine.pipeline.AnalysisRun;
import io.optionsv4.engine.pipeline.AnalysisSettings;
import io.optionsv4.engine.pipeline.ChainsOnlyWarning;
import io.optionsv4.engine.pipeline.IvBackfill;
import io.optionsv4.engine.pipeline.IvRankWarning;
import io.optionsv4.engine.pipeline.MarketConditionsService;
import io.optionsv4.engine.pipeline.ProgressListener;
import io.optionsv4.marketdata.reference.ReferenceData;
import io.optionsv4.marketdata.replay.DataQualityReport;
import io.optionsv4.store.Database;
import io.optionsv4.store.JdbiAllocationStore;
import io.optionsv4.store.JdbiAnalysisStore;
import io.optionsv4.store.JdbiIvHistoryStore;
import io.optionsv4.store.JdbiMarketConditionsStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code options-v4 analyze}: strategy creation over the F&amp;O universe (or the named symbols) for the as-of day:
 * analysis, fitting strategies built on the real chains, the probability filter of the risk tolerance, ranking, exit
 * plans; stores the top strategies per symbol, writes {@code results/options_v4_analysis_YYYYMMDD_HHMMSS.json} and the
 * day's log, and prints a report (or the JSON with {@code --json}).
 *
 * <p>Just over 400 lines because its help is part of it: the eighteen options with their descriptions and the
 * command's description and footer take about 150; the work is in the pipeline, the report and JSON classes.
 */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Builds, filters, ranks and stores the day's option strategies for every F&O underlying.",
            "",
            "Analyses every F&O underlying (or the --symbol ones), builds the strategies that fit each on its real"
                    + " option chain, keeps those passing the risk tolerance's PoP and max-loss limits, ranks them,"
                    + " attaches exit plans and stores the top ones. Writes"
                    + " results/options_v4_analysis_YYYYMMDD_HHMMSS.json and logs/options_v4_main_YYYYMMDD.log under"
                    + " $OPTIONS_V4_HOME (default ~/.options-v4).",
            ""
        },
        footer = {
            "",
            "Settings (strategy preferences per market state, ranking weights, capital and risk limits, DTE windows,"
                    + " liquidity filters, exit rules, brokerage and slippage) come from the embedded defaults"
                    + " overlaid by the 'analysis:' section of $OPTIONS_V4_HOME/options-v4.yaml or --config FILE;"
                    + " --show-config prints the effective settings.",
            "Exit codes: 0 at least one symbol got strategies, 1 none did, 2 usage error, 3 market data or database"
                    + " unavailable."
        })
public final class AnalyzeCommand implements Callable<Integer>, GlobalOptions.ReadsMarketData {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss", Locale.ROOT);

    private final MarketDataFactory marketDataFactory;
    private final StoreFactory storeFactory;
    private final Map<String, String> environment;
    private final Clock clock;
    private final boolean terminal;

    @Spec
    private CommandSpec spec;

    @picocli.CommandLine.Mixin
    private GlobalOptions marketOptions = new GlobalOptions();

    @Option(
            names = "--symbol",
            paramLabel = "SYMBOL",
            description = "Analyse only this symbol (repeatable, or comma-separated); default: the whole universe.",
            split = ",")
    private List<String> symbols = new ArrayList<>();

    @Option(
            names = "--risk",
            paramLabel = "RISK",
            defaultValue = "moderate",
            description = "conservative (PoP >= 45%%, max loss 2%%), moderate (25%%, 5%%; default) or aggressive"
                    + " (15%%, 10%%); limits as configured.")
    private String risk;

    @Option(
            names = "--skip-unknown",
            description = "Leave out --symbol names that are not F&O symbols, with a warning.")
    private boolean skipUnknown;

    @Option(
            names = "--capital",
            paramLabel = "RUPEES",
            description =
                    "Total capital in rupees, e.g. 3000000 (default: as configured); the risk limits scale with it.")
    private Double capital;

    @Option(
            names = "--best",
            paramLabel = "N",
            defaultValue = "10",
            description = "Strategies in the day's best list at the top of the report (default: ${DEFAULT-VALUE}).")
    private int best;

    @Option(
            names = "--sort",
            paramLabel = "KEY",
            defaultValue = "score",
            description = "Order of the best list: score (default), pop, max_loss or symbol.")
    private TopList.Sort sort;

    @Option(
            names = "--min-conviction",
            paramLabel = "LEVEL",
            defaultValue = "very_low",
            description = "Show only strategies of this conviction or higher: very_low (default), low, medium, high,"
                    + " very_high.")
    private Conviction minConviction;

    @Option(names = "--brief", description = "Print only the best list and the run summary, not each symbol's detail.")
    private boolean brief;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress and no notes on standard error; errors still show.")
    private boolean quiet;

    @Option(names = "--no-database", description = "Do not open the database: nothing is stored, no IV history used.")
    private boolean noDatabase;

    @Option(
            names = "--iv-backfill",
            paramLabel = "SESSIONS",
            defaultValue = "" + IvBackfill.DEFAULT_SESSIONS,
            description = "Sessions of stored IV history kept filled: gaps in the last N sessions are read from the"
                    + " market data first where it serves past days (an IV rank needs " + IvAnalyzer.MIN_IV_HISTORY
                    + "; default: ${DEFAULT-VALUE}; 0: none).")
    private int ivBackfill;

    @Option(
            names = "--limit",
            paramLabel = "N",
            description = "Analyse only the first N symbols of the universe (alphabetical order).")
    private Integer limit;

    @Option(
            names = "--top",
            paramLabel = "K",
            defaultValue = "3",
            description = "Strategies kept per symbol (default: ${DEFAULT-VALUE}).")
    private int top;

    @Option(names = "--json", description = "Print the results document as JSON instead of the report.")
    private boolean json;

    @Option(
            names = "--charts",
            description = "Also draw each kept strategy's P&L chart (PNG, as 'payoff --chart') into a folder"
                    + " beside the results file: ..._charts/SYMBOL_strategy.png.")
    private boolean charts;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Settings file (default: $OPTIONS_V4_HOME/options-v4.yaml when it exists).")
    private Path config;

    @Option(names = "--show-config", description = "Print the effective analysis settings as YAML and exit.")
    private boolean showConfig;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of processors).")
    private Integer threads;

    /** Creates the command with its collaborators. */
    public AnalyzeCommand(
            MarketDataFactory marketDataFactory,
            StoreFactory storeFactory,
            Map<String, String> environment,
            Clock clock,
            boolean terminal) {
        this.marketDataFactory = marketDataFactory;
        this.storeFactory = storeFactory;
        this.environment = environment;
        this.clock = clock;
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path home = OptionsV4Home.resolve(environment);
        Optional<Path> configFile = Optional.of(config != null ? config : home.resolve(AnalysisConfig.FILE_NAME));
        if (config != null && !Files.isRegularFile(config)) {
            throw new IllegalArgumentException("--config " + config + ": no such file");
        }
        if (showConfig) {
            out.print(AnalysisConfig.toYaml(configFile));
            out.flush();
            return 0;
        }
        AnalysisSettings settings = withCapital(AnalysisConfig.load(configFile));
        if (best < 1) {
            throw new IllegalArgumentException("--best must be a whole number >= 1 but was " + best);
        }
        MarketDataFactory.Opened opened =
                marketDataFactory.open(marketOptions.settings(RootCommand.globalOptions(spec)));
        if (!symbols.isEmpty() || spec.commandLine().getParseResult().hasMatchedOption("--symbol")) {
            symbols = MarketChecks.symbols(
                    opened.marketData(), opened.asOf(), symbols, "--symbol", skipUnknown, err, "options-v4 analyze");
        }
        Analysed analysed = analyse(opened, request(opened), settings, err);
        AnalysisRun run = analysed.run();
        ChainsOnlyWarning.of(run.outcomes()).ifPresent(w -> err.println("options-v4 analyze: warning: " + w));
        IvRankWarning.of(run.outcomes()).ifPresent(w -> err.println("options-v4 analyze: warning: " + w));
        Instant now = clock.instant();
        Optional<DataQualityReport> quality = DataQualityOutput.of(opened.marketData());
        AnalysisJson.Document document =
                AnalysisJson.of(run, settings.capital(), opened.description(), top, now, quality);
        // results/options_v4_analysis_YYYYMMDD_HHMMSS.json (India time) through a .partial file, so a reader never sees
        // half a document; a second run within the same second gets _2, _3, ... (ResultsFile)
        Path results = ResultsFile.write(
                home,
                "options_v4_analysis_" + STAMP.format(now.atZone(RunLog.INDIA)),
                file -> Json.MAPPER.writeValue(file, document));
        RunLog.append(home, now, run, opened.description());
        DataQualityOutput.log(home, now, quality);
        DataQualityOutput.print(quality, err, "analyze");
        if (charts) {
            AnalysisCharts.Result drawn = AnalysisCharts.write(results);
            drawn.skipped().forEach(s -> err.println("options-v4 analyze: no chart for " + s));
            if (!quiet) {
                err.println("options-v4 analyze: " + drawn.written().size() + " charts written beside " + results);
            }
        }
        if (json) {
            if (!quiet) {
                err.println("options-v4 analyze: results written to " + results);
            }
            out.println(Json.MAPPER.writeValueAsString(document));
        } else {
            report(run, settings, analysed.stored(), results, out);
        }
        out.flush();
        if (run.summary().withStrategies() == 0) {
            err.println("options-v4 analyze: no symbol got a strategy (reasons in the summary and " + results + ")");
            return 1;
        }
        return StoreOutcome.exitCode(run, analysed.failFast(), err, "analyze");
    }

    /** A finished run, what was stored (for the summary), and the store wrapper that saw its failures. */
    private record Analysed(AnalysisRun run, String stored, Optional<FailFastAnalysisStore> failFast) {}

    /** Runs the analysis, with the database's stores and the IV back-fill unless {@code --no-database}. */
    private Analysed analyse(
            MarketDataFactory.Opened opened, AnalysisRequest request, AnalysisSettings settings, PrintWriter err) {
        ProgressListener progress = progress(err);
        if (noDatabase) {
            AnalysisRun run = pipeline(
                            opened, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), settings)
                    .run(request, progress);
            return new Analysed(run, "nothing (--no-database)", Optional.empty());
        }
        AnalysisRun run;
        FailFastAnalysisStore failFast;
        try (Database database = storeFactory.open()) {
            failFast = new FailFastAnalysisStore(new JdbiAnalysisStore(database.jdbi()), database.description());
            AnalysisPipeline pipeline = pipeline(
                    opened,
                    Optional.of(failFast),
                    Optional.of(new JdbiAllocationStore(database.jdbi())),
                    Optional.of(new JdbiIvHistoryStore(database.jdbi())),
                    Optional.of(new JdbiMarketConditionsStore(database.jdbi(), clock)),
                    settings);
            backfill(pipeline, request, opened.description(), err);
            run = pipeline.run(request, progress);
        }
        String stored = run.stored() + " symbols in the database"
                + (run.summary().storeFailures() > 0 ? ", " + run.summary().storeFailures() + " failed" : "");
        return new Analysed(run, stored, Optional.of(failFast));
    }

    /** Prints the text report: the best list, each symbol's detail (unless {@code --brief}) and the summary. */
    private void report(AnalysisRun run, AnalysisSettings settings, String stored, Path results, PrintWriter out) {
        Screen screen = RootCommand.screen(spec);
        TopList.print(
                TopList.select(run, sort, minConviction),
                best,
                "Best strategies of " + run.asOf() + " (by " + sort.name().toLowerCase(Locale.ROOT) + ")",
                screen,
                out);
        if (!brief) {
            AnalysisReport.symbols(run, minConviction, screen, out);
        }
        AnalysisReport.summary(run, settings.capital(), stored, results.toString(), screen, out);
    }

    /**
     * Fills the gaps in the symbols' IV history over the last {@code --iv-backfill} sessions before the run,
     * with a progress bar (a line every few seconds off a terminal, nothing with {@code --quiet}) and one line saying
     * what the source could serve.
     */
    private void backfill(AnalysisPipeline pipeline, AnalysisRequest request, String source, PrintWriter err) {
        if (ivBackfill < 0) {
            throw new IllegalArgumentException("--iv-backfill must be >= 0 but was " + ivBackfill);
        }
        IvBackfill.Progress progress = quiet
                ? IvBackfill.Progress.NONE
                : new BackfillProgress(err, RootCommand.console(spec).stderrTerminal(), clock);
        IvBackfill.Result result = pipeline.backfillIvHistory(request, ivBackfill, progress);
        if (!quiet && !result.symbols().isEmpty()) {
            err.printf(
                    Locale.ROOT,
                    "options-v4 analyze: IV history filled for %d symbols: %d of %d sessions served by %s,"
                            + " %d rows stored%n",
                    result.symbols().size(),
                    result.sessionsStored(),
                    result.sessionsTried(),
                    source,
                    result.rows());
            err.flush();
        }
    }

    private ProgressListener progress(PrintWriter err) {
        if (quiet) {
            return ProgressListener.NONE;
        }
        return RootCommand.console(spec).stderrTerminal()
                ? new ProgressBar(err)
                : new ProgressLines(err, clock, java.time.Duration.ofSeconds(5));
    }

    private AnalysisSettings withCapital(AnalysisSettings settings) {
        if (capital == null) {
            return settings;
        }
        if (!(capital > 0) || capital.isInfinite()) {
            throw new IllegalArgumentException(
                    "--capital must be an amount in rupees > 0, e.g. 3000000, but was " + capital);
        }
        return settings.withCapital(
                new CapitalSettings(capital, settings.capital().limits()));
    }

    private AnalysisRequest request(MarketDataFactory.Opened opened) {
        return new AnalysisRequest(
                opened.asOf(),
                symbols,
                limit == null ? OptionalInt.empty() : OptionalInt.of(limit),
                RiskTolerance.parse(risk),
                top,
                !noDatabase);
    }

    private AnalysisPipeline pipeline(
            MarketDataFactory.Opened opened,
            Optional<AnalysisStore> analysisStore,
            Optional<AllocationStore> allocationStore,
            Optional<IvHistoryStore> ivHistory,
            Optional<MarketConditionsStore> conditionsStore,
            AnalysisSettings settings) {
        int parallelism = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (parallelism < 1) {
            throw new IllegalArgumentException("--threads must be >= 1 but was " + parallelism);
        }
        MarketConditionsService conditions =
                new MarketConditionsService(opened.marketData(), conditionsStore, MarketStateEvaluator.DEFAULT, clock);
        return new AnalysisPipeline(
                opened.marketData(),
                analysisStore,
                ivHistory,
                conditions,
                settings,
                clock,
                parallelism,
                new TradingDays(ReferenceData.standard().calendar()::isPlannedTradingDay),
                new AnalysisPipeline.Outputs(allocationStore, opened.brokerMargin()));
    }
}
