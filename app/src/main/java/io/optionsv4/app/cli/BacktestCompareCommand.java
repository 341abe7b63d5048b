package io.optionsv4.app.cli;

import io.optionsv4.app.config.StoreFactory;
import io.optionsv4.engine.backtest.BacktestResult;
import io.optionsv4.engine.backtest.report.BacktestComparison;
import io.optionsv4.engine.backtest.report.RunFigures;
import io.optionsv4.store.Database;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code options-v4 backtest compare RUN_A RUN_B [--json]}: two stored backtest runs side by side ({@link
 * BacktestComparison}): each run's figures, the second's difference from the first, the closes and trades they agree
 * on and the first day they part. Exit 0, 2 for an unknown run, 3 when the database is unavailable.
 */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        footer = {"", "Exit codes: 0 ok, 2 unknown run or usage error, 3 database unavailable."},
        description = {
            "Compares two stored backtest runs: return, drawdown, ratios, trades and PoP calibration side by side,"
                    + " the difference B - A, and the first close and the first trade on which they differ.",
            "Trades are paired by entry day, symbol, strategy type and lots; a pair has the same outcome when its exit"
                    + " day, exit reason and net P&L agree."
        })
final class BacktestCompareCommand implements Callable<Integer> {

    private final StoreFactory storeFactory;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_A", description = "The first run's id (see 'backtest runs'), or latest.")
    private String first;

    @Parameters(index = "1", paramLabel = "RUN_B", description = "The second run's id, or latest.")
    private String second;

    @Option(names = "--json", description = "Print {\"a\", \"b\", \"overlap\"} as JSON.")
    private boolean json;

    BacktestCompareCommand(StoreFactory storeFactory) {
        this.storeFactory = storeFactory;
    }

    @Override
    public Integer call() throws Exception {
        BacktestResult a;
        BacktestResult b;
        try (Database db = storeFactory.open()) {
            JdbiBacktestStore store = new JdbiBacktestStore(db.jdbi());
            a = StoredBacktests.find(store, first, spec);
            b = StoredBacktests.find(store, second, spec);
        }
        BacktestComparison comparison = BacktestComparison.of(a, b);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(BacktestReportWriter.JSON.writeValueAsString(comparison));
        } else {
            text(comparison, RootCommand.screen(spec), out);
        }
        out.flush();
        return 0;
    }

    static void text(BacktestComparison c, Screen screen, PrintWriter out) {
        out.println(screen.bold("Backtest comparison"));
        out.println("  A  " + describe(c.a()));
        out.println("  B  " + describe(c.b()));
        RunFigures a = c.a();
        RunFigures b = c.b();
        Table t = new Table(List.of(
                Table.Column.left("Figure").flexible(10),
                Table.Column.right("A"),
                Table.Column.right("B"),
                Table.Column.right("B - A")));
        row(t, "Sessions", (double) a.sessions(), (double) b.sessions(), Kind.COUNT);
        row(t, "Capital", (double) a.capitalPaise(), (double) b.capitalPaise(), Kind.RUPEES);
        row(t, "End equity", (double) a.endEquityPaise(), (double) b.endEquityPaise(), Kind.RUPEES);
        row(t, "Return", a.totalReturn(), b.totalReturn(), Kind.PERCENT);
        row(t, "CAGR", a.cagr(), b.cagr(), Kind.PERCENT);
        row(t, "Max drawdown", a.maxDrawdown(), b.maxDrawdown(), Kind.PERCENT);
        row(t, "Sharpe", a.sharpe(), b.sharpe(), Kind.RATIO);
        row(t, "Sortino", a.sortino(), b.sortino(), Kind.RATIO);
        row(t, "Trades", (double) a.trades(), (double) b.trades(), Kind.COUNT);
        row(t, "Closed", (double) a.closed(), (double) b.closed(), Kind.COUNT);
        row(t, "Win rate", a.winRate(), b.winRate(), Kind.SHARE);
        row(t, "Profit factor", a.profitFactor(), b.profitFactor(), Kind.RATIO);
        row(t, "Expectancy/trade", a.expectancyPaise(), b.expectancyPaise(), Kind.RUPEES);
        row(t, "Costs", (double) a.costsPaise(), (double) b.costsPaise(), Kind.RUPEES);
        row(t, "Plan PoP predicted", a.planPopPredicted(), b.planPopPredicted(), Kind.SHARE);
        row(t, "Plan PoP realised", a.planPopRealised(), b.planPopRealised(), Kind.SHARE);
        row(t, "Plan PoP Brier", a.planPopBrier(), b.planPopBrier(), Kind.SCORE);
        row(t, "Expiry PoP predicted", a.expiryPopPredicted(), b.expiryPopPredicted(), Kind.SHARE);
        row(t, "Expiry PoP realised", a.expiryPopRealised(), b.expiryPopRealised(), Kind.SHARE);
        row(t, "Expiry PoP Brier", a.expiryPopBrier(), b.expiryPopBrier(), Kind.SCORE);
        t.render(screen.width(), screen).forEach(out::println);
        BacktestComparison.Overlap o = c.overlap();
        out.println(screen.bold("Where they agree"));
        String closes = o.commonSessions() == 0
                ? "  no close in common: the runs cover different days"
                : "  " + o.commonSessions() + " closes in common (" + o.firstCommonDay() + " .. " + o.lastCommonDay()
                        + "): "
                        + (o.firstEquityDifference() == null
                                ? "the equity agrees on every one"
                                : "the equity first differs on " + o.firstEquityDifference());
        screen.wrap(closes, 4).forEach(out::println);
        String trades = "  trades: " + o.tradesPaired() + " paired (" + o.tradesSameOutcome()
                + " with the same outcome), " + o.onlyInA() + " only in A, " + o.onlyInB() + " only in B"
                + (o.firstTradeDifference() == null ? "" : "; first difference on " + o.firstTradeDifference());
        screen.wrap(trades, 4).forEach(out::println);
        if (o.identical() && o.commonSessions() > 0) {
            out.println("  " + screen.green("identical") + " on every common close and every trade");
        }
    }

    private static String describe(RunFigures f) {
        return f.runId() + ": " + f.data() + " " + f.from() + " .. " + f.to() + ", "
                + f.risk().toLowerCase(Locale.ROOT) + (f.complete() ? "" : " (PARTIAL)");
    }

    /** How a row's figures and their difference print. */
    private enum Kind {
        COUNT(v -> String.format(Locale.ROOT, "%,.0f", v), (a, b) -> String.format(Locale.ROOT, "%+,.0f", b - a)),
        RUPEES(BacktestFigures::rupees, BacktestFigures::rupeesDifference),
        PERCENT(BacktestFigures::percent, BacktestFigures::points),
        SHARE(BacktestFigures::share, BacktestFigures::points),
        RATIO(BacktestFigures::ratio, (a, b) -> BacktestFigures.difference(a, b, 2)),
        SCORE(BacktestFigures::score, (a, b) -> BacktestFigures.difference(a, b, 3));

        private final Function<Double, String> value;
        private final BiFunction<Double, Double, String> difference;

        Kind(Function<Double, String> value, BiFunction<Double, Double, String> difference) {
            this.value = value;
            this.difference = difference;
        }
    }

    private static void row(Table t, String name, Double a, Double b, Kind kind) {
        t.row(List.of(
                Table.Cell.of(name),
                Table.Cell.of(kind.value.apply(a)),
                Table.Cell.of(kind.value.apply(b)),
                Table.Cell.of(kind.difference.apply(a, b))));
    }
}
