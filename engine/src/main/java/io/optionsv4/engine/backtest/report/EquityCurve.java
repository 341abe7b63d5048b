package io.optionsv4.engine.backtest.report;

import io.optionsv4.engine.backtest.EquityPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The account's equity at each close with its daily return and drawdown.
 *
 * <p>The curve starts from the starting capital: the first day's return is its close over the capital, and the
 * capital is the first peak (dated the run's {@code from} day). Drawdown is {@code equity / peak - 1}, zero or
 * negative, where the peak is the highest of the capital and every close up to and including the day.
 *
 * @param startDay the day the starting capital is dated (the run's {@code from})
 * @param capitalPaise the starting capital
 * @param points one point per close, in date order
 */
public record EquityCurve(LocalDate startDay, long capitalPaise, List<Point> points) {

    /**
     * One close.
     *
     * @param day the trading day
     * @param equityPaise the equity at the close
     * @param dailyReturn the close over the previous close (the capital for the first day), minus one
     * @param peakPaise the highest equity so far, the capital included
     * @param drawdown {@code equity / peak - 1}, in (-1, 0] for a positive peak (a fraction, not percent)
     */
    public record Point(LocalDate day, long equityPaise, double dailyReturn, long peakPaise, double drawdown) {}

    public EquityCurve {
        points = List.copyOf(points);
    }

    /** Builds the curve of {@code equity} from {@code capitalPaise} dated {@code startDay}. */
    public static EquityCurve of(LocalDate startDay, long capitalPaise, List<EquityPoint> equity) {
        List<Point> points = new ArrayList<>(equity.size());
        long previous = capitalPaise;
        long peak = capitalPaise;
        for (EquityPoint p : equity) {
            long value = p.equityPaise();
            peak = Math.max(peak, value);
            double dailyReturn = previous == 0 ? 0.0 : (double) value / previous - 1.0;
            points.add(new Point(p.day(), value, dailyReturn, peak, (double) value / peak - 1.0));
            previous = value;
        }
        return new EquityCurve(startDay, capitalPaise, points);
    }

    /** The daily returns in date order. */
    public double[] dailyReturns() {
        return points.stream().mapToDouble(Point::dailyReturn).toArray();
    }

    /** The equity at the last close, or the capital when there is none. */
    public long endPaise() {
        return points.isEmpty() ? capitalPaise : points.get(points.size() - 1).equityPaise();
    }
}
