package io.optionsv4.core.instrument;

/** What an underlying is: an index (NIFTY, BANKNIFTY, INDIA VIX) or a single stock (RELIANCE). */
public enum UnderlyingKind {
    INDEX,
    STOCK;

    /**
     * Returns the kind of an NSE F&amp;O underlying by its symbol: {@link #INDEX} for NSE's index underlyings (NIFTY,
     * BANKNIFTY, FINNIFTY, MIDCPNIFTY, NIFTYNXT50, NIFTYIT: every one carries "NIFTY"), else {@link #STOCK}.
     */
    public static UnderlyingKind ofSymbol(String symbol) {
        return symbol.contains("NIFTY") ? INDEX : STOCK;
    }

    /** Returns the segment in which the underlying itself is quoted: {@code IDX_I} for indices, {@code NSE_EQ}. */
    public ExchangeSegment quoteSegment() {
        return this == INDEX ? ExchangeSegment.IDX_I : ExchangeSegment.NSE_EQ;
    }
}
