package io.optionsv4.engine.backtest.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The deepest fall of the equity from a previous peak.
 *
 * @param depth the deepest drawdown, {@code trough / peak - 1} (a fraction, zero or negative; zero when the equity
 *     never fell below a peak)
 * @param depthPaise the trough's distance below the peak in paise (zero or negative)
 * @param peakDay the day of the peak the fall started from (the run's start day when the peak is the capital)
 * @param troughDay the day of the lowest close of the fall
 * @param recoveryDay the first close at or above the peak after the trough; null when the equity had not recovered by
 *     the last close
 * @param sessions closes from the peak to the recovery (or to the last close when not recovered), the peak not counted
 * @param calendarDays calendar days from the peak to the recovery (or to the last close when not recovered)
 */
public record MaxDrawdown(
        double depth,
        long depthPaise,
        LocalDate peakDay,
        LocalDate troughDay,
        LocalDate recoveryDay,
        int sessions,
        long calendarDays) {

    /** Whether the equity came back to the peak before the run's end. */
    public boolean recovered() {
        return recoveryDay != null;
    }

    /** Finds the deepest drawdown of {@code curve}. */
    public static MaxDrawdown of(EquityCurve curve) {
        List<EquityCurve.Point> points = curve.points();
        if (points.isEmpty()) {
            return new MaxDrawdown(0.0, 0L, curve.startDay(), curve.startDay(), curve.startDay(), 0, 0L);
        }
        int peakIndex = -1; // -1: the starting capital
        int worstPeak = -1;
        int worstTrough = -1;
        double worst = 0.0;
        long peak = curve.capitalPaise();
        for (int i = 0; i < points.size(); i++) {
            EquityCurve.Point p = points.get(i);
            if (p.equityPaise() >= peak) {
                peak = p.equityPaise();
                peakIndex = i;
            } else if (p.drawdown() < worst) {
                worst = p.drawdown();
                worstPeak = peakIndex;
                worstTrough = i;
            }
        }
        if (worstTrough < 0) {
            LocalDate last = points.get(points.size() - 1).day();
            return new MaxDrawdown(0.0, 0L, last, last, last, 0, 0L);
        }
        long peakValue =
                worstPeak < 0 ? curve.capitalPaise() : points.get(worstPeak).equityPaise();
        LocalDate peakDay =
                worstPeak < 0 ? curve.startDay() : points.get(worstPeak).day();
        int end = points.size() - 1;
        LocalDate recovery = null;
        for (int i = worstTrough + 1; i < points.size(); i++) {
            if (points.get(i).equityPaise() >= peakValue) {
                recovery = points.get(i).day();
                end = i;
                break;
            }
        }
        EquityCurve.Point trough = points.get(worstTrough);
        return new MaxDrawdown(
                worst,
                trough.equityPaise() - peakValue,
                peakDay,
                trough.day(),
                recovery,
                end - worstPeak,
                ChronoUnit.DAYS.between(peakDay, points.get(end).day()));
    }
}
