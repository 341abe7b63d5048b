package io.optionsv4.app.cli;

import io.optionsv4.core.market.ChainRow;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.money.RupeeFormat;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An option chain as two halves, {@code CALLS | strike | PUTS}, each mirrored so the prices sit next to the strike:
 * the ATM strike is marked with {@code *}, a line {@code (spot)} shows where the spot falls between strikes, and on a
 * colour screen the in-the-money side of each strike is shaded. Open interest, volume, settlement, delta and the quote
 * status give way, in that order from the last, when the screen is narrow.
 */
final class ChainTable {

    private ChainTable() {}

    /** Prints the header line, the CALLS/PUTS title and the rows of {@code chain}. */
    static void print(PrintWriter out, OptionChain chain, List<ChainRow> rows, Screen screen) {
        String spot =
                chain.spot().isPresent() ? RupeeFormat.grouped(chain.spot().getAsDouble(), 2) : "-";
        String header = String.format(
                Locale.ROOT,
                "%s  expiry %s (%.4f years)  spot %s  forward %s  ATM %s  lot %s",
                chain.underlying(),
                chain.expiry(),
                chain.yearsToExpiry(),
                spot,
                chain.forward()
                        .map(f -> RupeeFormat.grouped(f.price(), 2) + " (" + f.source() + ")")
                        .orElse("-"),
                chain.atmStrike().isPresent()
                        ? AnalysisReport.strike(chain.atmStrike().getAsDouble())
                        : "-",
                chain.lotSize().map(l -> Integer.toString(l.unitsPerLot())).orElse("-"));
        screen.wrap(header, 4).forEach(l -> out.println(screen.bold(l)));
        Table table = new Table(columns());
        double atm = chain.atmStrike().isPresent() ? chain.atmStrike().getAsDouble() : Double.NaN;
        double spotPrice = chain.spot().isPresent() ? chain.spot().getAsDouble() : Double.NaN;
        boolean spotShown = Double.isNaN(spotPrice);
        for (ChainRow row : rows) {
            if (!spotShown && row.strike() > spotPrice) {
                table.row(spotRow(spotPrice, screen));
                spotShown = true;
            }
            boolean callItm = !Double.isNaN(spotPrice) && row.strike() < spotPrice;
            boolean putItm = !Double.isNaN(spotPrice) && row.strike() > spotPrice;
            List<Table.Cell> cells = new ArrayList<>(half(row.call(), callItm, screen, false));
            cells.add(Table.Cell.of("|"));
            String strike = AnalysisReport.strike(row.strike()) + (row.strike() == atm ? "*" : " ");
            cells.add(new Table.Cell(strike, row.strike() == atm ? screen::bold : UnaryOperator.identity()));
            cells.add(Table.Cell.of("|"));
            cells.addAll(half(row.put(), putItm, screen, true));
            table.row(cells);
        }
        if (!spotShown) {
            table.row(spotRow(spotPrice, screen));
        }
        List<String> plain = table.render(screen.width(), new Screen(screen.width(), false));
        List<String> lines = table.render(screen.width(), screen);
        String head = plain.get(0);
        int left = head.indexOf('|');
        int right = head.lastIndexOf('|');
        if (left > 0 && right > left) {
            String calls = centre("CALLS", left);
            String middle = centre("strike", right - left - 1);
            out.println(screen.bold(
                    (calls + "|" + middle + "|" + centre("PUTS", head.length() - right - 1)).stripTrailing()));
        }
        lines.forEach(out::println);
        String legend = "* ATM strike; (spot) where the spot falls"
                + (screen.color() ? "; shaded: in the money" : "; calls above it and puts below it are in the money")
                + "; OI in units, volume in contracts, IV in %; bid/ask - where the source has no book";
        screen.wrap(legend, 0).forEach(l -> out.println(screen.dim(l)));
    }

    /** Columns of each half: status, delta, OI, volume, settle, last, IV, bid, ask. */
    private static final int HALF_COLUMNS = 9;

    private static List<Table.Column> columns() {
        List<Table.Column> calls = List.of(
                Table.Column.left("status").droppable(7),
                Table.Column.right("delta").droppable(6),
                Table.Column.right("OI").droppable(2),
                Table.Column.right("volume").droppable(5),
                Table.Column.right("settle").droppable(4),
                Table.Column.right("last").droppable(3),
                Table.Column.right("IV"),
                Table.Column.right("bid"),
                Table.Column.right("ask"));
        List<Table.Column> all = new ArrayList<>(calls);
        all.add(Table.Column.left("|"));
        all.add(Table.Column.right("strike"));
        all.add(Table.Column.left("|"));
        for (int i = calls.size() - 1; i >= 0; i--) {
            Table.Column c = calls.get(i);
            all.add(new Table.Column(
                    c.header(), c.header().equals("status") ? Table.Align.LEFT : Table.Align.RIGHT, c.dropOrder(), 0));
        }
        return all;
    }

    private static List<Table.Cell> half(Optional<OptionQuote> quote, boolean itm, Screen screen, boolean mirrored) {
        UnaryOperator<String> style = itm ? screen::shaded : UnaryOperator.identity();
        List<String> texts = new ArrayList<>();
        if (quote.isEmpty()) {
            texts.addAll(List.of("-", "", "", "", "", "", "", "", ""));
        } else {
            OptionQuote q = quote.get();
            texts.add(q.quality().name().toLowerCase(Locale.ROOT));
            texts.add(q.greeks().map(g -> RupeeFormat.grouped(g.delta(), 2)).orElse("-"));
            texts.add(RupeeFormat.grouped(q.openInterest(), 0));
            texts.add(RupeeFormat.grouped(q.volume(), 0));
            texts.add(RupeeFormat.grouped(q.settle(), 2));
            texts.add(RupeeFormat.grouped(q.last(), 2));
            texts.add(
                    q.impliedVolatility().isPresent()
                            ? String.format(
                                    Locale.ROOT,
                                    "%.1f",
                                    100 * q.impliedVolatility().getAsDouble())
                            : "-");
            texts.add(q.bidAsk().map(b -> RupeeFormat.grouped(b.bid(), 2)).orElse("-"));
            texts.add(q.bidAsk().map(b -> RupeeFormat.grouped(b.ask(), 2)).orElse("-"));
        }
        if (mirrored) {
            java.util.Collections.reverse(texts);
        }
        return texts.stream().map(t -> new Table.Cell(t, style)).toList();
    }

    private static List<Table.Cell> spotRow(double spot, Screen screen) {
        List<Table.Cell> cells = new ArrayList<>();
        for (int i = 0; i < HALF_COLUMNS; i++) {
            cells.add(Table.Cell.of(""));
        }
        cells.add(Table.Cell.of("|"));
        cells.add(new Table.Cell("(" + RupeeFormat.grouped(spot, 0) + ")", screen::yellow));
        cells.add(Table.Cell.of("|"));
        for (int i = 0; i < HALF_COLUMNS; i++) {
            cells.add(Table.Cell.of(""));
        }
        return cells;
    }

    private static String centre(String text, int width) {
        if (text.length() >= width) {
            return text.substring(0, Math.max(0, width));
        }
        int left = (width - text.length()) / 2;
        return " ".repeat(left) + text + " ".repeat(width - text.length() - left);
    }
}
