package io.optionsv4.dhan.scrip;

import io.optionsv4.core.instrument.ExchangeSegment;
import io.optionsv4.core.result.Checks;

/**
 * An index or stock of the scrip master: the instrument whose quote, candles and option chain Dhan serves under its
 * own security id ({@code NIFTY} is {@code IDX_I:13}, {@code RELIANCE} {@code NSE_EQ:2885}).
 *
 * @param symbol NSE trading symbol as the project spells it ({@code NIFTY}, {@code INDIA VIX}, {@code RELIANCE})
 * @param securityId Dhan's id in the index or cash segment
 * @param displayName Dhan's display name ({@code Nifty 50}); the symbol when the file has none
 */
public record ScripUnderlying(String symbol, SecurityId securityId, String displayName) {

    /**
     * Validates the underlying.
     *
     * @throws IllegalArgumentException when a component is missing or the segment is {@code NSE_FNO}
     */
    public ScripUnderlying {
        Checks.notBlank(symbol, "symbol");
        Checks.notNull(securityId, "securityId");
        Checks.notBlank(displayName, "displayName");
        Checks.argument(
                securityId.segment() != ExchangeSegment.NSE_FNO,
                "underlying " + symbol + " cannot be in NSE_FNO: " + securityId);
    }

    /** Returns true for an index ({@code IDX_I}). */
    public boolean isIndex() {
        return securityId.segment() == ExchangeSegment.IDX_I;
    }

    /** Returns Dhan's {@code instrument} value for candle requests: {@code INDEX} or {@code EQUITY}. */
    public String instrument() {
        return isIndex() ? "INDEX" : "EQUITY";
    }
}
