package io.optionsv4.core.allocation;

import io.optionsv4.core.result.Checks;

/**
 * A position the allocator took.
 *
 * @param candidate the strategy
 * @param lots whole lots, {@code > 0}
 * @param capitalUsed capital per lot × lots, rupees
 * @param tier the conviction tier
 * @param kellyFraction the full Kelly fraction of the options budget ({@link Kelly#optimalFraction})
 * @param expectedNetPnl net EV per lot × lots, rupees
 */
public record AllocatedPosition(
        AllocationCandidate candidate,
        int lots,
        double capitalUsed,
        Tier tier,
        double kellyFraction,
        double expectedNetPnl) {

    /** Validates the position. */
    public AllocatedPosition {
        Checks.notNull(candidate, "candidate");
        Checks.positive(lots, "lots");
        Checks.nonNegative(capitalUsed, "capitalUsed");
        Checks.notNull(tier, "tier");
        Checks.nonNegative(kellyFraction, "kellyFraction");
        Checks.finite(expectedNetPnl, "expectedNetPnl");
    }

    /** Returns the expected net return on the capital used: expected net P&amp;L / capital used. */
    public double expectedNetReturn() {
        return expectedNetPnl / capitalUsed;
    }

    /** Returns the position as a holding. */
    public Holding holding() {
        return new Holding(candidate, lots);
    }
}
