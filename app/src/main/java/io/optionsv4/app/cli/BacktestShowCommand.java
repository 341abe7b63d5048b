package io.optionsv4.app.cli;

import io.optionsv4.app.config.OptionsV4Home;
import io.optionsv4.app.config.StoreFactory;
import io.optionsv4.engine.backtest.BacktestResult;
import io.optionsv4.store.Database;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code options-v4 backtest show RUN [--charts] [--json]}: a stored run's summary and reports again, computed from
 * the stored run, equity and trades alone (nothing is re-run), written into {@code results/} as after the run. Exit 0,
 * 2 for an unknown run, 3 when the database is unavailable.
 */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        footer = {"", "Exit codes: 0 ok, 2 unknown run or usage error, 3 database unavailable."},
        description = "Prints a stored backtest run's summary and writes its reports into results/ again (charts and"
                + " the HTML page with --charts), from the stored run alone.")
final class BacktestShowCommand implements Callable<Integer> {

    private final StoreFactory storeFactory;
    private final Map<String, String> environment;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "The run's id (see 'backtest runs'), or latest.")
    private String runId;

    @Option(names = "--charts", description = "Also write the charts (PNG and SVG) and the HTML page.")
    private boolean charts;

    @Option(names = "--json", description = "Print the run, its figures, equity, trades and files as JSON.")
    private boolean json;

    BacktestShowCommand(StoreFactory storeFactory, Map<String, String> environment) {
        this.storeFactory = storeFactory;
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        BacktestResult result;
        try (Database db = storeFactory.open()) {
            result = StoredBacktests.find(new JdbiBacktestStore(db.jdbi()), runId, spec);
        }
        BacktestCommand.report(
                result,
                OptionsV4Home.resolve(environment).resolve("results"),
                charts,
                json,
                RootCommand.screen(spec),
                spec.commandLine().getOut());
        return 0;
    }
}
