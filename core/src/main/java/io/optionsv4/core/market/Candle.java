package io.optionsv4.core.market;

import io.optionsv4.core.result.Checks;
import java.time.LocalDate;

/**
 * One trading session's open, high, low and close of an underlying or index.
 *
 * @param date the session's trade date (Asia/Kolkata)
 * @param open opening price in rupees (index points for an index), {@code > 0}
 * @param high highest price, at least {@code open}, {@code close} and {@code low}
 * @param low lowest price, {@code > 0} and at most {@code open} and {@code close}
 * @param close closing price, {@code > 0}
 * @param volume shares (or contracts) traded, {@code >= 0}; 0 where the source has no volume (India VIX)
 */
public record Candle(LocalDate date, double open, double high, double low, double close, long volume) {

    /**
     * Validates the candle.
     *
     * @throws IllegalArgumentException naming the bad component and its value, or a high/low inconsistent with the
     *     open and close
     */
    public Candle {
        Checks.notNull(date, "date");
        Checks.positive(open, "open");
        Checks.positive(high, "high");
        Checks.positive(low, "low");
        Checks.positive(close, "close");
        Checks.argument(volume >= 0, () -> "volume must be >= 0 but was " + volume);
        Checks.argument(
                high >= Math.max(open, close) && low <= Math.min(open, close),
                () -> "candle of " + date + " has high " + high + " / low " + low + " outside open " + open
                        + " / close " + close);
    }
}
