package io.optionsv4.marketdata.sim;

import io.optionsv4.marketdata.reference.TradingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated market's sessions: NSE's {@link TradingCalendar} inside its coverage, every weekday (Monday to Friday)
 * outside it, where the exchange's holidays are not known. Immutable and thread-safe.
 */
final class SessionCalendar {

    private final TradingCalendar calendar;

    SessionCalendar(TradingCalendar calendar) {
        this.calendar = calendar;
    }

    /** Returns true when the simulated market holds a session on {@code date}. */
    boolean isSession(LocalDate date) {
        if (calendar.covers(date)) {
            return calendar.isTradingDay(date);
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** Returns the last session on or before {@code date}. */
    LocalDate sessionOnOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isSession(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** Returns the last session strictly before {@code date}. */
    LocalDate previousSession(LocalDate date) {
        return sessionOnOrBefore(date.minusDays(1));
    }

    /** Returns the sessions of {@code year}, oldest first. */
    List<LocalDate> sessionsOf(int year) {
        List<LocalDate> sessions = new ArrayList<>(262);
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (isSession(day)) {
                sessions.add(day);
            }
        }
        return sessions;
    }
}
