package io.optionsv4.app.cli;

import io.optionsv4.core.allocation.ScenarioGrid;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The scenario grid as a heatmap (JFreeChart {@link XYBlockRenderer}): NIFTY move in % across, IV shift in vol
 * points up, one panel per horizon stacked as separate rows of blocks (y = IV shift + 20 × horizon index), colour =
 * portfolio P&amp;L from red (loss) through white to green (gain), symmetric around 0. Written beside the results file
 * as {@code ..._scenarios.png} through {@link ChartFile}.
 */
final class AllocationChart {

    private AllocationChart() {}

    /**
     * Returns the dataset on category axes: one item per grid cell, x = the move's index in {@link #moveLabels}, y =
     * the row's index in {@link #rowLabels} (horizon, then IV shift), z = P&amp;L; every block is 1 × 1.
     */
    static DefaultXYZDataset dataset(ScenarioGrid g) {
        int n = g.cells().size();
        double[][] xyz = new double[3][n];
        for (int i = 0; i < n; i++) {
            var c = g.cells().get(i);
            xyz[0][i] = g.niftyMoves().indexOf(c.niftyMove());
            xyz[1][i] = g.daysForward().indexOf(c.daysForward())
                            * g.volShiftPoints().size()
                    + g.volShiftPoints().indexOf(c.volShiftPoints());
            xyz[2][i] = c.pnl();
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("P&L", xyz);
        return dataset;
    }

    /** The column labels: {@code -10%} … {@code +10%}. */
    static String[] moveLabels(ScenarioGrid g) {
        return g.niftyMoves().stream()
                .map(m -> String.format(Locale.ROOT, "%+.0f%%", m * 100))
                .toArray(String[]::new);
    }

    /** The row labels, bottom to top: {@code now, IV -5} … {@code +1 week, IV +5}. */
    static String[] rowLabels(ScenarioGrid g) {
        List<String> rows = new ArrayList<>();
        for (int d : g.daysForward()) {
            String horizon = d == 0 ? "now" : d == 7 ? "+1 week" : d == 1 ? "+1 day" : "+" + d + " days";
            for (double v : g.volShiftPoints()) {
                rows.add(String.format(Locale.ROOT, "%s, IV %+.0f", horizon, v));
            }
        }
        return rows.toArray(String[]::new);
    }

    /** Draws the heatmap of {@code g} beside {@code results}; returns the PNG written. */
    static Path write(ScenarioGrid g, Path results) throws IOException {
        double extreme = Math.max(
                1, g.cells().stream().mapToDouble(c -> Math.abs(c.pnl())).max().orElse(1));
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(1);
        renderer.setBlockHeight(1);
        PaintScale scale = new DivergingScale(extreme);
        renderer.setPaintScale(scale);
        SymbolAxis x = new SymbolAxis("NIFTY move (stocks by beta)", moveLabels(g));
        SymbolAxis y = new SymbolAxis("Horizon, IV shift (vol points)", rowLabels(g));
        x.setGridBandsVisible(false);
        y.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(dataset(g), x, y, renderer);
        plot.setBackgroundPaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart("Portfolio P&L by scenario (₹)", plot);
        chart.removeLegend();
        NumberAxis rupees = new NumberAxis("P&L");
        rupees.setNumberFormatOverride(new IndianNumberFormat(true));
        PaintScaleLegend legend = new PaintScaleLegend(scale, rupees);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 4, 4);
        chart.addSubtitle(legend);
        chart.setBackgroundPaint(Color.WHITE);
        String name = results.getFileName().toString().replaceFirst("\\.json$", "") + "_scenarios.png";
        Path png = results.resolveSibling(name);
        ChartFile.write(chart, png);
        return png;
    }

    /** Red for losses, white at 0, green for gains, saturating at ±{@code extreme}. */
    private record DivergingScale(double extreme) implements PaintScale {
        @Override
        public double getLowerBound() {
            return -extreme;
        }

        @Override
        public double getUpperBound() {
            return extreme;
        }

        @Override
        public java.awt.Paint getPaint(double value) {
            double t = Math.max(-1, Math.min(1, value / extreme));
            int fade = (int) Math.round(255 * (1 - Math.abs(t)));
            return t < 0 ? new Color(255, fade, fade) : new Color(fade, 200 + (int) (55 * (1 - t)), fade);
        }
    }
}
