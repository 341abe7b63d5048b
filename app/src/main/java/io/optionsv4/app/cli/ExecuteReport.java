package io.optionsv4.app.cli;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.core.trade.OrderRecord;
import io.optionsv4.engine.execution.Check;
import io.optionsv4.engine.execution.ExecutionOutcome;
import io.optionsv4.engine.execution.ExecutionReport;
import io.optionsv4.engine.execution.LegTicket;
import io.optionsv4.engine.execution.StrategyPreview;
import io.optionsv4.engine.execution.Verdict;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The human-readable output of {@code execute}: the broker in use first (always), then per strategy its legs as they
 * would be sent with the quote and the first and farthest limits, the net premium, the basket margin and the charges,
 * every pre-trade check with its verdict, and after {@code --execute} the result and each order's fill.
 */
final class ExecuteReport {

    private ExecuteReport() {}

    /** Prints the header: the broker and the market data. */
    static void header(PrintWriter out, Screen screen, String broker, String data) {
        out.println(screen.bold("Broker: " + broker));
        out.println("Market data: " + data);
    }

    /** Prints the previews. */
    static void previews(PrintWriter out, Screen screen, List<StrategyPreview> previews) {
        for (StrategyPreview p : previews) {
            out.println();
            out.println(screen.bold(title(p.strategy(), p.attempt())));
            preview(out, screen, p);
            out.println(
                    p.passed()
                            ? screen.green("  Ready: every check passes; 'execute --execute' would send these legs.")
                            : screen.red(
                                    "  Blocked: " + p.failures().size() + " check(s) failed; nothing would be sent."));
        }
    }

    /** Prints the outcomes of an execute run. */
    static void executed(PrintWriter out, Screen screen, ExecutionReport report) {
        if (!report.resumed().isEmpty()) {
            out.println();
            out.println(screen.bold("Resumed " + report.resumed().size() + " execution(s) left in flight:"));
            report.resumed().forEach(o -> outcome(out, screen, o));
        }
        report.outcomes().stream().filter(o -> !report.resumed().contains(o)).forEach(o -> outcome(out, screen, o));
    }

    private static void outcome(PrintWriter out, Screen screen, ExecutionOutcome o) {
        out.println();
        out.println(screen.bold(title(o.strategy(), o.attempt())));
        o.preview().ifPresent(p -> preview(out, screen, p));
        String line = "  Result: " + o.result() + (o.reason().isEmpty() ? "" : " - " + o.reason());
        out.println(
                switch (o.result()) {
                    case EXECUTED, ALREADY_EXECUTED -> screen.green(line);
                    case FAILED, CHECKS_FAILED, NOT_MARKED -> screen.red(line);
                    case STOPPED, NOT_STARTED -> screen.yellow(line);
                });
        if (!o.orders().isEmpty()) {
            orders(out, screen, o.orders());
        }
    }

    private static void preview(PrintWriter out, Screen screen, StrategyPreview p) {
        Table legs = new Table(List.of(
                Table.Column.left("Leg"),
                Table.Column.left("Side"),
                Table.Column.left("Contract").flexible(12),
                Table.Column.right("Qty"),
                Table.Column.right("Bid").droppable(2),
                Table.Column.right("Ask").droppable(2),
                Table.Column.right("Limit"),
                Table.Column.right("Chase to").droppable(1)));
        for (LegTicket l : p.legs()) {
            legs.row(cells(
                    Integer.toString(l.leg().legIndex()),
                    l.side().name(),
                    l.instrument().displayName(),
                    l.lots() + "x" + l.lotSize(),
                    l.quote().map(q -> q.bid().toString()).orElse("-"),
                    l.quote().map(q -> q.ask().toString()).orElse("-"),
                    l.limit().map(Money::toString).orElse("-"),
                    l.farthest().map(Money::toString).orElse("-")));
        }
        legs.render(screen.width() - 2, screen).forEach(line -> out.println("  " + line));
        String premium = p.netPremium().isNegative()
                ? "debit " + Rupees.of(p.netPremium().negate().rupees())
                : "credit " + Rupees.of(p.netPremium().rupees());
        out.println("  Net premium " + premium + "; basket margin "
                + p.margin().map(m -> Rupees.of(m.rupees())).orElse("unknown") + "; entry charges "
                + Rupees.of(p.charges().rupees()));
        for (Check c : p.checks()) {
            String verdict = String.format(java.util.Locale.ROOT, "%-6s", c.verdict());
            String coloured = c.verdict() == Verdict.PASS
                    ? screen.green(verdict)
                    : c.verdict() == Verdict.FAIL ? screen.red(verdict) : screen.yellow(verdict);
            List<String> wrapped = screen.wrap("  " + verdict + " " + c.name() + ": " + c.detail(), 9);
            out.println("  " + coloured + wrapped.get(0).substring(2 + verdict.length()));
            wrapped.stream().skip(1).forEach(out::println);
        }
    }

    private static void orders(PrintWriter out, Screen screen, List<OrderRecord> orders) {
        Table t = new Table(List.of(
                Table.Column.left("Order"),
                Table.Column.left("Side"),
                Table.Column.left("Contract").flexible(12),
                Table.Column.right("Filled"),
                Table.Column.right("Avg price"),
                Table.Column.left("State"),
                Table.Column.right("Steps").droppable(1)));
        for (OrderRecord o : orders) {
            t.row(cells(
                    o.correlationId().value(),
                    o.request().side().name(),
                    ExecuteJson.contract(o),
                    o.filledQuantity() + "/" + o.request().quantity(),
                    o.averagePrice().map(Money::toString).orElse("-"),
                    o.state().name(),
                    Integer.toString(o.chaseStep())));
        }
        t.render(screen.width() - 2, screen).forEach(line -> out.println("  " + line));
    }

    private static String title(MarkedStrategy s, int attempt) {
        return "Strategy " + s.strategyId() + ": " + s.symbol() + " " + s.strategyName() + ", " + s.lots() + " lot(s), "
                + s.status() + (attempt > 0 ? ", attempt " + attempt : "");
    }

    private static List<Table.Cell> cells(String... texts) {
        List<Table.Cell> cells = new ArrayList<>();
        for (String t : texts) {
            cells.add(Table.Cell.of(t));
        }
        return cells;
    }
}
