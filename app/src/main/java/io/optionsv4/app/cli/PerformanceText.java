package io.optionsv4.app.cli;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.portfolio.Performance;
import io.optionsv4.core.portfolio.PerformanceGroup;
import io.optionsv4.core.result.Checks;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The performance parts of {@code status}: the totals line of the default view, the summary of {@code --summary} (win
 * rate, realised and unrealised P&amp;L gross and net, average holding days; by strategy type and by industry), and
 * the dashboard of {@code --performance-dashboard} (the summary plus profit factor, expectancy, average and largest
 * win and loss, drawdown, the cost share; by conviction, by symbol and by month of exit). Tables fit 80 columns.
 */
final class PerformanceText {

    /** The most symbols the dashboard lists (best total net first); the rest are counted. */
    static final int SYMBOLS_SHOWN = 10;

    private PerformanceText() {}

    /** Prints the totals of the default view in three lines. */
    static void totals(PerformanceGroup all, Screen screen, PrintWriter out) {
        out.println(screen.bold("Totals"));
        out.println("  Unrealised  gross " + rupees(all.unrealizedGross()) + ", net " + rupees(all.unrealizedNet())
                + unpriced(all));
        out.println("  Realised    gross " + rupees(all.realizedGross()) + ", net " + rupees(all.realizedNet()) + " ("
                + all.closed() + " closed" + winRate(all) + ")");
        out.println("  More: options-v4 status --summary | --performance-dashboard");
    }

    /** Prints the summary. */
    static void summary(Performance p, String heading, Screen screen, PrintWriter out) {
        PerformanceGroup all = p.total();
        out.println(screen.bold(heading));
        out.println("Closed strategies  " + all.closed() + ": " + all.won() + " won, " + all.lost() + " lost"
                + winRate(all));
        out.println("Realised P&L       gross " + rupees(all.realizedGross()) + ", net " + rupees(all.realizedNet()));
        out.println("Unrealised P&L     gross " + rupees(all.unrealizedGross()) + ", net " + rupees(all.unrealizedNet())
                + " (" + all.open() + " open" + unpriced(all) + ")");
        out.println("Charges booked     " + rupees(all.charges()));
        out.println("Average holding    " + days(all.averageHoldingDays()) + " closed, " + days(all.averageOpenDays())
                + " open");
        groups("By strategy type", "Type", p.byStrategyType(), screen, out);
        groups("By industry", "Industry", p.byIndustry(), screen, out);
    }

    /** Prints the dashboard: the summary, then the further figures and breakdowns. */
    static void dashboard(Performance p, String heading, Screen screen, PrintWriter out) {
        summary(p, heading, screen, out);
        PerformanceGroup all = p.total();
        out.println();
        out.println(screen.bold("Closed strategies"));
        out.println("Profit factor      " + ratio(all.profitFactor()) + "   expectancy " + rupees(all.expectancy())
                + " per strategy");
        out.println("Average win        " + rupees(all.averageWin()) + "   average loss " + rupees(all.averageLoss()));
        out.println("Largest win        " + rupees(all.largestWin()) + "   largest loss " + rupees(all.largestLoss()));
        out.println("Max drawdown       " + rupees(p.maxDrawdown()) + " of realised net, in exit order");
        out.println("Costs              " + costShare(all));
        groups("By conviction", "Conviction", p.byConviction(), screen, out);
        List<PerformanceGroup> symbols = p.bySymbol();
        groups("By symbol", "Symbol", symbols.subList(0, Math.min(SYMBOLS_SHOWN, symbols.size())), screen, out);
        if (symbols.size() > SYMBOLS_SHOWN) {
            out.println("  … " + (symbols.size() - SYMBOLS_SHOWN) + " more symbols (--json lists them all).");
        }
        groups("By month of exit", "Month", p.byExitMonth(), screen, out);
    }

    private static void groups(String title, String keyHeader, List<PerformanceGroup> groups, Screen s, PrintWriter o) {
        o.println();
        o.println(s.bold(title));
        if (groups.isEmpty()) {
            o.println("  none yet");
            return;
        }
        Table t = new Table(List.of(
                Table.Column.left(keyHeader).flexible(8),
                Table.Column.right("Strats"),
                Table.Column.right("Closed"),
                Table.Column.right("Win%"),
                Table.Column.right("Realised net"),
                Table.Column.right("Unrealised net"),
                Table.Column.right("Days").droppable(1)));
        for (PerformanceGroup g : groups) {
            double realised = g.realizedNet().rupees();
            double unrealised = g.unrealizedNet().rupees();
            t.row(List.of(
                    Table.Cell.of(g.key()),
                    Table.Cell.of(Integer.toString(g.strategies())),
                    Table.Cell.of(Integer.toString(g.closed())),
                    Table.Cell.of(
                            g.winRate().isPresent()
                                    ? StatusText.percent(g.winRate().getAsDouble())
                                    : "—"),
                    new Table.Cell(Rupees.whole(realised), text -> s.signed(realised, text)),
                    new Table.Cell(Rupees.whole(unrealised), text -> s.signed(unrealised, text)),
                    Table.Cell.of(days(g.averageHoldingDays()).replace(" days", ""))));
        }
        t.render(s.width() - 2, s).forEach(l -> o.println("  " + l));
    }

    private static String winRate(PerformanceGroup g) {
        return g.winRate().isPresent()
                ? " — win rate " + StatusText.percent(g.winRate().getAsDouble())
                : "";
    }

    private static String unpriced(PerformanceGroup g) {
        return g.unpriced() == 0 ? "" : "; " + g.unpriced() + " unpriced, left out";
    }

    private static String costShare(PerformanceGroup all) {
        long gross = Math.abs(all.realizedGross().paise())
                + Math.abs(all.unrealizedGross().paise());
        String share = gross == 0
                ? ""
                : String.format(
                        Locale.ROOT,
                        ", %.1f%% of the absolute gross P&L",
                        100.0 * all.charges().paise() / gross);
        return rupees(all.charges()) + " charges booked" + share;
    }

    private static String days(OptionalDouble days) {
        return days.isPresent() ? String.format(Locale.ROOT, "%.1f days", days.getAsDouble()) : "—";
    }

    private static String ratio(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "— (no loss yet)";
    }

    private static String rupees(Money amount) {
        return StatusText.rupees(Checks.notNull(amount, "amount"));
    }

    private static String rupees(Optional<Money> amount) {
        return amount.map(PerformanceText::rupees).orElse("—");
    }
}
