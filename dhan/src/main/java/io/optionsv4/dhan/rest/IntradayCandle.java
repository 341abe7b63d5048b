package io.optionsv4.dhan.rest;

import io.optionsv4.core.result.Checks;
import java.time.Instant;

/**
 * One intraday candle of an index or stock from Dhan's {@code /charts/intraday}.
 *
 * @param start the candle's start instant
 * @param open opening price in rupees (index points for an index), {@code > 0}
 * @param high highest price, at least open, close and low
 * @param low lowest price, {@code > 0}, at most open and close
 * @param close closing price, {@code > 0}
 * @param volume units traded, {@code >= 0}; 0 for indices
 * @param openInterest open interest in units, {@code >= 0}; 0 for non-derivatives
 */
public record IntradayCandle(
        Instant start, double open, double high, double low, double close, long volume, long openInterest) {

    /**
     * Validates the candle.
     *
     * @throws IllegalArgumentException naming the bad component, or a high/low inconsistent with open and close
     */
    public IntradayCandle {
        Checks.notNull(start, "start");
        Checks.positive(open, "open");
        Checks.positive(high, "high");
        Checks.positive(low, "low");
        Checks.positive(close, "close");
        Checks.argument(volume >= 0, "volume must be >= 0 but was " + volume);
        Checks.argument(openInterest >= 0, "openInterest must be >= 0 but was " + openInterest);
        Checks.argument(
                high >= Math.max(open, close) && low <= Math.min(open, close),
                "candle at " + start + " has high " + high + " / low " + low + " outside open " + open + " / close "
                        + close);
    }
}
