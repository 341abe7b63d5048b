package io.optionsv4.app.cli;

import io.optionsv4.app.config.AnalysisConfig;
import io.optionsv4.app.config.MarketDataFactory;
import io.optionsv4.app.config.OptionsV4Home;
import io.optionsv4.app.config.StoreFactory;
import io.optionsv4.core.allocation.AllocationSettings;
import io.optionsv4.core.allocation.DeploymentShortfall;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.engine.allocation.AllocationRun;
import io.optionsv4.engine.allocation.AllocationService;
import io.optionsv4.engine.allocation.NothingToAllocateException;
import io.optionsv4.marketdata.reference.ReferenceData;
import io.optionsv4.store.Database;
import io.optionsv4.store.JdbiAllocationStore;
import io.optionsv4.store.JdbiMarketConditionsStore;
import io.optionsv4.store.JdbiReferenceStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code options-v4 allocate [CAPITAL] [--risk R] [--dry-run] [--date D] [--json] [--charts]}: sizes the stored
 * strategies of the latest analysis (or {@code --date}) against the capital ({@link AllocationService}), prints the
 * report (or the JSON document), writes {@code results/options_portfolio_allocation_YYYYMMDD_HHMMSS.json}, stores the
 * allocation and marks its strategies ALLOCATED — except with {@code --dry-run}, which stores nothing. Exit 2 for bad
 * input, 1 when there is nothing to allocate (no analysis, or a capital below one lot of anything).
 */
@Command(
        name = "allocate",
        mixinStandardHelpOptions = true,
        description = "Allocates capital across the stored strategies of an analysis (industry, tiers, Kelly, limits).")
public final class AllocateCommand implements Callable<Integer>, GlobalOptions.ReadsMarketData {

    /** The largest capital accepted: ₹1,000 crore. */
    static final double MAX_CAPITAL = 1e10;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss", Locale.ROOT);

    private final MarketDataFactory marketDataFactory;
    private final StoreFactory storeFactory;
    private final Map<String, String> environment;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Mixin
    private GlobalOptions marketOptions = new GlobalOptions();

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "CAPITAL",
            description =
                    "Total capital in rupees " + "(default: analysis.capital.total_capital of the configuration).")
    private String capital;

    @Option(names = "--risk", paramLabel = "R", description = "conservative, moderate (default) or aggressive.")
    private String risk = "moderate";

    @Option(names = "--dry-run", description = "Allocate and report, but store nothing.")
    private boolean dryRun;

    @Option(names = "--date", paramLabel = "DATE", description = "Analysis date to allocate from (default: latest).")
    private LocalDate date;

    @Option(names = "--json", description = "Print the results document as JSON instead of the report.")
    private boolean json;

    @Option(names = "--charts", description = "Also draw the scenario grid as a heatmap PNG beside the results file.")
    private boolean charts;

    /** Creates the command with its factories, the environment and the clock. */
    public AllocateCommand(
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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path home = OptionsV4Home.resolve(environment);
        double amount = capital(home);
        RiskTolerance profile = RiskTolerance.parse(risk);
        MarketDataFactory.Opened opened =
                marketDataFactory.open(marketOptions.settings(RootCommand.globalOptions(spec)));
        try (Database database = storeFactory.open()) {
            AllocationService service = new AllocationService(
                    new JdbiAllocationStore(database.jdbi()),
                    new JdbiReferenceStore(database.jdbi()),
                    new JdbiMarketConditionsStore(database.jdbi(), clock),
                    opened.marketData(),
                    AllocationSettings.DEFAULT,
                    industries());
            AllocationRun run;
            try {
                run = service.allocate(Optional.ofNullable(date), amount, profile);
            } catch (NothingToAllocateException e) {
                err.println("options-v4 allocate: " + e.getMessage());
                return 1;
            }
            if (run.allocation().positions().isEmpty()) {
                err.println("options-v4 allocate: nothing allocated — " + nothingReason(run));
                return 1;
            }
            DeploymentShortfall.below(run.allocation(), AllocationReport.FLOOR)
                    .ifPresent(why -> err.println(String.format(
                            Locale.ROOT,
                            "options-v4 allocate: deployment %.1f%% is below the %.0f%% floor: %s",
                            run.allocation().deployment() * 100,
                            AllocationReport.FLOOR * 100,
                            why)));
            Optional<Long> id = dryRun ? Optional.empty() : Optional.of(service.save(run));
            Instant now = clock.instant();
            Path results = write(home, now, run, id);
            if (charts) {
                Path png = AllocationChart.write(run.allocation().scenarios(), results);
                err.println("options-v4 allocate: heatmap written to " + png);
            }
            String stored = id.map(i -> "Stored as allocation " + i + "; "
                            + run.allocation().positions().size() + " strategies marked ALLOCATED. Results: " + results)
                    .orElse("Dry run: nothing stored. Results: " + results);
            if (json) {
                out.println(Json.MAPPER
                        .writerWithDefaultPrettyPrinter()
                        .writeValueAsString(AllocationJson.document(run, id, now)));
                out.flush();
                err.println("options-v4 allocate: " + stored);
            } else {
                AllocationReport.print(run, stored, RootCommand.screen(spec), out);
            }
            return 0;
        }
    }

    private static Map<String, String> industries() {
        Map<String, String> industries = new java.util.HashMap<>();
        ReferenceData.standard().underlyings().forEach(u -> industries.put(u.symbol(), u.industry()));
        return industries;
    }

    private static String nothingReason(AllocationRun run) {
        double budget = run.allocation().optionsBudget();
        if (run.smallestLot() > budget) {
            return String.format(
                    Locale.ROOT,
                    "the options budget %s is below one lot of anything (the smallest" + " needs %s)",
                    Rupees.of(budget),
                    Rupees.of(run.smallestLot()));
        }
        return "no candidate fits the limits (" + run.allocation().exclusions().size() + " not taken)";
    }

    private double capital(Path home) {
        if (capital == null) {
            return AnalysisConfig.load(Optional.of(home.resolve(AnalysisConfig.FILE_NAME)))
                    .capital()
                    .totalCapital();
        }
        double value;
        try {
            value = Double.parseDouble(capital.replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("CAPITAL must be an amount in rupees, e.g. 1500000, but was " + capital);
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("CAPITAL must be an amount in rupees > 0 but was " + capital);
        }
        if (value > MAX_CAPITAL) {
            throw new IllegalArgumentException("CAPITAL " + capital + " is absurdly large (more than ₹1,000 crore)");
        }
        return value;
    }

    /** Writes the results document without ever replacing an earlier run's file ({@code _2}, {@code _3}, ...). */
    private static Path write(Path home, Instant now, AllocationRun run, Optional<Long> id) {
        String stem = "options_portfolio_allocation_" + STAMP.format(now.atZone(RunLog.INDIA));
        return ResultsFile.write(
                home,
                stem,
                file -> Json.MAPPER
                        .writerWithDefaultPrettyPrinter()
                        .writeValue(file, AllocationJson.document(run, id, now)));
    }
}
