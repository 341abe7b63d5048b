package io.optionsv4.core.market;

/** Whether an option quote carries an implied volatility and Greeks, and if not why. */
public enum QuoteQuality {
    /** Traded, priced: the implied volatility reprices the quote and the Greeks are at that volatility. */
    OK,
    /** Not traded that day (no contracts): its close or settlement price is the exchange's, not a market price. */
    UNTRADED,
    /** Traded, but no volatility reproduces its price (below intrinsic, above the bound, expired, invalid input). */
    NO_IV,
    /** Traded, but the chain has no forward (no strike where both the call and the put traded). */
    NO_FORWARD;

    /** Returns true for {@link #OK}. */
    public boolean isPriced() {
        return this == OK;
    }
}
