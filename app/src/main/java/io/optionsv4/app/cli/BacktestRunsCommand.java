package io.optionsv4.app.cli;

import io.optionsv4.app.config.StoreFactory;
import io.optionsv4.engine.backtest.BacktestResult;
import io.optionsv4.engine.backtest.BacktestRun;
import io.optionsv4.engine.backtest.report.RunFigures;
import io.optionsv4.store.Database;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code options-v4 backtest runs [--json]}: the stored backtest runs, newest first, with their headline figures
 * ({@link RunFigures}: period, market, sessions, trades, return, drawdown, CAGR, Sharpe, the PoP calibration). Exit 0,
 * 3 when the database is unavailable.
 */
@Command(
        name = "runs",
        mixinStandardHelpOptions = true,
        footer = {"", "Exit codes: 0 ok, 3 database unavailable."},
        description = "Lists the stored backtest runs, newest first, with their return, drawdown and trades.")
final class BacktestRunsCommand implements Callable<Integer> {

    private final StoreFactory storeFactory;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print {\"runs\": [...]}, each run's figures, as JSON.")
    private boolean json;

    BacktestRunsCommand(StoreFactory storeFactory) {
        this.storeFactory = storeFactory;
    }

    /** The {@code --json} document. */
    record Output(List<RunFigures> runs) {}

    @Override
    public Integer call() throws Exception {
        List<BacktestResult> results = new ArrayList<>();
        try (Database db = storeFactory.open()) {
            JdbiBacktestStore store = new JdbiBacktestStore(db.jdbi());
            for (BacktestRun run : store.runs()) {
                store.find(run.runId()).ifPresent(results::add);
            }
        }
        List<RunFigures> figures = results.stream().map(RunFigures::of).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(BacktestReportWriter.JSON.writeValueAsString(new Output(figures)));
            out.flush();
            return 0;
        }
        Screen screen = RootCommand.screen(spec);
        if (figures.isEmpty()) {
            out.println("No backtest run is stored yet: 'options-v4 backtest' runs one.");
            out.flush();
            return 0;
        }
        Table t = new Table(List.of(
                Table.Column.left("Run"),
                Table.Column.left("From"),
                Table.Column.left("To"),
                Table.Column.right("Trades"),
                Table.Column.right("Return"),
                Table.Column.right("Max DD"),
                Table.Column.right("Sharpe").droppable(1),
                Table.Column.right("Days").droppable(2),
                Table.Column.left("Data").droppable(3),
                Table.Column.right("CAGR").droppable(4),
                Table.Column.left("Risk").droppable(5)));
        for (RunFigures f : figures) {
            t.row(List.of(
                    Table.Cell.of(f.runId() + (f.complete() ? "" : " (partial)")),
                    Table.Cell.of(f.from().toString()),
                    Table.Cell.of(f.to().toString()),
                    Table.Cell.of(Integer.toString(f.trades())),
                    new Table.Cell(BacktestFigures.percent(f.totalReturn()), s -> screen.signed(f.totalReturn(), s)),
                    Table.Cell.of(BacktestFigures.percent(f.maxDrawdown())),
                    Table.Cell.of(BacktestFigures.ratio(f.sharpe())),
                    Table.Cell.of(Integer.toString(f.sessions())),
                    Table.Cell.of(f.data()),
                    Table.Cell.of(BacktestFigures.percent(f.cagr())),
                    Table.Cell.of(f.risk().toLowerCase(Locale.ROOT))));
        }
        out.println(screen.bold("Stored backtest runs (" + figures.size() + "), newest first"));
        t.render(screen.width(), screen).forEach(out::println);
        out.println("More: options-v4 backtest show RUN | compare RUN_A RUN_B   (RUN may be 'latest')");
        out.flush();
        return 0;
    }
}
