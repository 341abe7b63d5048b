package io.optionsv4.core.instrument;

import java.util.Locale;

/**
 * An NSE exchange segment, named as Dhan API v2 names it ({@code exchangeSegment}): the cash market, the equity
 * derivatives market and the index values. The feed code is the number Dhan's binary market feed uses for the segment.
 */
public enum ExchangeSegment {
    /** NSE cash market (equities). */
    NSE_EQ(1),
    /** NSE equity derivatives: stock and index futures and options. */
    NSE_FNO(2),
    /** Index values (NIFTY, BANKNIFTY, INDIA VIX); not tradable themselves. */
    IDX_I(0);

    private final int feedCode;

    ExchangeSegment(int feedCode) {
        this.feedCode = feedCode;
    }

    /** Returns the segment's code in Dhan's binary market feed (IDX_I 0, NSE_EQ 1, NSE_FNO 2). */
    public int feedCode() {
        return feedCode;
    }

    /**
     * Parses Dhan's name of the segment, case-insensitively.
     *
     * @throws IllegalArgumentException naming the text when it is none of NSE_EQ, NSE_FNO, IDX_I
     */
    public static ExchangeSegment parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (ExchangeSegment segment : values()) {
            if (segment.name().equals(t)) {
                return segment;
            }
        }
        throw new IllegalArgumentException("exchange segment must be NSE_EQ, NSE_FNO or IDX_I but was '" + text + "'");
    }
}
