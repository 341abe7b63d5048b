package io.optionsv4.app.cli;

import io.optionsv4.core.money.RupeeFormat;
import io.optionsv4.engine.backtest.BacktestTrade;
import io.optionsv4.engine.backtest.report.BacktestReport;
import io.optionsv4.engine.backtest.report.Calibration;
import io.optionsv4.engine.backtest.report.EquityCurve;
import io.optionsv4.engine.backtest.report.Exposure;
import io.optionsv4.engine.backtest.report.MonthlyReturns;
import io.optionsv4.engine.backtest.report.PopCalibration;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
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
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

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

    private static final Font TITLE = new Font("SansSerif", Font.BOLD, 18);
    private static final Font SUBTITLE = new Font("SansSerif", Font.PLAIN, 13);
    private static final Font CELL = new Font("SansSerif", Font.PLAIN, 12);
    private static final Color BLUE = new Color(0x1f, 0x4e, 0x9c);
    private static final Color ORANGE = new Color(0xe0, 0x7b, 0x00);
    private static final Color RED = new Color(0xc6, 0x28, 0x28);
    private static final Color GREEN = new Color(0x2e, 0x7d, 0x32);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Year"
    };

    private BacktestCharts() {}

    /** Every chart of {@code report}, in the order the HTML page shows them. */
    static List<Chart> all(BacktestReport report, List<BacktestTrade> trades) {
        return List.of(
                equity(report), monthlyReturns(report), exposure(report), reliability(report), pnl(report, trades));
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

    /** The year x month table of returns, cells coloured from red (loss) through white to green (gain). */
    static Chart monthlyReturns(BacktestReport report) {
        List<MonthlyReturns.Year> years = report.monthlyReturns().years();
        int cells = years.size() * MONTHS.length;
        double[][] xyz = new double[3][cells];
        String[] yearNames = new String[years.size()];
        double largest = 0.01;
        int n = 0;
        for (int y = 0; y < years.size(); y++) {
            MonthlyReturns.Year year = years.get(y);
            yearNames[y] = Integer.toString(year.year());
            for (int m = 0; m < MONTHS.length; m++) {
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
        SymbolAxis monthAxis = new SymbolAxis("Month", MONTHS);
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
            text.setFont(xyz[0][i] == 12 ? CELL.deriveFont(Font.BOLD) : CELL);
            plot.addAnnotation(text);
        }
        int height = Math.max(360, Math.min(1600, 160 + 34 * years.size()));
        return new Chart(
                "monthly_returns",
                "Monthly returns (%)",
                chart("Monthly returns (%, compounded; the last column is the year)", null, plot, false),
                1200,
                height);
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

    /**
     * The reliability diagram: realised frequency against mean predicted PoP per decile with Wilson 95 % intervals and
     * the diagonal of perfect calibration, both predictions overall; below, the number of trades in each decile.
     */
    static Chart reliability(BacktestReport report) {
        List<PopCalibration> predictions = List.of(report.planPop(), report.expiryPop());
        YIntervalSeriesCollection points = new YIntervalSeriesCollection();
        XYSeriesCollection counts = new XYSeriesCollection();
        XYPlot top = new XYPlot();
        StringBuilder subtitle = new StringBuilder();
        for (PopCalibration prediction : predictions) {
            Calibration c = prediction.overall();
            String label = label(prediction);
            YIntervalSeries series = new YIntervalSeries(label + " (n = " + c.count() + ")");
            XYSeries bars = new XYSeries(label);
            for (Calibration.Bin b : c.bins()) {
                series.add(
                        100 * b.meanPredicted(),
                        100 * b.realisedFrequency(),
                        100 * b.wilsonLow(),
                        100 * b.wilsonHigh());
                bars.add(100 * (b.lower() + b.upper()) / 2, b.count());
            }
            points.addSeries(series);
            counts.addSeries(bars);
            subtitle.append(subtitle.isEmpty() ? "" : " · ")
                    .append(label)
                    .append(": Brier ")
                    .append(c.brier() == null ? "n/a" : String.format(Locale.ROOT, "%.4f", c.brier()))
                    .append(
                            c.expectedBrierIfCalibrated() == null
                                    ? ""
                                    : String.format(Locale.ROOT, " (calibrated: %.4f)", c.expectedBrierIfCalibrated()))
                    .append(", deciles outside their interval ")
                    .append(c.binsInconsistent())
                    .append('/')
                    .append(c.bins().size());
        }
        XYErrorRenderer errors = new XYErrorRenderer();
        errors.setDefaultLinesVisible(true);
        errors.setDrawXError(false);
        errors.setSeriesPaint(0, BLUE);
        errors.setSeriesPaint(1, ORANGE);
        errors.setCapLength(6);
        NumberAxis realised = new NumberAxis("Realised frequency (%)");
        realised.setRange(0, 100);
        top.setDataset(points);
        top.setRangeAxis(realised);
        top.setRenderer(errors);
        style(top);
        top.addAnnotation(new XYLineAnnotation(0, 0, 100, 100, dashed(), Color.GRAY));
        XYTextAnnotation diagonal = new XYTextAnnotation("perfect calibration", 12, 8);
        diagonal.setTextAnchor(TextAnchor.BASELINE_LEFT);
        diagonal.setPaint(Color.GRAY);
        diagonal.setFont(CELL);
        top.addAnnotation(diagonal);
        annotateCounts(top, predictions);
        counts.setIntervalWidth(8);
        ClusteredXYBarRenderer barRenderer = new ClusteredXYBarRenderer(0.15, false);
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setSeriesPaint(0, BLUE);
        barRenderer.setSeriesPaint(1, ORANGE);
        barRenderer.setSeriesVisibleInLegend(0, false);
        barRenderer.setSeriesVisibleInLegend(1, false);
        NumberAxis tradeCount = new NumberAxis("Trades in decile");
        XYPlot bottom = plot(counts, tradeCount, barRenderer);
        NumberAxis predicted = new NumberAxis("Predicted PoP (%, decile mean)");
        predicted.setRange(0, 100);
        predicted.setTickUnit(new NumberTickUnit(10));
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(predicted);
        combined.setGap(12);
        combined.add(top, 3);
        combined.add(bottom, 1);
        return new Chart(
                "reliability",
                "Reliability diagram",
                chart("Reliability of the predicted PoP (Wilson 95 % intervals)", subtitle.toString(), combined, true),
                1100,
                950);
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

    private static void annotateCounts(XYPlot plot, List<PopCalibration> predictions) {
        for (int s = 0; s < predictions.size(); s++) {
            for (Calibration.Bin b : predictions.get(s).overall().bins()) {
                XYTextAnnotation text = new XYTextAnnotation(
                        "n=" + b.count(), 100 * b.meanPredicted(), 100 * b.realisedFrequency() + (s == 0 ? 3 : -3));
                text.setFont(CELL.deriveFont(11f));
                text.setPaint(s == 0 ? BLUE : ORANGE);
                text.setTextAnchor(s == 0 ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_LEFT);
                plot.addAnnotation(text);
            }
        }
    }

    private static String label(PopCalibration prediction) {
        return prediction.prediction().equals("plan_pop") ? "Plan PoP" : "Expiry PoP";
    }

    private static XYPlot plot(XYDataset data, NumberAxis axis, XYItemRenderer r) {
        XYPlot plot = new XYPlot(data, null, axis, r);
        style(plot);
        return plot;
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
    }

    private static JFreeChart chart(String title, String subtitle, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        if (subtitle != null) {
            chart.addSubtitle(new TextTitle(subtitle, SUBTITLE));
        }
        return chart;
    }

    private static DateAxis dateAxis() {
        DateAxis axis = new DateAxis("Date");
        axis.setDateFormatOverride(new SimpleDateFormat("MMM yyyy", Locale.ENGLISH));
        return axis;
    }

    private static NumberAxis percentAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(new DecimalFormat("0.#"));
        return axis;
    }

    /** A dashed line across a plot with its label inside the plot: above a range line, right of a domain line. */
    private static ValueMarker marker(double value, String label, boolean domain) {
        ValueMarker marker = new ValueMarker(value, Color.GRAY, dashed());
        marker.setLabel(label);
        marker.setLabelFont(CELL);
        marker.setLabelPaint(Color.DARK_GRAY);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(domain ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_RIGHT);
        return marker;
    }

    private static BasicStroke dashed() {
        return new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f);
    }

    private static Day day(LocalDate d) {
        return new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** A heat-table cell: the percent with its sign, one decimal, and no "-0.0". */
    private static String cell(double percent) {
        return Math.abs(percent) < 0.05 ? "0.0%" : String.format(Locale.ROOT, "%+.1f%%", percent);
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
            Color end = t < 0 ? RED : GREEN;
            double a = Math.abs(t) * 0.75;
            return new Color(
                    (int) Math.round(255 + (end.getRed() - 255) * a),
                    (int) Math.round(255 + (end.getGreen() - 255) * a),
                    (int) Math.round(255 + (end.getBlue() - 255) * a));
        }
    }
}
