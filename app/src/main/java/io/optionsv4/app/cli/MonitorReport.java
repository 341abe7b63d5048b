package io.optionsv4.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The text of a monitoring cycle: a header, one row per strategy with its decision and outcome, the totals. */
final class MonitorReport {

    private MonitorReport() {}

    /** Prints the cycle {@code doc} at the screen's width. */
    static void print(PrintWriter out, Screen screen, MonitorJson.Document doc) {
        String time = RunLog.TIME.format(
                java.time.LocalDateTime.ofInstant(java.time.Instant.parse(doc.generatedAt()), RunLog.INDIA));
        out.println(screen.bold("Monitor cycle " + time + " IST - " + doc.mode()
                + (doc.placing() ? "" : doc.mode().equals("EXECUTE") ? " (not placing)" : "")));
        for (String line : screen.wrap("Broker: " + doc.broker(), 2)) {
            out.println(line);
        }
        for (String line : screen.wrap("Data: " + doc.marketData() + "; " + doc.market(), 2)) {
            out.println(line);
        }
        if (doc.strategies().isEmpty()) {
            out.println("No open strategy: nothing to monitor (run 'options-v4 execute' first).");
            return;
        }
        Table table = new Table(List.of(
                Table.Column.right("ID"),
                Table.Column.left("Symbol"),
                Table.Column.left("Strategy").flexible(8),
                Table.Column.right("Net P&L"),
                Table.Column.left("Decision").flexible(10),
                Table.Column.left("Outcome")));
        for (MonitorJson.Strategy s : doc.strategies()) {
            table.row(List.of(
                    Table.Cell.of(Long.toString(s.strategyId())),
                    Table.Cell.of(s.symbol()),
                    Table.Cell.of(s.strategyName()),
                    s.netPnl() == null
                            ? Table.Cell.of("no quote")
                            : new Table.Cell(Rupees.of(s.netPnl()), t -> screen.signed(s.netPnl(), t)),
                    Table.Cell.of(decision(s.decision())),
                    outcome(screen, s.outcome())));
        }
        table.render(screen.width(), screen).forEach(out::println);
        for (MonitorJson.Strategy s : doc.strategies()) {
            if (!s.decision().kind().equals("MONITOR") || !s.detail().isEmpty()) {
                String why = s.decision().reason() + (s.detail().isEmpty() ? "" : "; " + s.detail());
                screen.wrap("  #" + s.strategyId() + " " + why, 4).forEach(out::println);
            }
        }
        MonitorJson.Summary t = doc.summary();
        String totals = String.format(
                Locale.ROOT,
                "%d strategies, net P&L %s at closing prices; %d kept, %d would close, %d alerted, %d closed,"
                        + " %d failed",
                t.strategies(),
                Rupees.of(t.netPnl()),
                t.kept(),
                t.wouldClose(),
                t.alerted(),
                t.closed(),
                t.failed());
        screen.wrap(totals, 2).forEach(out::println);
    }

    private static String decision(MonitorJson.Decision d) {
        return switch (d.kind()) {
            case "CLOSE_IMMEDIATELY" -> "close " + d.rule();
            case "CLOSE_PARTIAL" -> String.format(Locale.ROOT, "close %.0f%% %s", 100 * d.fraction(), d.rule());
            case "ADJUST" -> "adjust " + d.rule();
            default -> "hold";
        };
    }

    private static Table.Cell outcome(Screen screen, String outcome) {
        return switch (outcome) {
            case "EXIT_FAILED" -> new Table.Cell(outcome, screen::red);
            case "CLOSED" -> new Table.Cell(outcome, screen::green);
            case "WOULD_CLOSE", "ALERTED" -> new Table.Cell(outcome, screen::yellow);
            default -> Table.Cell.of(outcome);
        };
    }
}
