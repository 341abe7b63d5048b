package io.optionsv4.marketdata.reference;

import io.optionsv4.core.result.Checks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * NSE's calendar of regular trading sessions (Asia/Kolkata dates) over the span it {@linkplain #coverage() covers}: a
 * date is a trading day when it is a weekday and not an exchange holiday. Weekday Diwali days with only the one-hour
 * Muhurat session count as holidays; weekend special sessions (Budget Saturdays, Sunday Muhurat sessions) are not
 * trading days here.
 *
 * <p>Every query about a date outside {@link #coverage()} throws {@link ReferenceDataException} instead of guessing:
 * the holidays of a year NSE has not published (or that the project has no source for) are unknown. Immutable and
 * thread-safe.
 */
public final class TradingCalendar {

    private final DateRange coverage;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> scheduledBeyondCoverage;
    private final Set<MonthDay> fixedHolidays;

    /**
     * Creates a calendar.
     *
     * @param coverage the dates for which {@code holidays} is complete
     * @param holidays weekday holidays inside the coverage
     * @param scheduledBeyondCoverage holidays after the coverage that are already known (used only to place expiries
     *     that lie beyond the coverage)
     */
    TradingCalendar(DateRange coverage, Collection<LocalDate> holidays, Collection<LocalDate> scheduledBeyondCoverage) {
        this(coverage, holidays, scheduledBeyondCoverage, Set.of());
    }

    /**
     * Creates a calendar that also knows the holidays NSE keeps on the same date every year.
     *
     * @param fixedHolidays month-days that are holidays every year, applied only beyond the coverage
     */
    TradingCalendar(
            DateRange coverage,
            Collection<LocalDate> holidays,
            Collection<LocalDate> scheduledBeyondCoverage,
            Collection<MonthDay> fixedHolidays) {
        this.fixedHolidays = Set.copyOf(fixedHolidays);
        this.coverage = Checks.notNull(coverage, "coverage");
        this.holidays = Set.copyOf(holidays);
        this.scheduledBeyondCoverage = Set.copyOf(scheduledBeyondCoverage);
        for (LocalDate holiday : holidays) {
            Checks.argument(coverage.contains(holiday), "holiday " + holiday + " lies outside coverage " + coverage);
        }
    }

    /** Returns the span of dates this calendar knows completely. */
    public DateRange coverage() {
        return coverage;
    }

    /** Returns true when {@code date} lies inside {@link #coverage()}. */
    public boolean covers(LocalDate date) {
        return coverage.contains(Checks.notNull(date, "date"));
    }

    /**
     * Returns true when NSE held a regular trading session on {@code date}.
     *
     * @throws ReferenceDataException when the date lies outside the coverage
     */
    public boolean isTradingDay(LocalDate date) {
        requireCovered(date);
        return !isWeekend(date) && !holidays.contains(date);
    }

    /**
     * Returns true when {@code date} is expected to be a trading day: inside the coverage exactly
     * {@link #isTradingDay(LocalDate)}; beyond it a weekday that is neither a holiday already scheduled nor one of the
     * fixed-date holidays (Republic Day, Independence Day, ...). Never throws for a date outside the coverage, so exit
     * dates of future years can be planned.
     */
    public boolean isPlannedTradingDay(LocalDate date) {
        Checks.notNull(date, "date");
        if (covers(date)) {
            return isTradingDay(date);
        }
        return !isWeekend(date) && !isKnownHolidayBeyondCoverage(date);
    }

    /**
     * Returns the last planned trading day ({@link #isPlannedTradingDay(LocalDate)}) on or before {@code date}.
     */
    public LocalDate plannedTradingDayOnOrBefore(LocalDate date) {
        LocalDate day = Checks.notNull(date, "date");
        while (!isPlannedTradingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    private boolean isKnownHolidayBeyondCoverage(LocalDate date) {
        return scheduledBeyondCoverage.contains(date) || fixedHolidays.contains(MonthDay.from(date));
    }

    /**
     * Returns the sorted exchange holidays (weekdays without a regular session) of a year.
     *
     * @throws ReferenceDataException when the year is not wholly inside the coverage
     */
    public Set<LocalDate> holidays(int year) {
        requireCovered(LocalDate.of(year, 1, 1));
        requireCovered(LocalDate.of(year, 12, 31));
        Set<LocalDate> result = new TreeSet<>();
        for (LocalDate holiday : holidays) {
            if (holiday.getYear() == year) {
                result.add(holiday);
            }
        }
        return Collections.unmodifiableSet(result);
    }

    /**
     * Returns the first trading day strictly after {@code date}.
     *
     * @throws ReferenceDataException when the search leaves the coverage
     */
    public LocalDate nextTradingDay(LocalDate date) {
        LocalDate day = Checks.notNull(date, "date").plusDays(1);
        while (!isTradingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * Returns the last trading day strictly before {@code date}.
     *
     * @throws ReferenceDataException when the search leaves the coverage
     */
    public LocalDate previousTradingDay(LocalDate date) {
        LocalDate day = Checks.notNull(date, "date").minusDays(1);
        while (!isTradingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * Returns the number of trading days after {@code from} up to and including {@code to}: 1 from one session to the
     * next, 0 when the dates are equal.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     * @throws ReferenceDataException when either date lies outside the coverage
     */
    public int tradingDaysBetween(LocalDate from, LocalDate to) {
        requireCovered(from);
        requireCovered(to);
        Checks.argument(!to.isBefore(from), "to " + to + " must not be before from " + from);
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isTradingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Moves a rule's nominal expiry to the last trading day on or before it. Inside the coverage this uses the
     * holidays; beyond it weekends, the holidays already scheduled and the fixed-date holidays.
     */
    LocalDate onOrBeforeForExpiry(LocalDate nominal) {
        LocalDate day = nominal;
        while (covers(day) ? !isTradingDay(day) : isWeekend(day) || isKnownHolidayBeyondCoverage(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    private void requireCovered(LocalDate date) {
        if (!covers(date)) {
            throw new ReferenceDataException("the NSE trading calendar does not cover " + date + " (year "
                    + date.getYear() + "); it covers " + coverage);
        }
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
