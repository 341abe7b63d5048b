package io.optionsv4.app.cli;

import io.optionsv4.core.money.RupeeFormat;
import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.TwoExpiryAnalyzer;
import io.optionsv4.core.probability.UnderlyingLeg;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The P&amp;L chart of a {@code payoff} position at executable prices, drawn with JFreeChart: the P&amp;L at the
 * (first) expiry and today (Black–Scholes–Merton at each leg's implied volatility, the position's volatility when the
 * leg gives none) against the underlying, with the breakevens, the current spot and the 1- and 2-sigma ranges of the
 * underlying at expiry ({@code spot · exp(±k·σ·√T)}) marked. Amounts are rupees for the whole position.
 *
 * @param chart the chart
 * @param report the report it draws
 */
record PayoffChart(JFreeChart chart, PayoffReport report) {

    /** Points per curve. */
    static final int POINTS = 241;

    /** Returns the chart of {@code report}. */
    static PayoffChart of(PayoffReport report) {
        ProbabilityModel m = report.position().model();
        double[] range = range(report);
        XYSeries expiry = new XYSeries("P&L at expiry", false, true);
        XYSeries today = new XYSeries("P&L today (Black-Scholes-Merton)", false, true);
        java.util.TreeSet<Double> spots = new java.util.TreeSet<>();
        for (int i = 0; i < POINTS; i++) {
            spots.add(range[0] + (range[1] - range[0]) * i / (POINTS - 1));
        }
        report.executableLegs().stream()
                .filter(OptionLeg.class::isInstance)
                .forEach(l -> spots.add(((OptionLeg) l).strike()));
        spots.addAll(report.executable().breakevens());
        for (double spot : spots) {
            expiry.add(spot, expiryPnl(report, spot));
            today.add(spot, todayPnl(report, spot));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(expiry);
        data.addSeries(today);
        NumberAxis x = new NumberAxis("Underlying (₹)");
        x.setNumberFormatOverride(new IndianNumberFormat(false));
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("P&L (₹, whole position)");
        y.setNumberFormatOverride(new IndianNumberFormat(true));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setSeriesPaint(0, new Color(0x1f, 0x4e, 0x9c));
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesPaint(1, new Color(0xe0, 0x7b, 0x00));
        renderer.setSeriesStroke(
                1, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 5f}, 0f));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        mark(plot, report);
        String title = report.position().title() + " — P&L at executable prices";
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 18), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 24));
        chart.addSubtitle(new TextTitle(String.format(
                java.util.Locale.ROOT,
                "spot %s, volatility %.1f%%, %d days to expiry; shaded: 1σ and 2σ range at expiry",
                RupeeFormat.grouped(m.spot(), 2),
                m.annualVol() * 100,
                Math.round(m.yearsToExpiry() * PayoffRequest.DAYS_PER_YEAR))));
        return new PayoffChart(chart, report);
    }

    /** Returns the P&amp;L at the (first) expiry with the underlying at {@code spot}, rupees. */
    static double expiryPnl(PayoffReport report, double spot) {
        PayoffCommand.Position p = report.position();
        return TwoExpiryAnalyzer.valueAtFirstExpiry(report.executableLegs(), spot, p.model(), p.laterVolatility());
    }

    /** Returns the P&amp;L today with the underlying at {@code spot}: every leg at Black–Scholes–Merton, rupees. */
    static double todayPnl(PayoffReport report, double spot) {
        PayoffCommand.Position p = report.position();
        ProbabilityModel m = p.model();
        List<Leg> legs = report.executableLegs();
        double sum = 0;
        for (int i = 0; i < legs.size(); i++) {
            sum += switch (legs.get(i)) {
                case UnderlyingLeg u -> u.quantity() * (spot - u.entryPrice());
                case OptionLeg o -> {
                    double vol = p.quotes().get(i).volatilityOr(o.expiresFirst() ? m.annualVol() : p.laterVolatility());
                    double value = BlackScholesMerton.price(
                            o.right(),
                            spot,
                            o.strike(),
                            m.yearsToExpiry() + o.yearsAfterFirstExpiry(),
                            vol,
                            m.rate(),
                            m.dividendYield());
                    yield o.quantity() * (value - o.premiumPerUnit());
                }
            };
        }
        return sum;
    }

    /** Returns the underlying at {@code sigmas} standard deviations of the log-price at expiry. */
    static double sigmaPrice(ProbabilityModel m, double sigmas) {
        return m.spot() * Math.exp(sigmas * m.annualVol() * Math.sqrt(m.yearsToExpiry()));
    }

    private static double[] range(PayoffReport report) {
        ProbabilityModel m = report.position().model();
        double low = Math.min(sigmaPrice(m, -3), m.spot() * 0.9);
        double high = Math.max(sigmaPrice(m, 3), m.spot() * 1.1);
        for (Leg leg : report.executableLegs()) {
            if (leg instanceof OptionLeg o) {
                low = Math.min(low, o.strike());
                high = Math.max(high, o.strike());
            }
        }
        for (double b : report.executable().breakevens()) {
            low = Math.min(low, b);
            high = Math.max(high, b);
        }
        double pad = (high - low) * 0.05;
        return new double[] {Math.max(low - pad, 0), high + pad};
    }

    private static void mark(XYPlot plot, PayoffReport report) {
        ProbabilityModel m = report.position().model();
        IntervalMarker twoSigma = new IntervalMarker(sigmaPrice(m, -2), sigmaPrice(m, 2));
        twoSigma.setPaint(new Color(0xee, 0xf3, 0xfb));
        twoSigma.setLabel("2σ");
        twoSigma.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        twoSigma.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        twoSigma.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(twoSigma, Layer.BACKGROUND);
        IntervalMarker oneSigma = new IntervalMarker(sigmaPrice(m, -1), sigmaPrice(m, 1));
        oneSigma.setPaint(new Color(0xd6, 0xe4, 0xf5));
        oneSigma.setLabel("1σ");
        oneSigma.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        oneSigma.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        oneSigma.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(oneSigma, Layer.BACKGROUND);
        ValueMarker zero = new ValueMarker(0, Color.BLACK, new BasicStroke(1f));
        plot.addRangeMarker(zero, Layer.BACKGROUND);
        ValueMarker spot = line(m.spot(), new Color(0x2e, 0x7d, 0x32), "spot " + RupeeFormat.grouped(m.spot(), 2));
        spot.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        spot.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addDomainMarker(spot, Layer.FOREGROUND);
        List<Double> breakevens = report.executable().breakevens();
        for (int i = 0; i < breakevens.size(); i++) {
            double b = breakevens.get(i);
            ValueMarker marker = line(b, new Color(0xc6, 0x28, 0x28), "breakeven " + RupeeFormat.grouped(b, 2));
            // Staggered so that the labels of close breakevens do not overlap.
            marker.setLabelOffset(new RectangleInsets(3 + 20 * (i % 2), 3, 3, 3));
            plot.addDomainMarker(marker, Layer.FOREGROUND);
        }
    }

    private static ValueMarker line(double value, Color colour, String label) {
        ValueMarker marker = new ValueMarker(
                value,
                colour,
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {4f, 4f}, 0f));
        marker.setLabel(label);
        marker.setLabelPaint(colour);
        marker.setLabelFont(new Font("SansSerif", Font.PLAIN, 13));
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return marker;
    }
}
