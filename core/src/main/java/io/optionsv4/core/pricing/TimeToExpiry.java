package io.optionsv4.core.pricing;

import io.optionsv4.core.result.Checks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The one time-to-expiry convention of the project, used by every pricing, implied volatility and probability
 * calculation: NSE options expire at {@link #EXPIRY_TIME 15:30} {@link #ZONE Asia/Kolkata} on their expiry date, and
 * the year fraction is ACT/365 calendar time counted in exact seconds ({@code seconds / (365 × 86 400)}). Weekends and
 * holidays count like any other day, so theta per calendar day is one day of this clock. The reasoning is recorded in
 * {@code docs/time-to-expiry.md}.
 *
 * <p>Stateless and thread-safe; nothing here reads a clock, the "as of" time is always an argument.
 */
public final class TimeToExpiry {

    /** The exchange's time zone, India Standard Time (UTC+05:30 all year, no daylight saving). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

    /** The local time at which NSE options expire on their expiry date: the 15:30 close of the trading session. */
    public static final LocalTime EXPIRY_TIME = LocalTime.of(15, 30);

    /** Calendar days in a year fraction of 1.0 (ACT/365 fixed). */
    public static final double DAYS_PER_YEAR = 365.0;

    private static final double SECONDS_PER_YEAR = DAYS_PER_YEAR * 86_400;

    private TimeToExpiry() {}

    /**
     * Returns the instant an option expiring on {@code expiryDate} expires: 15:30 IST on that date.
     *
     * @throws IllegalArgumentException when {@code expiryDate} is null
     */
    public static Instant expiryInstant(LocalDate expiryDate) {
        return Checks.notNull(expiryDate, "expiryDate")
                .atTime(EXPIRY_TIME)
                .atZone(ZONE)
                .toInstant();
    }

    /**
     * Returns the years from {@code asOf} to the expiry at 15:30 IST on {@code expiryDate}: exact elapsed seconds
     * (with their fraction) divided by {@code 365 × 86 400}. Returns 0, never a negative number, at or after expiry.
     *
     * @throws IllegalArgumentException when an argument is null
     */
    public static double years(Instant asOf, LocalDate expiryDate) {
        Checks.notNull(asOf, "asOf");
        Duration remaining = Duration.between(asOf, expiryInstant(expiryDate));
        if (remaining.isNegative() || remaining.isZero()) {
            return 0.0;
        }
        return (remaining.getSeconds() + remaining.getNano() * 1e-9) / SECONDS_PER_YEAR;
    }

    /**
     * Returns the years from the 15:30 IST close of {@code asOfDate} to the expiry at 15:30 IST on {@code expiryDate}:
     * a whole number of calendar days divided by 365, equal to {@link #years(Instant, LocalDate)} at
     * {@code expiryInstant(asOfDate)}. Use it for end-of-day valuation (bhavcopy settlement prices). Returns 0 when
     * {@code asOfDate} is the expiry date or later.
     *
     * @throws IllegalArgumentException when an argument is null
     */
    public static double years(LocalDate asOfDate, LocalDate expiryDate) {
        Checks.notNull(asOfDate, "asOfDate");
        Checks.notNull(expiryDate, "expiryDate");
        long days = ChronoUnit.DAYS.between(asOfDate, expiryDate);
        return days <= 0 ? 0.0 : days / DAYS_PER_YEAR;
    }
}
