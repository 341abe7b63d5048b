package io.optionsv4.core.exit;

import io.optionsv4.core.result.Checks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * The exchange's trading days as the exit planner sees them: a predicate on dates supplied by the edge (in production
 * {@code marketdata.reference.TradingCalendar#isPlannedTradingDay}, which knows NSE's holidays and, for future years,
 * the fixed-date ones). Immutable and thread-safe when the predicate is.
 *
 * @param isTradingDay true for a date with a regular trading session
 */
public record TradingDays(Predicate<LocalDate> isTradingDay) {

    /** Weekdays only: the calendar used when none is supplied (tests, calculators). */
    public static final TradingDays WEEKDAYS =
            new TradingDays(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);

    /** Validates the predicate. */
    public TradingDays {
        Checks.notNull(isTradingDay, "isTradingDay");
    }

    /** Returns true when {@code date} is a trading day. */
    public boolean test(LocalDate date) {
        return isTradingDay.test(Checks.notNull(date, "date"));
    }

    /** Returns the last trading day on or before {@code date}. */
    public LocalDate onOrBefore(LocalDate date) {
        LocalDate day = Checks.notNull(date, "date");
        while (!isTradingDay.test(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** Returns the trading days after {@code from} up to and including {@code to}; 0 when {@code to <= from}. */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isTradingDay.test(day)) {
                count++;
            }
        }
        return count;
    }
}
