package io.optionsv4.app.cli;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.portfolio.RecentStrategy;
import io.optionsv4.core.portfolio.StatusEntry;
import io.optionsv4.core.portfolio.StrategyStatus;
import io.optionsv4.engine.portfolio.MarkOutcome;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The terminal output of {@code mark}: the numbered list of an analysis' strategies in rank order (id, symbol,
 * strategy, conviction, net EV, PoP, margin, status and lots; an allocated strategy reads MARKED*), and one line per
 * strategy marked, skipped, unmarked or refused. Tables fit the screen through {@link Table}'s drop orders.
 */
final class MarkReport {

    private MarkReport() {}

    /** Prints the first {@code shown} of {@code ranked}, numbered from 1, with a header naming {@code date}. */
    static void list(LocalDate date, List<RecentStrategy> ranked, int shown, Screen screen, PrintWriter out) {
        long marked = ranked.stream().filter(RecentStrategy::marked).count();
        out.println(screen.bold("Strategies of the analysis of " + date) + " — " + ranked.size() + " ranked by score, "
                + marked + " marked");
        Table t = new Table(List.of(
                Table.Column.right("#"),
                Table.Column.right("ID"),
                Table.Column.left("Symbol"),
                Table.Column.left("Strategy").flexible(8),
                Table.Column.left("Conv").droppable(2),
                Table.Column.right("Net EV"),
                Table.Column.right("PoP"),
                Table.Column.right("Margin").droppable(1),
                Table.Column.left("Status"),
                Table.Column.right("Lots")));
        for (int i = 0; i < Math.min(shown, ranked.size()); i++) {
            RecentStrategy s = ranked.get(i);
            String status = status(s);
            t.row(List.of(
                    Table.Cell.of(Integer.toString(i + 1)),
                    Table.Cell.of(Long.toString(s.id().value())),
                    Table.Cell.of(s.symbol()),
                    Table.Cell.of(s.strategyName()),
                    Table.Cell.of(s.conviction().name()),
                    money(s.netExpectedValue().orElse(null), screen),
                    Table.Cell.of(String.format(Locale.ROOT, "%.0f%%", s.probabilityOfProfit() * 100)),
                    Table.Cell.of(s.margin().map(m -> Rupees.whole(m.rupees())).orElse("—")),
                    new Table.Cell(status, text -> s.marked() ? screen.green(text) : text),
                    Table.Cell.of(
                            s.entry().map(e -> Integer.toString(e.lotsOrOne())).orElse(""))));
        }
        t.render(screen.width(), screen).forEach(out::println);
        if (ranked.size() > shown) {
            out.println("… " + (ranked.size() - shown) + " more: --limit 0 lists them all.");
        }
        if (ranked.stream()
                .anyMatch(s ->
                        s.status().filter(st -> st == StrategyStatus.ALLOCATED).isPresent())) {
            out.println("* marked by an allocation, with the allocated lots.");
        }
    }

    /** Prints one line per outcome under {@code headline}. */
    static void outcomes(String headline, List<MarkOutcome> outcomes, Screen screen, PrintWriter out) {
        out.println(screen.bold(headline));
        for (MarkOutcome o : outcomes) {
            RecentStrategy s = o.strategy();
            String what = "#" + s.id().value() + " " + s.symbol() + " " + s.strategyName();
            String line = switch (o.result()) {
                case MARKED -> screen.green("marked    ") + what + " (" + lots(s) + ")";
                case UNMARKED -> screen.green("unmarked  ") + what;
                case SKIPPED -> screen.yellow("skipped   ") + what + ": " + o.detail();
                case REFUSED -> screen.red("refused   ") + what + ": " + o.detail();
            };
            screen.wrap("  " + line, 12).forEach(out::println);
        }
    }

    /** Returns how many outcomes have {@code result}. */
    static long count(List<MarkOutcome> outcomes, MarkOutcome.Result result) {
        return outcomes.stream().filter(o -> o.result() == result).count();
    }

    private static String status(RecentStrategy s) {
        return s.status()
                .map(st -> st == StrategyStatus.ALLOCATED ? "MARKED*" : st.name())
                .orElse("—");
    }

    private static String lots(RecentStrategy s) {
        int lots = s.entry().map(StatusEntry::lotsOrOne).orElse(1);
        return lots + (lots == 1 ? " lot" : " lots");
    }

    private static Table.Cell money(Money amount, Screen screen) {
        if (amount == null) {
            return Table.Cell.of("—");
        }
        return new Table.Cell(Rupees.whole(amount.rupees()), text -> screen.signed(amount.rupees(), text));
    }
}
