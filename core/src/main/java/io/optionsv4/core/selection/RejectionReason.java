package io.optionsv4.core.selection;

/**
 * Why a strategy was not kept for a symbol, or why a symbol has no strategy at all. The run summary counts symbols by
 * these reasons.
 */
public enum RejectionReason {
    /** Candles, chains or history the analysis needs are missing or too short. */
    DATA_MISSING("data missing"),
    /** No strategy of the registry fits the symbol's outlook, IV environment and the market state. */
    NO_FITTING_STRATEGY("no fitting strategy"),
    /** No listed expiry falls in the strategy's days-to-expiry window. */
    NO_EXPIRY_IN_WINDOW("no expiry in the DTE window"),
    /** The strikes the strategy needs are not listed, not traded or fail the liquidity filter. */
    NO_LIQUID_STRIKES("no liquid strikes"),
    /**
     * A leg cannot be priced for execution: no bid or ask where the source quotes books, a crossed book, or a zero or
     * negative price; the detail names the contract and the field.
     */
    BAD_PRICE("bad book or price"),
    /** The cost rate table has no rates for the trade date or the expiry; the detail names the date. */
    NO_COST_RATES("no cost rates for the date"),
    /** Probability of profit below the risk tolerance's threshold. */
    BELOW_POP_THRESHOLD("all below the PoP threshold"),
    /** Maximum loss (or unlimited loss) above what the risk tolerance allows per trade. */
    ABOVE_MAX_LOSS("max loss above the limit"),
    /** No positive reward: the maximum profit is not above zero. */
    NO_REWARD("no reward"),
    /** The analysis failed unexpectedly; the message says why. */
    FAILED("failed");

    private final String label;

    RejectionReason(String label) {
        this.label = label;
    }

    /** Returns the reason in words, for tables and the run summary. */
    public String label() {
        return label;
    }
}
