package io.optionsv4.engine.backtest.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The returns of each calendar month and year, compounded from the closes.
 *
 * <p>A month's return is its last close over the last close before the month (the starting capital for the first
 * month), minus one; a year's return is its last close over the last close before the year, minus one, which is the
 * product of its months' {@code (1 + r)} minus one. A month without a close in the run has no return.
 *
 * @param years one row per calendar year with a close, in order
 */
public record MonthlyReturns(List<Year> years) {

    /**
     * One calendar year.
     *
     * @param year the year
     * @param months twelve entries, January first: the month's return (a fraction), null for a month without a close
     * @param total the year's compounded return (a fraction) over the months with closes
     */
    public record Year(int year, List<Double> months, double total) {

        public Year {
            if (months.size() != 12) {
                throw new IllegalArgumentException("a year has 12 months, got " + months.size() + " for " + year);
            }
            months = Collections.unmodifiableList(new ArrayList<>(months));
        }
    }

    public MonthlyReturns {
        years = List.copyOf(years);
    }

    /** Tabulates the monthly and yearly returns of {@code curve}. */
    public static MonthlyReturns of(EquityCurve curve) {
        Map<YearMonth, Long> monthEnd = new LinkedHashMap<>();
        for (EquityCurve.Point p : curve.points()) {
            monthEnd.put(YearMonth.from(p.day()), p.equityPaise());
        }
        List<Year> years = new ArrayList<>();
        long before = curve.capitalPaise();
        int current = Integer.MIN_VALUE;
        Double[] months = null;
        long yearStart = before;
        for (Map.Entry<YearMonth, Long> e : monthEnd.entrySet()) {
            int year = e.getKey().getYear();
            if (year != current) {
                if (months != null) {
                    years.add(new Year(current, Arrays.asList(months), (double) before / yearStart - 1.0));
                }
                current = year;
                months = new Double[12];
                yearStart = before;
            }
            months[e.getKey().getMonthValue() - 1] = (double) e.getValue() / before - 1.0;
            before = e.getValue();
        }
        if (months != null) {
            years.add(new Year(current, Arrays.asList(months), (double) before / yearStart - 1.0));
        }
        return new MonthlyReturns(years);
    }
}
