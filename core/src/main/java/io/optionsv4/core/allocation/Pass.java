package io.optionsv4.core.allocation;

/** Which soft budgets a sizing pass respects; the hard limits always apply. */
enum Pass {
    /** The first pass: tier budgets, industry budgets and the diversification cap per position. */
    PRIMARY(true, true, true),
    /** Fallback 1: without tier budgets. */
    WITHOUT_TIERS(false, true, true),
    /** Fallbacks 2 and 3: without tier and industry budgets. */
    WITHOUT_BUDGETS(false, false, true),
    /** Fallback 4: adding lots, without the diversification cap (full Kelly bounds it instead). */
    TOP_UP(false, false, false);

    private final boolean tierBudgets;
    private final boolean industryBudgets;
    private final boolean positionCap;

    Pass(boolean tierBudgets, boolean industryBudgets, boolean positionCap) {
        this.tierBudgets = tierBudgets;
        this.industryBudgets = industryBudgets;
        this.positionCap = positionCap;
    }

    boolean tierBudgets() {
        return tierBudgets;
    }

    boolean industryBudgets() {
        return industryBudgets;
    }

    boolean positionCap() {
        return positionCap;
    }
}
