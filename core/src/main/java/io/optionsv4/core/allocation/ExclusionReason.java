package io.optionsv4.core.allocation;

/** Why a candidate was not allocated. The capacity reasons are listed in the order ties between them are broken. */
public enum ExclusionReason {
    /** The industry has no weight (or is missing from a non-empty industry table). */
    INDUSTRY_NOT_ALLOCATED,
    /** A bullish strategy in a SHORT industry, or a bearish one in a LONG industry. */
    WRONG_DIRECTION_FOR_INDUSTRY,
    /** The net expected value per lot is zero or negative. */
    NON_POSITIVE_EV,
    /** Fractional Kelly on the plan's outcomes sizes the strategy below one whole lot. */
    KELLY_BELOW_ONE_LOT,
    /** Another strategy on the same symbol ranks higher and no fallback step took this one. */
    NOT_BEST_FOR_SYMBOL,
    /** The book already holds the most positions allowed. */
    POSITION_COUNT_LIMIT,
    /** One more lot would put a leg above the most lots one order may carry (the execution's pre-trade limit). */
    LOT_LIMIT,
    /** One more lot would take more of a leg than one snapshot of its book offers (what fills without waiting). */
    LIQUIDITY_LIMIT,
    /** The per-strategy capital limit leaves no room for one lot. */
    STRATEGY_LIMIT,
    /** The per-symbol capital limit leaves no room for one lot. */
    SYMBOL_LIMIT,
    /** The per-industry capital limit leaves no room for one lot. */
    INDUSTRY_LIMIT,
    /** The basket margin would exceed the deployment ceiling of the options budget. */
    OPTIONS_BUDGET_LIMIT,
    /** One lot would take the portfolio's |beta-weighted delta| over its limit. */
    DELTA_LIMIT,
    /** One lot would take the portfolio's |vega| over its limit. */
    VEGA_LIMIT,
    /** The industry's weighted budget is spent. */
    INDUSTRY_BUDGET_SPENT,
    /** The candidate's conviction tier budget is spent (higher tiers came first). */
    TIER_BUDGET_SPENT
}
