package io.optionsv4.core.allocation;

/**
 * The steps the allocator takes, in order, while the deployment is below the floor of the band. Each keeps every hard
 * limit; each later step keeps the relaxations of the earlier ones.
 */
public enum FallbackStep {
    /** Lift the 60/30/10 tier budgets: unspent budget of one tier goes to the others. */
    RELAX_TIER_BUDGETS,
    /** Lift the industry weight budgets (direction steering and the hard industry limit stay). */
    RELAX_INDUSTRY_BUDGETS,
    /** Add the second-best (and further) strategies of symbols, within the per-symbol limit. */
    ADD_SECOND_BEST_STRATEGIES,
    /** Add lots to the new positions, one lot per position per round in rank order, up to full Kelly. */
    ADD_LOTS
}
