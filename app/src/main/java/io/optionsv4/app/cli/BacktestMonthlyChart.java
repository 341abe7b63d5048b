package io.optionsv4.app.cli;

import io.optionsv4.engine.backtest.report.BacktestReport;
import io.optionsv4.engine.backtest.report.MonthlyReturns;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The monthly returns heat table of a backtest report (one of {@link BacktestCharts}).
 */
final class BacktestMonthlyChart {

    private BacktestMonthlyChart() {}

    /** The year x month table of returns, cells coloured from red (loss) through white to green (gain). */
    static BacktestCharts.Chart of(BacktestReport report) {
        List<MonthlyReturns.Year> years = report.monthlyReturns().years();
        int cells = years.size() * BacktestCharts.MONTHS.length;
        double[][] xyz = new double[3][cells];
        String[] yearNames = new String[years.size()];
        double largest = 0.01;
        int n = 0;
        for (int y = 0; y < years.size(); y++) {
            MonthlyReturns.Year year = years.get(y);
            yearNames[y] = Integer.toString(year.year());
            for (int m = 0; m < BacktestCharts.MONTHS.length; m++) {
                Double r = m < 12 ? year.months().get(m) : Double.valueOf(year.total());
                if (r != null) {
                    xyz[0][n] = m;
                    xyz[1][n] = y;
                    xyz[2][n] = 100 * r;
                    largest = Math.max(largest, Math.abs(100 * r));
                    n++;
                }
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(
                "return",
                new double[][] {Arrays.copyOf(xyz[0], n), Arrays.copyOf(xyz[1], n), Arrays.copyOf(xyz[2], n)});
        XYBlockRenderer blocks = new XYBlockRenderer();
        blocks.setPaintScale(new DivergingScale(Math.min(largest, 10)));
        SymbolAxis monthAxis = new SymbolAxis("Month", BacktestCharts.MONTHS);
        SymbolAxis yearAxis = new SymbolAxis("Year", yearNames.length == 0 ? new String[] {""} : yearNames);
        yearAxis.setInverted(true);
        monthAxis.setGridBandsVisible(false);
        yearAxis.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, monthAxis, yearAxis, blocks);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (int i = 0; i < n; i++) {
            XYTextAnnotation text = new XYTextAnnotation(cell(xyz[2][i]), xyz[0][i], xyz[1][i]);
            text.setFont(xyz[0][i] == 12 ? BacktestCharts.CELL.deriveFont(Font.BOLD) : BacktestCharts.CELL);
            plot.addAnnotation(text);
        }
        int height = Math.max(360, Math.min(1600, 160 + 34 * years.size()));
        return new BacktestCharts.Chart(
                "monthly_returns",
                "Monthly returns (%)",
                BacktestCharts.chart("Monthly returns (%, compounded; the last column is the year)", null, plot, false),
                1200,
                height);
    }

    /** A heat-table cell: the percent with its sign, one decimal, and no "-0.0". */
    private static String cell(double percent) {
        return Math.abs(percent) < 0.05 ? "0.0%" : String.format(Locale.ROOT, "%+.1f%%", percent);
    }

    /** White at zero, deepening to red for losses and green for gains, saturated at {@code limit} percent. */
    private record DivergingScale(double limit) implements PaintScale {

        @Override
        public double getLowerBound() {
            return -limit;
        }

        @Override
        public double getUpperBound() {
            return limit;
        }

        @Override
        public Paint getPaint(double value) {
            double t = Math.max(-1, Math.min(1, value / limit));
            Color end = t < 0 ? BacktestCharts.RED : BacktestCharts.GREEN;
            double a = Math.abs(t) * 0.75;
            return new Color(
                    (int) Math.round(255 + (end.getRed() - 255) * a),
                    (int) Math.round(255 + (end.getGreen() - 255) * a),
                    (int) Math.round(255 + (end.getBlue() - 255) * a));
        }
    }
}
