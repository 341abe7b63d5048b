package io.optionsv4.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A text table that fits a width: columns sized to their widest cell, one space apart; when the table is too wide
 * the flexible column (a name) is cut with an ellipsis down to its minimum, then the droppable columns go, highest
 * {@code dropOrder} first (columns of equal order together, e.g. the two halves of a chain). Cells are coloured
 * after padding, so colour never changes the layout. New figures become new columns: give one a drop order and it
 * shows where there is room and gives way at 80 columns.
 */
final class Table {

    /** Alignment of a column's cells. */
    enum Align {
        LEFT,
        RIGHT
    }

    /**
     * A column.
     *
     * @param header its heading
     * @param align left for text, right for numbers
     * @param dropOrder 0 never dropped; otherwise dropped (highest first) when the table does not fit
     * @param minWidth the width a flexible column may be cut to; 0 for a column that is never cut
     */
    record Column(String header, Align align, int dropOrder, int minWidth) {
        static Column left(String header) {
            return new Column(header, Align.LEFT, 0, 0);
        }

        static Column right(String header) {
            return new Column(header, Align.RIGHT, 0, 0);
        }

        Column droppable(int order) {
            return new Column(header, align, order, minWidth);
        }

        Column flexible(int min) {
            return new Column(header, align, dropOrder, min);
        }
    }

    /** A cell: its plain text and the colour applied after padding. */
    record Cell(String text, UnaryOperator<String> style) {
        static Cell of(String text) {
            return new Cell(text, UnaryOperator.identity());
        }
    }

    private final List<Column> columns;
    private final List<List<Cell>> rows = new ArrayList<>();

    Table(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Adds a row of one cell per column. */
    Table row(List<Cell> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("a row needs " + columns.size() + " cells but got " + cells.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /** Returns the header line followed by the rows, each at most {@code width} columns of plain text. */
    List<String> render(int width, Screen screen) {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            shown.add(i);
        }
        int[] widths = naturalWidths();
        while (true) {
            int total = total(shown, widths);
            for (int i : shown) {
                Column c = columns.get(i);
                if (total > width && c.minWidth() > 0 && widths[i] > c.minWidth()) {
                    int cut = Math.min(widths[i] - c.minWidth(), total - width);
                    widths[i] -= cut;
                    total -= cut;
                }
            }
            if (total <= width) {
                break;
            }
            int drop = 0;
            for (int i : shown) {
                drop = Math.max(drop, columns.get(i).dropOrder());
            }
            if (drop == 0) {
                break;
            }
            int order = drop;
            shown.removeIf(i -> columns.get(i).dropOrder() == order);
            widths = naturalWidths();
        }
        List<String> lines = new ArrayList<>();
        lines.add(line(
                shown, widths, columns.stream().map(c -> Cell.of(c.header())).toList(), screen, true));
        for (List<Cell> row : rows) {
            lines.add(line(shown, widths, row, screen, false));
        }
        return lines;
    }

    private int[] naturalWidths() {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).header().length();
            for (List<Cell> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).text().length());
            }
        }
        return widths;
    }

    private static int total(List<Integer> shown, int[] widths) {
        int total = Math.max(0, shown.size() - 1);
        for (int i : shown) {
            total += widths[i];
        }
        return total;
    }

    private String line(List<Integer> shown, int[] widths, List<Cell> cells, Screen screen, boolean header) {
        List<String> padded = new ArrayList<>();
        for (int i : shown) {
            String text = fit(cells.get(i).text(), widths[i]);
            padded.add(
                    columns.get(i).align() == Align.RIGHT
                            ? " ".repeat(widths[i] - text.length()) + text
                            : text + " ".repeat(widths[i] - text.length()));
        }
        // Trailing blanks go before colour is applied, so a coloured line is the plain line plus escape codes.
        int last = padded.size() - 1;
        while (last > 0 && padded.get(last).isBlank()) {
            last--;
        }
        StringBuilder line = new StringBuilder();
        for (int k = 0; k <= last; k++) {
            int i = shown.get(k);
            String text = k == last ? padded.get(k).stripTrailing() : padded.get(k);
            if (k > 0) {
                line.append(' ');
            }
            line.append(header ? screen.bold(text) : cells.get(i).style().apply(text));
        }
        return line.toString();
    }

    private static String fit(String text, int width) {
        return text.length() <= width ? text : text.substring(0, Math.max(0, width - 1)) + "…";
    }
}
