package io.optionsv4.app.cli;

import io.optionsv4.engine.backtest.report.BacktestReport;
import io.optionsv4.engine.backtest.report.Calibration;
import io.optionsv4.engine.backtest.report.PopCalibration;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The reliability diagram of a backtest report (one of {@link BacktestCharts}): the calibration of the plan and expiry
 * PoP in deciles.
 */
final class BacktestReliabilityChart {

    private BacktestReliabilityChart() {}

    /**
     * The reliability diagram: realised frequency against mean predicted PoP per decile with Wilson 95 % intervals and
     * the diagonal of perfect calibration, both predictions overall; below, the number of trades in each decile.
     */
    static BacktestCharts.Chart of(BacktestReport report) {
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
        errors.setSeriesPaint(0, BacktestCharts.BLUE);
        errors.setSeriesPaint(1, BacktestCharts.ORANGE);
        errors.setCapLength(6);
        NumberAxis realised = new NumberAxis("Realised frequency (%)");
        realised.setRange(0, 100);
        top.setDataset(points);
        top.setRangeAxis(realised);
        top.setRenderer(errors);
        BacktestCharts.style(top);
        top.addAnnotation(new XYLineAnnotation(0, 0, 100, 100, BacktestCharts.dashed(), Color.GRAY));
        XYTextAnnotation diagonal = new XYTextAnnotation("perfect calibration", 12, 8);
        diagonal.setTextAnchor(TextAnchor.BASELINE_LEFT);
        diagonal.setPaint(Color.GRAY);
        diagonal.setFont(BacktestCharts.CELL);
        top.addAnnotation(diagonal);
        annotateCounts(top, predictions);
        counts.setIntervalWidth(8);
        ClusteredXYBarRenderer barRenderer = new ClusteredXYBarRenderer(0.15, false);
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setSeriesPaint(0, BacktestCharts.BLUE);
        barRenderer.setSeriesPaint(1, BacktestCharts.ORANGE);
        barRenderer.setSeriesVisibleInLegend(0, false);
        barRenderer.setSeriesVisibleInLegend(1, false);
        NumberAxis tradeCount = new NumberAxis("Trades in decile");
        XYPlot bottom = BacktestCharts.plot(counts, tradeCount, barRenderer);
        NumberAxis predicted = new NumberAxis("Predicted PoP (%, decile mean)");
        predicted.setRange(0, 100);
        predicted.setTickUnit(new NumberTickUnit(10));
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(predicted);
        combined.setGap(12);
        combined.add(top, 3);
        combined.add(bottom, 1);
        return new BacktestCharts.Chart(
                "reliability",
                "Reliability diagram",
                BacktestCharts.chart(
                        "Reliability of the predicted PoP (Wilson 95 % intervals)",
                        subtitle.toString(), combined, true),
                1100,
                950);
    }

    private static void annotateCounts(XYPlot plot, List<PopCalibration> predictions) {
        for (int s = 0; s < predictions.size(); s++) {
            for (Calibration.Bin b : predictions.get(s).overall().bins()) {
                XYTextAnnotation text = new XYTextAnnotation(
                        "n=" + b.count(), 100 * b.meanPredicted(), 100 * b.realisedFrequency() + (s == 0 ? 3 : -3));
                text.setFont(BacktestCharts.CELL.deriveFont(11f));
                text.setPaint(s == 0 ? BacktestCharts.BLUE : BacktestCharts.ORANGE);
                text.setTextAnchor(s == 0 ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_LEFT);
                plot.addAnnotation(text);
            }
        }
    }

    private static String label(PopCalibration prediction) {
        return prediction.prediction().equals("plan_pop") ? "Plan PoP" : "Expiry PoP";
    }

    /** Colours of the families, in family order (repeating past the last). */
    private static final Color[] FAMILY_COLOURS = {
        new Color(0x1f, 0x4e, 0x9c),
        new Color(0xe0, 0x7b, 0x00),
        new Color(0x2e, 0x7d, 0x32),
        new Color(0x8e, 0x24, 0xaa),
        new Color(0xc6, 0x28, 0x28),
        new Color(0x00, 0x83, 0x8f),
        new Color(0x6d, 0x4c, 0x41),
        new Color(0x54, 0x6e, 0x7a)
    };

    /**
     * The reliability diagram per strategy family: realised frequency against mean predicted PoP per decile, one line
     * per family, plan PoP on the left and expiry PoP on the right, the diagonal in both. The Wilson intervals are
     * left out to keep the lines readable; they are in the calibration CSV.
     */
    static BacktestCharts.Chart families(BacktestReport report) {
        NumberAxis realised = new NumberAxis("Realised frequency (%)");
        realised.setRange(0, 100);
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(realised);
        combined.setGap(16);
        combined.add(familyPlot(report.planPop()), 1);
        combined.add(familyPlot(report.expiryPop()), 1);
        return new BacktestCharts.Chart(
                "reliability_families",
                "Reliability per strategy family",
                BacktestCharts.chart(
                        "Reliability of the predicted PoP per strategy family",
                        "Left: plan PoP against closed trades' net P&L · right: expiry PoP against the held-to-expiry"
                                + " outcome · n = scored trades",
                        combined,
                        true),
                1400,
                750);
    }

    private static XYPlot familyPlot(PopCalibration prediction) {
        XYSeriesCollection lines = new XYSeriesCollection();
        for (PopCalibration.Family f : prediction.families()) {
            // Series keys must be unique across the two panels for the shared legend to colour them apart.
            XYSeries series = new XYSeries(label(prediction) + " · " + f.family() + " (n = "
                    + f.calibration().count() + ")");
            f.calibration().bins().forEach(b -> series.add(100 * b.meanPredicted(), 100 * b.realisedFrequency()));
            lines.addSeries(series);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < lines.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, FAMILY_COLOURS[i % FAMILY_COLOURS.length]);
            renderer.setSeriesStroke(i, new BasicStroke(1.8f));
        }
        NumberAxis predicted = new NumberAxis(label(prediction) + " predicted (%, decile mean)");
        predicted.setRange(0, 100);
        predicted.setTickUnit(new NumberTickUnit(10));
        XYPlot plot = new XYPlot(lines, predicted, null, renderer);
        BacktestCharts.style(plot);
        plot.addAnnotation(new XYLineAnnotation(0, 0, 100, 100, BacktestCharts.dashed(), Color.GRAY));
        return plot;
    }
}
