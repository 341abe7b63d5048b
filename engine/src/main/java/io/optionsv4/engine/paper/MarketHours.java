package io.optionsv4.engine.paper;

import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.result.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * NSE's normal market for equity derivatives: 09:15 to 15:30 Asia/Kolkata on trading days (pre-open and closing
 * sessions are not traded by the paper broker). Immutable.
 */
final class MarketHours {

    /** The exchange's time zone. */
    static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    /** The first minute of the normal market. */
    static final LocalTime OPEN = LocalTime.of(9, 15);

    /** The end of the normal market (exclusive). */
    static final LocalTime CLOSE = LocalTime.of(15, 30);

    private final TradingDays tradingDays;
    private final boolean ignored;

    MarketHours(TradingDays tradingDays, boolean ignored) {
        this.tradingDays = Checks.notNull(tradingDays, "tradingDays");
        this.ignored = ignored;
    }

    /** Returns the trading date of {@code now}: its date in India. */
    static LocalDate date(Instant now) {
        return LocalDate.ofInstant(now, IST);
    }

    /** Returns true when orders may trade at {@code now}: always when market hours are ignored. */
    boolean open(Instant now) {
        return ignored || isSession(now);
    }

    /** Returns true when {@code now} lies in the normal market of a trading day. */
    boolean isSession(Instant now) {
        ZonedDateTime t = now.atZone(IST);
        LocalTime time = t.toLocalTime();
        return tradingDays.test(t.toLocalDate()) && !time.isBefore(OPEN) && time.isBefore(CLOSE);
    }

    /**
     * Returns true when the trading day of {@code placedAt} is over at {@code now}: a later date, or (when market hours
     * are enforced) the same date at or after the close.
     */
    boolean dayOver(Instant placedAt, Instant now) {
        LocalDate placed = date(placedAt);
        LocalDate today = date(now);
        return today.isAfter(placed)
                || (!ignored && !now.atZone(IST).toLocalTime().isBefore(CLOSE));
    }

    /**
     * Returns true when an option expiring on {@code expiry} has expired at {@code now}: after its expiry date, or on
     * it at or after the close.
     */
    static boolean expired(LocalDate expiry, Instant now) {
        ZonedDateTime t = now.atZone(IST);
        return t.toLocalDate().isAfter(expiry)
                || (t.toLocalDate().equals(expiry) && !t.toLocalTime().isBefore(CLOSE));
    }

    /** Returns why the market is closed at {@code now}, for a rejection. */
    String closedReason(Instant now) {
        ZonedDateTime t = now.atZone(IST);
        String when =
                t.getDayOfWeek() + " " + t.toLocalDate() + " " + t.toLocalTime().withNano(0) + " IST";
        String why = tradingDays.test(t.toLocalDate()) ? "outside the session 09:15-15:30 IST" : "not a trading day";
        return "market closed: " + when + " is " + why + " (paper setting ignore_market_hours trades anyway)";
    }
}
