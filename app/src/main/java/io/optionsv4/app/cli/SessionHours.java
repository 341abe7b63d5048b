package io.optionsv4.app.cli;

import io.optionsv4.marketdata.reference.ReferenceData;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * NSE's regular session as the monitors see it: 09:15 to 15:30 in India on a planned trading day of the reference
 * calendar. The paper broker enforces the same window when it fills; the monitors check it first so that they can say
 * plainly why nothing is placed.
 */
final class SessionHours {

    static final LocalTime OPEN = LocalTime.of(9, 15);
    static final LocalTime CLOSE = LocalTime.of(15, 30);

    private SessionHours() {}

    /** Returns whether the market is open at {@code now}. */
    static boolean open(Instant now) {
        ZonedDateTime india = now.atZone(RunLog.INDIA);
        if (india.getDayOfWeek() == DayOfWeek.SATURDAY || india.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        if (!ReferenceData.standard().calendar().isPlannedTradingDay(india.toLocalDate())) {
            return false;
        }
        LocalTime time = india.toLocalTime();
        return !time.isBefore(OPEN) && !time.isAfter(CLOSE);
    }

    /** Returns the session in words for {@code now}, e.g. "market closed (Sat 2026-11-21 10:00 IST)". */
    static String describe(Instant now) {
        ZonedDateTime india = now.atZone(RunLog.INDIA);
        String when = india.getDayOfWeek().toString().substring(0, 3) + " " + india.toLocalDate() + " "
                + india.toLocalTime().withSecond(0).withNano(0) + " IST";
        return (open(now) ? "market open (" : "market closed (") + when + "; session 09:15-15:30 IST)";
    }
}
