package io.optionsv4.core.exit;

import io.optionsv4.core.result.Checks;
import java.util.function.DoubleUnaryOperator;

/**
 * The trading costs a plan's expected P&amp;L is net of: a fixed cost of opening the whole position and the cost of
 * closing part or all of it as a function of the absolute model value closed (both rupees, {@code >= 0}). Zero by
 * {@link #NONE}; the cost stack ({@code core.costs}) plugs in here. Immutable when the function is.
 *
 * @param entryRupees the cost of opening the whole position, rupees, {@code >= 0}
 * @param exitRupees the cost of closing options worth the given absolute rupees, returning rupees {@code >= 0}
 */
public record PlanCosts(double entryRupees, DoubleUnaryOperator exitRupees) {

    /** No costs. */
    public static final PlanCosts NONE = new PlanCosts(0.0, value -> 0.0);

    /** Validates the costs. */
    public PlanCosts {
        Checks.nonNegative(entryRupees, "entryRupees");
        Checks.notNull(exitRupees, "exitRupees");
    }

    /** Returns the cost of closing options worth {@code absoluteValue} rupees. */
    double exit(double absoluteValue) {
        return exitRupees.applyAsDouble(Math.abs(absoluteValue));
    }
}
