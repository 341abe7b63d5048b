package io.optionsv4.app.cli;

import io.optionsv4.core.money.RupeeFormat;
import io.optionsv4.engine.backtest.BacktestTrade;
import io.optionsv4.engine.backtest.report.BacktestReport;
import io.optionsv4.engine.backtest.report.EquityCurve;
import io.optionsv4.engine.backtest.report.Exposure;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.XYDataset;

/**
 * The charts of a backtest report (JFreeChart): the equity curve over its drawdown, the monthly returns heat table,
 * the exposure over time, the reliability diagram of the PoP calibration and the distribution of trade P&amp;L. Amounts
 * in rupees, ratios in percent, dates on the time axes. Building a chart draws nothing; {@link ChartFile} renders it
 * (headless).
 */
final class BacktestCharts {

    /**
     * A chart with the file name stem and pixel size it is written at.
     *
     * @param name the file name's suffix ({@code equity}, {@code monthly_returns}, ...)
     * @param title what it shows, for the HTML page
     * @param chart the chart
     * @param width width in pixels
     * @param height height in pixels
     */
    record Chart(String name, String title, JFreeChart chart, int width, int height) {}

    static final Font TITLE = new Font("SansSerif", Font.BOLD, 18);
    static final Font SUBTITLE = new Font("SansSerif", Font.PLAIN, 13);
    static final Font CELL = new Font("SansSerif", Font.PLAIN, 12);
    static final Color BLUE = new Color(0x1f, 0x4e, 0x9c);
    static final Color ORANGE = new Color(0xe0, 0x7b, 0x00);
    static final Color RED = new Color(0xc6, 0x28, 0x28);
    static final Color GREEN = new Color(0x2e, 0x7d, 0x32);
    static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Year"
    };

    private BacktestCharts() {}

    /** Every chart of {@code report}, in the order the HTML page shows them. */
    static List<Chart> all(BacktestReport report, List<BacktestTrade> trades) {
        return List.of(
                equity(report),
                BacktestMonthlyChart.of(report),
                exposure(report),
                BacktestReliabilityChart.of(report),
                BacktestReliabilityChart.families(report),
                pnl(report, trades));
    }

    /** The equity curve in rupees above the drawdown in percent, on one date axis. */
    static Chart equity(BacktestReport report) {
        TimeSeries equity = new TimeSeries("Equity (₹, net of costs)");
        TimeSeries drawdown = new TimeSeries("Drawdown (%)");
        for (EquityCurve.Point p : report.equityCurve().points()) {
            equity.add(day(p.day()), p.equityPaise() / 100.0);
            drawdown.add(day(p.day()), 100 * p.drawdown());
        }
        NumberAxis rupees = new NumberAxis("Equity (₹)");
        rupees.setNumberFormatOverride(new IndianNumberFormat(true));
        rupees.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, BLUE);
        line.setSeriesStroke(0, new BasicStroke(2f));
        XYPlot top = plot(new TimeSeriesCollection(equity), rupees, line);
        top.addRangeMarker(marker(report.summary().capitalPaise() / 100.0, "starting capital", false));
        NumberAxis percent = percentAxis("Drawdown (%)");
        XYAreaRenderer area = new XYAreaRenderer();
        area.setSeriesPaint(0, new Color(0xc6, 0x28, 0x28, 0xb0));
        XYPlot bottom = plot(new TimeSeriesCollection(drawdown), percent, area);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(dateAxis());
        combined.setGap(12);
        combined.add(top, 3);
        combined.add(bottom, 1);
        var s = report.summary();
        String subtitle = String.format(
                Locale.ROOT,
                "Total return %s · CAGR %s · Sharpe %s · Sortino %s · max drawdown %s (%s to %s)",
                pct(s.totalReturn()),
                pct(s.cagr()),
                ratio(s.sharpe()),
                ratio(s.sortino()),
                pct(s.maxDrawdown().depth()),
                s.maxDrawdown().peakDay(),
                s.maxDrawdown().troughDay());
        return new Chart(
                "equity", "Equity and drawdown", chart("Equity and drawdown", subtitle, combined, false), 1200, 800);
    }

    /** Margin blocked as a share of equity above the number of open strategies, on one date axis. */
    static Chart exposure(BacktestReport report) {
        TimeSeries margin = new TimeSeries("Margin blocked / equity (%)");
        TimeSeries open = new TimeSeries("Open strategies");
        for (Exposure.Point p : report.exposure().points()) {
            margin.add(day(p.day()), 100 * p.marginToEquity());
            open.add(day(p.day()), p.openStrategies());
        }
        XYAreaRenderer area = new XYAreaRenderer();
        area.setSeriesPaint(0, new Color(0x1f, 0x4e, 0x9c, 0x90));
        XYPlot top = plot(new TimeSeriesCollection(margin), percentAxis("Margin / equity (%)"), area);
        NumberAxis count = new NumberAxis("Open strategies");
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYStepRenderer step = new XYStepRenderer();
        step.setSeriesPaint(0, ORANGE);
        step.setSeriesStroke(0, new BasicStroke(1.5f));
        XYPlot bottom = plot(new TimeSeriesCollection(open), count, step);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(dateAxis());
        combined.setGap(12);
        combined.add(top, 2);
        combined.add(bottom, 1);
        Exposure e = report.exposure();
        String subtitle = String.format(
                Locale.ROOT,
                "Average margin / equity %s · highest %s · days with a position open %s · at most %d open",
                pct(e.averageMarginToEquity()),
                pct(e.maxMarginToEquity()),
                pct(e.daysInMarket()),
                e.maxOpenStrategies());
        return new Chart("exposure", "Exposure", chart("Exposure over time", subtitle, combined, false), 1200, 700);
    }

    /** The distribution of closed trades' net P&amp;L in rupees, with zero and the mean marked. */
    static Chart pnl(BacktestReport report, List<BacktestTrade> trades) {
        double[] values = trades.stream()
                .filter(BacktestTrade::closed)
                .mapToDouble(t -> t.netPnlPaise() / 100.0)
                .toArray();
        HistogramDataset data = new HistogramDataset();
        if (values.length > 0) {
            int bins = Math.max(10, Math.min(60, (int) Math.round(Math.sqrt(values.length) * 2)));
            double low = Arrays.stream(values).min().orElseThrow();
            double high = Math.max(low + 1, Arrays.stream(values).max().orElseThrow());
            double[] wins = Arrays.stream(values).filter(v -> v > 0).toArray();
            double[] others = Arrays.stream(values).filter(v -> v <= 0).toArray();
            data.addSeries("Wins (" + wins.length + ")", wins, bins, low, high);
            data.addSeries("Losses and zero (" + others.length + ")", others, bins, low, high);
        }
        NumberAxis rupees = new NumberAxis("Net P&L per trade (₹, after costs)");
        rupees.setNumberFormatOverride(new IndianNumberFormat(true));
        NumberAxis count = new NumberAxis("Trades");
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYBarRenderer bars = new XYBarRenderer(0.05);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, GREEN);
        bars.setSeriesPaint(1, RED);
        XYPlot plot = new XYPlot(data, rupees, count, bars);
        style(plot);
        plot.addDomainMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1f)));
        var stats = report.trades();
        String subtitle = "no closed trade";
        if (stats.expectancyPaise() != null) {
            ValueMarker mean = marker(stats.expectancyPaise() / 100.0, "mean " + rupees(stats.expectancyPaise()), true);
            plot.addDomainMarker(mean);
            subtitle = String.format(
                    Locale.ROOT,
                    "Win rate %s · average win %s · average loss %s · profit factor %s · expectancy %s per trade",
                    pct(stats.winRate()),
                    rupees(stats.averageWinPaise()),
                    rupees(stats.averageLossPaise()),
                    ratio(stats.profitFactor()),
                    rupees(stats.expectancyPaise()));
        }
        return new Chart(
                "pnl_distribution",
                "Trade P&L distribution",
                chart("Distribution of net P&L per closed trade", subtitle, plot, true),
                1200,
                700);
    }

    static XYPlot plot(XYDataset data, NumberAxis axis, XYItemRenderer r) {
        XYPlot plot = new XYPlot(data, null, axis, r);
        style(plot);
        return plot;
    }

    static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
    }

    static JFreeChart chart(String title, String subtitle, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        if (subtitle != null) {
            chart.addSubtitle(new TextTitle(subtitle, SUBTITLE));
        }
        return chart;
    }

    static DateAxis dateAxis() {
        DateAxis axis = new DateAxis("Date");
        axis.setDateFormatOverride(new SimpleDateFormat("MMM yyyy", Locale.ENGLISH));
        return axis;
    }

    static NumberAxis percentAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(new DecimalFormat("0.#"));
        return axis;
    }

    /** A dashed line across a plot with its label inside the plot: above a range line, right of a domain line. */
    static ValueMarker marker(double value, String label, boolean domain) {
        ValueMarker marker = new ValueMarker(value, Color.GRAY, dashed());
        marker.setLabel(label);
        marker.setLabelFont(CELL);
        marker.setLabelPaint(Color.DARK_GRAY);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(domain ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_RIGHT);
        return marker;
    }

    static BasicStroke dashed() {
        return new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f);
    }

    static Day day(LocalDate d) {
        return new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    static String pct(Double fraction) {
        return fraction == null ? "n/a" : String.format(Locale.ROOT, "%.2f %%", 100 * fraction);
    }

    static String ratio(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }

    static String rupees(Double paise) {
        return paise == null ? "n/a" : RupeeFormat.format(paise / 100.0);
    }
}
