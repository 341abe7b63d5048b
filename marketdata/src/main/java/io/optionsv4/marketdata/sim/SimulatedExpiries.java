package io.optionsv4.marketdata.sim;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.core.instrument.Underlying;
import io.optionsv4.marketdata.reference.ReferenceData;
import io.optionsv4.marketdata.reference.ReferenceDataException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The expiries listed on a simulated session: the reference {@code ExpiryCalendar}'s where its rules cover the
 * underlying and date, else this class's fallback of NSE's rules. Fallback: monthly expiry on the last Thursday of the
 * month for contract months up to Aug-2025 and the last Tuesday from Sep-2025, moved back to the previous session;
 * {@value #SERIAL_MONTHS} serial months for all underlyings; NIFTY also {@value #NIFTY_WEEKLIES} weekly expiries (every
 * other expiry weekday) and the next {@value #NIFTY_QUARTERS} quarter months after the serial months. Half-yearly NIFTY
 * contracts and other indices' weeklies are not simulated outside the reference rules. Immutable and thread-safe.
 */
final class SimulatedExpiries {

    static final int SERIAL_MONTHS = 3;
    static final int NIFTY_WEEKLIES = 4;
    static final int NIFTY_QUARTERS = 3;
    private static final YearMonth TUESDAY_FROM = YearMonth.of(2025, 9);

    private final ReferenceData reference;
    private final SessionCalendar calendar;

    SimulatedExpiries(ReferenceData reference, SessionCalendar calendar) {
        this.reference = reference;
        this.calendar = calendar;
    }

    /** Returns the expiries of {@code underlying} listed on {@code session}, earliest first. */
    List<Expiry> on(Underlying underlying, LocalDate session) {
        try {
            List<Expiry> listed = reference.expiries(underlying.symbol(), session);
            if (listed.stream().allMatch(e -> calendar.isSession(e.date()))) {
                return listed;
            }
        } catch (ReferenceDataException e) {
            // outside the reference rules: the fallback below applies
        }
        return fallback(underlying, session);
    }

    private List<Expiry> fallback(Underlying underlying, LocalDate session) {
        List<Expiry> result = new ArrayList<>();
        YearMonth month = YearMonth.from(session);
        if (monthly(month).isBefore(session)) {
            month = month.plusMonths(1);
        }
        for (int i = 0; i < SERIAL_MONTHS; i++) {
            result.add(expiry(monthly(month), ExpiryKind.MONTHLY));
            month = month.plusMonths(1);
        }
        if (underlying.symbol().equals(SymbolProfiles.NIFTY)) {
            for (int added = 0; added < NIFTY_QUARTERS; month = month.plusMonths(1)) {
                if (month.getMonthValue() % 3 == 0) {
                    result.add(expiry(monthly(month), ExpiryKind.MONTHLY));
                    added++;
                }
            }
            addWeeklies(result, session);
        }
        result.sort(Comparator.comparing(Expiry::date));
        return List.copyOf(result);
    }

    private void addWeeklies(List<Expiry> result, LocalDate session) {
        int added = 0;
        for (LocalDate day = session; added < NIFTY_WEEKLIES; day = day.plusDays(1)) {
            YearMonth month = YearMonth.from(day);
            LocalDate nominalMonthly = nominalMonthly(month);
            if (day.getDayOfWeek() == weekday(month) && !day.equals(nominalMonthly)) {
                LocalDate date = calendar.sessionOnOrBefore(day);
                if (!date.isBefore(session)) {
                    result.add(expiry(date, ExpiryKind.WEEKLY));
                    added++;
                }
            }
        }
    }

    private LocalDate monthly(YearMonth month) {
        return calendar.sessionOnOrBefore(nominalMonthly(month));
    }

    private static LocalDate nominalMonthly(YearMonth month) {
        return month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(weekday(month)));
    }

    private static DayOfWeek weekday(YearMonth month) {
        return month.isBefore(TUESDAY_FROM) ? DayOfWeek.THURSDAY : DayOfWeek.TUESDAY;
    }

    private Expiry expiry(LocalDate date, ExpiryKind kind) {
        return new Expiry(date, kind, reference.calendar().covers(date));
    }
}
