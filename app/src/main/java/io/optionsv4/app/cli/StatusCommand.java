package io.optionsv4.app.cli;

import io.optionsv4.app.config.MarketDataFactory;
import io.optionsv4.app.config.StoreFactory;
import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.ExecutablePrices;
import io.optionsv4.engine.portfolio.StatusReport;
import io.optionsv4.engine.portfolio.StatusService;
import io.optionsv4.marketdata.reference.ReferenceData;
import io.optionsv4.store.Database;
import io.optionsv4.store.JdbiPortfolioStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code options-v4 status [--summary | --performance-dashboard] [--json]}: the strategies by execution status, the
 * open positions valued on the market data (closing prices: long legs at the bid, short at the ask, and the mid),
 * P&amp;L per leg and per strategy gross and net of the charges booked and the estimated exit costs
 * ({@link StatusService}); the summary (win rate, realised and unrealised P&amp;L, holding days, by strategy type and
 * industry) or the dashboard. Exit 0, or 1 when an open leg could not be priced (its strategy is left out of the
 * unrealised totals).
 */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Shows marked and executed strategies, open positions with P&L, and the performance.")
public final class StatusCommand implements Callable<Integer>, GlobalOptions.ReadsMarketData {

    private final MarketDataFactory marketDataFactory;
    private final StoreFactory storeFactory;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Mixin
    private GlobalOptions marketOptions = new GlobalOptions();

    @ArgGroup(exclusive = true)
    private View view = new View();

    /** Which view: the default status, the summary or the dashboard. */
    static final class View {
        @Option(
                names = "--summary",
                description = "Win rate, realised and unrealised P&L, holding days; by type and industry.")
        boolean summary;

        @Option(
                names = "--performance-dashboard",
                description = "The summary plus profit factor, drawdown, costs; by conviction, symbol and month.")
        boolean dashboard;
    }

    @Option(names = "--json", description = "Print the JSON document (everything, whichever view) instead of the text.")
    private boolean json;

    /** Creates the command with the market data and database factories and the clock. */
    public StatusCommand(MarketDataFactory marketDataFactory, StoreFactory storeFactory, Clock clock) {
        this.marketDataFactory = marketDataFactory;
        this.storeFactory = storeFactory;
        this.clock = clock;
    }

    private static Map<String, String> industries() {
        Map<String, String> industries = new HashMap<>();
        ReferenceData.standard().underlyings().forEach(u -> industries.put(u.symbol(), u.industry()));
        return industries;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MarketDataFactory.Opened opened =
                marketDataFactory.open(marketOptions.settings(RootCommand.globalOptions(spec)));
        StatusReport report;
        try (Database database = storeFactory.open()) {
            report = new StatusService(
                            new JdbiPortfolioStore(database.jdbi()),
                            opened.marketData(),
                            ExecutablePrices.DEFAULT,
                            CostCalculator.nseDhan(),
                            industries())
                    .status(opened.asOf());
        }
        String viewName = view.dashboard ? "dashboard" : view.summary ? "summary" : "status";
        if (json) {
            out.println(Json.MAPPER
                    .writerWithDefaultPrettyPrinter()
                    .writeValueAsString(StatusJson.document(report, opened.description(), viewName, clock.instant())));
        } else if (report.empty()) {
            out.println("No executed strategies yet — run 'options-v4 execute' (mark some first: 'options-v4 mark"
                    + " --mark-top 5').");
        } else {
            Screen screen = RootCommand.screen(spec);
            String heading = "Performance — as of " + report.asOf() + ", " + opened.description();
            switch (viewName) {
                case "dashboard" -> PerformanceText.dashboard(report.performance(), heading, screen, out);
                case "summary" -> PerformanceText.summary(report.performance(), heading, screen, out);
                default -> StatusText.print(report, opened.description(), screen, out);
            }
        }
        out.flush();
        int unpriced = report.performance().total().unpriced();
        if (unpriced > 0) {
            err.println("options-v4 status: " + unpriced + " open strateg" + (unpriced == 1 ? "y has" : "ies have")
                    + " a leg without a current price; left out of the unrealised totals");
            return 1;
        }
        return 0;
    }
}
