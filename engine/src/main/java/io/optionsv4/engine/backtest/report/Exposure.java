package io.optionsv4.engine.backtest.report;

import io.optionsv4.engine.backtest.EquityPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How much of the account the open strategies used, close by close.
 *
 * @param points one point per close, in date order
 * @param averageMarginToEquity mean of the daily margin / equity (a fraction); 0 with no close
 * @param maxMarginToEquity the highest daily margin / equity (a fraction); 0 with no close
 * @param daysInMarket share of closes with at least one open strategy (a fraction); 0 with no close
 * @param averageOpenStrategies mean number of strategies open at a close
 * @param maxOpenStrategies the most strategies open at one close
 */
public record Exposure(
        List<Point> points,
        double averageMarginToEquity,
        double maxMarginToEquity,
        double daysInMarket,
        double averageOpenStrategies,
        int maxOpenStrategies) {

    /**
     * One close.
     *
     * @param day the trading day
     * @param marginBlockedPaise margin blocked by the open strategies
     * @param equityPaise the equity
     * @param marginToEquity margin / equity (a fraction); 0 when the equity is zero or less and nothing is blocked,
     *     1 when the equity is zero or less and margin is blocked
     * @param openStrategies strategies open
     */
    public record Point(
            LocalDate day, long marginBlockedPaise, long equityPaise, double marginToEquity, int openStrategies) {}

    public Exposure {
        points = List.copyOf(points);
    }

    /** Computes the exposure of {@code equity}. */
    public static Exposure of(List<EquityPoint> equity) {
        List<Point> points = new ArrayList<>(equity.size());
        double sumRatio = 0;
        double maxRatio = 0;
        int inMarket = 0;
        long sumOpen = 0;
        int maxOpen = 0;
        for (EquityPoint p : equity) {
            double ratio = p.equityPaise() > 0
                    ? (double) p.marginBlockedPaise() / p.equityPaise()
                    : p.marginBlockedPaise() > 0 ? 1.0 : 0.0;
            points.add(new Point(p.day(), p.marginBlockedPaise(), p.equityPaise(), ratio, p.openStrategies()));
            sumRatio += ratio;
            maxRatio = Math.max(maxRatio, ratio);
            inMarket += p.openStrategies() > 0 ? 1 : 0;
            sumOpen += p.openStrategies();
            maxOpen = Math.max(maxOpen, p.openStrategies());
        }
        int n = equity.size();
        return n == 0
                ? new Exposure(points, 0, 0, 0, 0, 0)
                : new Exposure(points, sumRatio / n, maxRatio, (double) inMarket / n, (double) sumOpen / n, maxOpen);
    }
}
