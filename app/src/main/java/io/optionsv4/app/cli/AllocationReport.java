package io.optionsv4.app.cli;

import io.optionsv4.core.allocation.AllocatedPosition;
import io.optionsv4.core.allocation.Allocation;
import io.optionsv4.core.allocation.DeploymentShortfall;
import io.optionsv4.core.allocation.IndustryTotal;
import io.optionsv4.core.allocation.ScenarioGrid;
import io.optionsv4.engine.allocation.AllocationRun;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The terminal report of {@code options-v4 allocate}: positions, industries, totals against the targets, the
 * scenario grid (now, IV unchanged and ±5 points) and the reasons candidates were not taken, counted. Tables fit the
 * screen's width through {@link Table}'s drop orders.
 */
final class AllocationReport {

    /** The floor of the deployment band the report holds the allocation against. */
    static final double FLOOR = 0.80;

    private AllocationReport() {}

    /** Prints the whole report of {@code run}. */
    static void print(AllocationRun run, String stored, Screen screen, PrintWriter out) {
        Allocation a = run.allocation();
        out.println(screen.bold("Portfolio allocation")
                + String.format(
                        Locale.ROOT,
                        " — analysis of %s, %s, %s",
                        run.analysisDate(),
                        run.request().profile().name().toLowerCase(Locale.ROOT),
                        run.request().marketState()));
        out.println(
                "Capital " + Rupees.of(run.request().capital()) + ", options budget " + Rupees.of(a.optionsBudget()));
        out.println();
        positions(run, screen, out);
        out.println();
        industries(a, screen, out);
        out.println();
        totals(a, screen, out);
        out.println();
        scenarios(a.scenarios(), screen, out);
        out.println();
        exclusions(a, screen, out);
        run.warnings().forEach(w -> out.println(screen.yellow("warning: ") + w));
        screen.wrap(stored, 2).forEach(out::println);
        out.flush();
    }

    private static void positions(AllocationRun run, Screen screen, PrintWriter out) {
        Table t = new Table(List.of(
                Table.Column.left("Symbol"),
                Table.Column.left("Strategy").flexible(8),
                Table.Column.right("Lots"),
                Table.Column.right("Capital"),
                Table.Column.right("PoP"),
                Table.Column.right("Ret"),
                Table.Column.left("Conv").droppable(2),
                Table.Column.left("Industry").droppable(3)));
        for (AllocatedPosition p : run.allocation().positions()) {
            double ret = p.expectedNetReturn();
            t.row(List.of(
                    Table.Cell.of(p.candidate().symbol()),
                    Table.Cell.of(run.strategies().get(p.candidate().id()).strategyName()),
                    Table.Cell.of(Integer.toString(p.lots())),
                    Table.Cell.of(Rupees.whole(p.capitalUsed())),
                    Table.Cell.of(percent(p.candidate().outcomes().targetProbability())),
                    new Table.Cell(percent(ret), s -> screen.signed(ret, s)),
                    Table.Cell.of(p.candidate().conviction().name()),
                    Table.Cell.of(p.candidate().industry())));
        }
        out.println(screen.bold("Positions (" + run.allocation().positions().size() + ")"));
        t.render(screen.width(), screen).forEach(out::println);
    }

    private static void industries(Allocation a, Screen screen, PrintWriter out) {
        Table t = new Table(List.of(
                Table.Column.left("Industry").flexible(10),
                Table.Column.right("Weight"),
                Table.Column.right("Budget").droppable(1),
                Table.Column.right("Capital"),
                Table.Column.right("Pos"),
                Table.Column.right("Exp P&L")));
        for (IndustryTotal i : a.industries()) {
            t.row(List.of(
                    Table.Cell.of(i.industry()),
                    Table.Cell.of(String.format(Locale.ROOT, "%.1f%%", i.weightPercent())),
                    Table.Cell.of(Rupees.whole(i.budget())),
                    Table.Cell.of(Rupees.whole(i.capitalUsed())),
                    Table.Cell.of(Integer.toString(i.positions())),
                    new Table.Cell(Rupees.whole(i.expectedNetPnl()), s -> screen.signed(i.expectedNetPnl(), s))));
        }
        out.println(screen.bold("Industries"));
        t.render(screen.width(), screen).forEach(out::println);
    }

    private static void totals(Allocation a, Screen screen, PrintWriter out) {
        double deployment = a.deployment();
        String band = deployment >= FLOOR ? screen.green("in the 80–95% band") : screen.yellow("below the 80% floor");
        out.println("Deployment        " + percent(deployment) + " (" + Rupees.of(Math.round(a.totalMargin()))
                + " basket margin), " + band);
        DeploymentShortfall.below(a, FLOOR)
                .ifPresent(why -> screen.wrap("Why: " + why, 18).forEach(out::println));
        double monthly = a.expectedMonthlyReturn();
        out.println("Expected monthly  " + screen.signed(monthly, percent(monthly)) + " of the budget (target "
                + percent(a.monthlyReturnTarget()) + "), " + Rupees.of(Math.round(a.expectedNetPnl())));
        out.println(String.format(
                Locale.ROOT,
                "Delta             %s per 1%% NIFTY (limit ±%s)",
                Rupees.of(Math.round(a.greeks().niftyDelta())),
                Rupees.of(Math.round(a.greeks().niftyDeltaLimit()))));
        out.println(String.format(
                Locale.ROOT,
                "Vega              %s per vol point (limit ±%s)",
                Rupees.of(Math.round(a.greeks().vega())),
                Rupees.of(Math.round(a.greeks().vegaLimit()))));
        out.println(String.format(Locale.ROOT, "Expected Sharpe   %.2f per holding period", a.expectedSharpe()));
        if (!a.fallbackSteps().isEmpty()) {
            out.println("Fallback steps    " + a.fallbackSteps());
        }
    }

    private static void scenarios(ScenarioGrid g, Screen screen, PrintWriter out) {
        List<Table.Column> columns = new ArrayList<>();
        columns.add(Table.Column.left("NIFTY"));
        for (int v = 0; v < g.volShiftPoints().size(); v++) {
            columns.add(Table.Column.right(
                    String.format(Locale.ROOT, "IV %+.0f", g.volShiftPoints().get(v))));
        }
        columns.add(Table.Column.right("+1 week").droppable(1));
        Table t = new Table(columns);
        int week = g.daysForward().size() - 1;
        int flat = g.volShiftPoints().indexOf(0.0);
        for (int m = 0; m < g.niftyMoves().size(); m++) {
            List<Table.Cell> row = new ArrayList<>();
            row.add(Table.Cell.of(
                    String.format(Locale.ROOT, "%+.0f%%", g.niftyMoves().get(m) * 100)));
            for (int v = 0; v < g.volShiftPoints().size(); v++) {
                row.add(money(g.cell(0, v, m).pnl(), screen));
            }
            row.add(money(g.cell(week, Math.max(flat, 0), m).pnl(), screen));
            t.row(row);
        }
        out.println(screen.bold("Scenario P&L now (IV in vol points; last column: +1 week, IV unchanged)"));
        t.render(screen.width(), screen).forEach(out::println);
    }

    private static Table.Cell money(double pnl, Screen screen) {
        return new Table.Cell(Rupees.whole(pnl), s -> screen.signed(pnl, s));
    }

    private static void exclusions(Allocation a, Screen screen, PrintWriter out) {
        Map<String, Integer> counts = new TreeMap<>();
        a.exclusions().forEach(e -> counts.merge(e.reason().name(), 1, Integer::sum));
        screen.wrap(
                        "Not taken: " + a.exclusions().size()
                                + (counts.isEmpty()
                                        ? ""
                                        : " — " + counts.toString().replaceAll("[{}]", "")),
                        2)
                .forEach(out::println);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }
}
