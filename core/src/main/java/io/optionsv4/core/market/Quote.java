package io.optionsv4.core.market;

import io.optionsv4.core.result.Checks;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An underlying's (or index's) price as of one moment: the day's session so far (or the whole session for end-of-day
 * sources) and the previous close.
 *
 * @param symbol NSE trading symbol, e.g. {@code RELIANCE}, {@code NIFTY}
 * @param tradeDate the session the figures belong to (Asia/Kolkata)
 * @param asOf the instant the figures are valid at; the 15:30 IST close of {@code tradeDate} for end-of-day sources
 * @param last last traded price in rupees (index points for an index), {@code > 0}
 * @param session the session's open, high, low, close (the close is the latest price intraday) and volume
 * @param previousClose the previous session's close, {@code > 0}
 */
public record Quote(
        String symbol, LocalDate tradeDate, Instant asOf, double last, Candle session, double previousClose) {

    /**
     * Validates the quote.
     *
     * @throws IllegalArgumentException naming the bad component and its value, or a session of another date
     */
    public Quote {
        Checks.notBlank(symbol, "symbol");
        Checks.notNull(tradeDate, "tradeDate");
        Checks.notNull(asOf, "asOf");
        Checks.positive(last, "last");
        Checks.notNull(session, "session");
        Checks.positive(previousClose, "previousClose");
        Checks.argument(
                session.date().equals(tradeDate),
                () -> "session date " + session.date() + " must equal tradeDate " + tradeDate + " for " + symbol);
    }

    /** Returns the session's close: the official closing price for end-of-day sources. */
    public double close() {
        return session.close();
    }

    /** Returns the change from the previous close, in rupees. */
    public double change() {
        return close() - previousClose;
    }
}
