package io.optionsv4.app.cli;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.money.RupeeFormat;
import io.optionsv4.core.portfolio.CurrentPrice;
import io.optionsv4.core.portfolio.LegValuation;
import io.optionsv4.core.portfolio.StatusEntry;
import io.optionsv4.core.portfolio.StrategyOutcome;
import io.optionsv4.core.portfolio.StrategyPosition;
import io.optionsv4.core.portfolio.StrategyStatus;
import io.optionsv4.core.portfolio.TrackedStrategy;
import io.optionsv4.engine.portfolio.StatusReport;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The terminal output of {@code status}: the strategies by status (a line of counts, then every strategy not yet
 * closed), and each open position leg by leg — entry, mid and closing price, P&amp;L at the closing price (what
 * closing now would get) and at the mid, and net of the charges booked and the estimated exit costs — with the
 * strategy's totals. Figures fit 80 columns: the mid columns give way first.
 */
final class StatusText {

    private StatusText() {}

    /** Prints the strategies by status and the open positions of {@code report}. */
    static void print(StatusReport report, String market, Screen screen, PrintWriter out) {
        out.println(screen.bold("Status") + " — as of " + report.asOf() + ", " + market);
        out.println();
        strategies(report, screen, out);
        out.println();
        if (report.positions().isEmpty()) {
            out.println(
                    report.nothingTraded()
                            ? "No executed strategies yet — run 'options-v4 execute --execute'."
                            : "No open positions.");
        } else {
            positions(report, screen, out);
        }
        out.println();
        PerformanceText.totals(report.performance().total(), screen, out);
    }

    private static void strategies(StatusReport report, Screen screen, PrintWriter out) {
        Map<StrategyStatus, Integer> counts = new EnumMap<>(StrategyStatus.class);
        int untracked = 0;
        for (TrackedStrategy s : report.strategies()) {
            if (s.entry().isPresent()) {
                counts.merge(s.entry().get().status(), 1, Integer::sum);
            } else {
                untracked++;
            }
        }
        List<String> parts = new ArrayList<>();
        int allocated = counts.getOrDefault(StrategyStatus.ALLOCATED, 0);
        int marked = counts.getOrDefault(StrategyStatus.MARKED, 0) + allocated;
        if (marked > 0) {
            parts.add("MARKED " + marked + (allocated > 0 ? " (" + allocated + " allocated)" : ""));
        }
        counts.forEach((status, n) -> {
            if (!status.marked()) {
                parts.add(status + " " + n);
            }
        });
        if (untracked > 0) {
            parts.add("traded without a status " + untracked);
        }
        screen.wrap("Strategies by status: " + String.join(" · ", parts), 2).forEach(out::println);
        Table t = new Table(List.of(
                Table.Column.right("ID"),
                Table.Column.left("Symbol"),
                Table.Column.left("Strategy").flexible(8),
                Table.Column.left("Status"),
                Table.Column.right("Lots"),
                Table.Column.left("Since").droppable(2),
                Table.Column.left("Note").flexible(4).droppable(1)));
        int rows = 0;
        for (TrackedStrategy s : report.strategies()) {
            Optional<StatusEntry> e = s.entry();
            if (e.isPresent() && e.get().status() == StrategyStatus.CLOSED) {
                continue;
            }
            rows++;
            t.row(List.of(
                    Table.Cell.of(Long.toString(s.id().value())),
                    Table.Cell.of(s.symbol()),
                    Table.Cell.of(s.strategyName()),
                    Table.Cell.of(e.map(x -> x.status() == StrategyStatus.ALLOCATED
                                    ? "MARKED*"
                                    : x.status().name())
                            .orElse("—")),
                    Table.Cell.of(e.map(x -> Integer.toString(x.lotsOrOne())).orElse("")),
                    Table.Cell.of(e.map(x -> x.since()
                                    .atZone(StrategyOutcome.INDIA)
                                    .toLocalDate()
                                    .toString())
                            .orElse("")),
                    Table.Cell.of(e.map(StatusEntry::message).orElse(""))));
        }
        if (rows > 0) {
            t.render(screen.width() - 2, screen).forEach(l -> out.println("  " + l));
        }
        if (allocated > 0) {
            out.println("  * marked by an allocation, with the allocated lots.");
        }
    }

    private static void positions(StatusReport report, Screen screen, PrintWriter out) {
        int legs = report.positions().stream().mapToInt(p -> p.legs().size()).sum();
        out.println(screen.bold("Open positions: " + report.positions().size() + " strateg"
                + (report.positions().size() == 1 ? "y" : "ies") + ", " + legs + " legs"));
        out.println("Close: what closing now would get (long legs at the bid, short legs at the ask).");
        for (StrategyPosition p : report.positions()) {
            out.println();
            position(p, report.asOf(), screen, out);
        }
    }

    private static void position(StrategyPosition p, LocalDate asOf, Screen screen, PrintWriter out) {
        TrackedStrategy s = p.strategy();
        LocalDate entered = p.legs().stream()
                .map(l -> l.leg().enteredAt().atZone(StrategyOutcome.INDIA).toLocalDate())
                .min(LocalDate::compareTo)
                .orElseThrow();
        int lots = s.entry().map(StatusEntry::lotsOrOne).orElse(1);
        out.println("#" + s.id().value() + " " + s.symbol() + " " + s.strategyName() + " — " + lots
                + (lots == 1 ? " lot" : " lots") + ", entered " + entered + " ("
                + Math.max(0, ChronoUnit.DAYS.between(entered, asOf)) + " days)");
        Table t = new Table(List.of(
                Table.Column.left("Leg").flexible(12),
                Table.Column.right("Qty"),
                Table.Column.right("Entry"),
                Table.Column.right("Mid").droppable(2),
                Table.Column.right("Close"),
                Table.Column.right("P&L"),
                Table.Column.right("P&L mid").droppable(3),
                Table.Column.right("Net").droppable(1)));
        List<String> notes = new ArrayList<>();
        for (LegValuation v : p.legs()) {
            t.row(leg(v, screen));
            if (v.price() instanceof CurrentPrice.Unavailable u) {
                notes.add("unpriced: " + u.reason());
            } else if (v.price() instanceof CurrentPrice.Settled st) {
                notes.add(v.leg().contract().displayName() + " expired: settles at its intrinsic value on "
                        + RupeeFormat.grouped(st.spot(), 2));
            }
        }
        t.render(screen.width() - 2, screen).forEach(l -> out.println("  " + l));
        notes.forEach(n -> screen.wrap("  " + n, 4).forEach(out::println));
        String totals = p.grossAtExecutable().isEmpty()
                ? "Totals need every leg priced."
                : "Gross " + rupees(p.grossAtExecutable().get()) + " (mid "
                        + rupees(p.grossAtMid().orElseThrow())
                        + ") − charges booked " + rupees(p.chargesBooked()) + " − est. exit costs "
                        + rupees(p.exitCosts().orElseThrow()) + " = net "
                        + rupees(p.net().orElseThrow());
        screen.wrap("  " + totals, 4).forEach(out::println);
    }

    private static List<Table.Cell> leg(LegValuation v, Screen screen) {
        int signedQuantity =
                v.leg().side() == Side.BUY ? v.leg().quantity() : -v.leg().quantity();
        String name =
                (v.leg().side() == Side.BUY ? "B " : "S ") + v.leg().contract().displayName();
        String mid = "n/a";
        String close = "n/a";
        switch (v.price()) {
            case CurrentPrice.Quoted q -> {
                mid = price(q.mid());
                close = price(q.executable());
            }
            case CurrentPrice.Settled st -> {
                mid = price(st.value());
                close = mid;
            }
            case CurrentPrice.Unavailable u -> {
                // shown as n/a; the reason is printed under the table
            }
        }
        return List.of(
                Table.Cell.of(name),
                Table.Cell.of(Integer.toString(signedQuantity)),
                Table.Cell.of(price(v.leg().entryPrice().rupees())),
                Table.Cell.of(mid),
                Table.Cell.of(close),
                money(v.grossAtExecutable(), screen),
                money(v.grossAtMid(), screen),
                money(v.net(), screen));
    }

    private static String price(double rupees) {
        return RupeeFormat.grouped(rupees, 2);
    }

    private static Table.Cell money(Optional<Money> amount, Screen screen) {
        if (amount.isEmpty()) {
            return Table.Cell.of("—");
        }
        double rupees = amount.get().rupees();
        return new Table.Cell(Rupees.whole(rupees), text -> screen.signed(rupees, text));
    }

    /** Returns {@code amount} as {@code ₹1,234.56}. */
    static String rupees(Money amount) {
        return Rupees.of(amount.rupees());
    }

    /** Returns {@code fraction} as a percentage with one decimal, e.g. {@code 66.7%}. */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }
}
