package io.optionsv4.app.cli;

import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.selection.Candidate;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.engine.pipeline.AnalysisRun;
import io.optionsv4.engine.pipeline.RankedStrategy;
import io.optionsv4.engine.pipeline.SymbolOutcome;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The first screen of the {@code analyze} report: the day's best strategies across the universe, one line each
 * (symbol, strategy, expiry, net credit or debit, max loss, PoP, score, conviction), sorted by {@link Sort} and cut
 * at a conviction floor. Columns come from {@link Table}: a new figure is one more column with a drop order.
 */
final class TopList {

    /** The orders of the list. */
    enum Sort {
        /** Total score, highest first (the default). */
        SCORE(Comparator.comparingDouble((RankedStrategy s) -> s.ranked().totalScore())
                .reversed()),
        /** Probability of profit, highest first. */
        POP(Comparator.comparingDouble((RankedStrategy s) ->
                        s.ranked().candidate().netFigures().probabilityOfProfit())
                .reversed()),
        /** Max loss, smallest first (unlimited last). */
        MAX_LOSS(
                Comparator.comparingDouble((RankedStrategy s) -> loss(s.ranked().candidate()))),
        /** Symbol, then rank within the symbol. */
        SYMBOL(Comparator.comparing((RankedStrategy s) -> s.ranked().candidate().symbol())
                .thenComparingInt(RankedStrategy::rank));

        private final Comparator<RankedStrategy> order;

        Sort(Comparator<RankedStrategy> order) {
            this.order = order;
        }
    }

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("dd-MMM", Locale.ENGLISH);

    private TopList() {}

    /** Returns the strategies of {@code run} at or above {@code floor}, in {@code sort} order. */
    static List<RankedStrategy> select(AnalysisRun run, Sort sort, Conviction floor) {
        List<RankedStrategy> all = new ArrayList<>();
        for (SymbolOutcome outcome : run.outcomes()) {
            if (outcome instanceof SymbolOutcome.Analysed a) {
                a.strategies().stream()
                        .filter(s -> s.ranked().conviction().compareTo(floor) >= 0)
                        .forEach(all::add);
            }
        }
        all.sort(sort.order.thenComparing(s -> s.ranked().candidate().symbol()));
        return all;
    }

    /** Prints the title and the first {@code count} of {@code strategies} as a table fitting the screen. */
    static void print(List<RankedStrategy> strategies, int count, String title, Screen screen, PrintWriter out) {
        out.println(screen.bold(title));
        if (strategies.isEmpty()) {
            out.println("  none: no strategy passed the filters");
            out.println();
            return;
        }
        Table table = new Table(List.of(
                Table.Column.right("#"),
                Table.Column.left("symbol"),
                Table.Column.left("strategy").flexible(10),
                Table.Column.left("expiry").droppable(1),
                Table.Column.right("net"),
                Table.Column.right("max loss"),
                Table.Column.right("PoP"),
                Table.Column.right("score").droppable(2),
                Table.Column.left("conviction")));
        int n = 0;
        for (RankedStrategy s : strategies.subList(0, Math.min(count, strategies.size()))) {
            Candidate c = s.ranked().candidate();
            n++;
            table.row(List.of(
                    Table.Cell.of(Integer.toString(n)),
                    Table.Cell.of(c.symbol()),
                    Table.Cell.of(c.name()),
                    Table.Cell.of(EXPIRY.format(c.nearExpiry())),
                    new Table.Cell(Rupees.of(c.netPremium()), t -> screen.signed(c.netPremium(), t)),
                    new Table.Cell(Rupees.of(c.netFigures().maxLoss()), screen::red),
                    Table.Cell.of(String.format(
                            Locale.ROOT, "%.0f%%", 100 * c.netFigures().probabilityOfProfit())),
                    Table.Cell.of(String.format(Locale.ROOT, "%.1f", s.ranked().totalScore())),
                    new Table.Cell(
                            label(s.ranked().conviction()), style(s.ranked().conviction(), screen))));
        }
        table.render(screen.width(), screen).forEach(out::println);
        out.println(screen.dim("net: + credit received, - debit paid; max loss and net for the whole position"));
        out.println();
    }

    /** Returns the conviction as the report writes it: {@code very high}, {@code high}, ... */
    static String label(Conviction conviction) {
        return conviction.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Returns the colour of a conviction: green high, yellow medium, red low. */
    static UnaryOperator<String> style(Conviction conviction, Screen screen) {
        return switch (conviction) {
            case VERY_HIGH -> t -> screen.bold(screen.green(t));
            case HIGH -> screen::green;
            case MEDIUM -> screen::yellow;
            case LOW, VERY_LOW -> screen::red;
        };
    }

    private static double loss(Candidate c) {
        return c.netFigures().maxLoss() instanceof Amount.Finite f ? f.rupees() : Double.MAX_VALUE;
    }
}
