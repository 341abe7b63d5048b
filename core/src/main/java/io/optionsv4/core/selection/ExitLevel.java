package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;

/**
 * One granular exit condition of a recommendation ({@code strategy_exit_levels}).
 *
 * @param kind profit target, stop loss, time exit, Greek trigger or adjustment
 * @param trigger the trigger: the whole position's P&amp;L in rupees for targets (positive) and stops (negative), days
 *     to expiry for time exits, the limit on the absolute net Greek for Greek triggers, an underlying price for
 *     adjustments
 * @param exitFraction the share of the position to close when triggered, in [0, 1]
 * @param description what the level means, for people
 */
public record ExitLevel(Kind kind, double trigger, double exitFraction, String description) {

    /** Validates the level. */
    public ExitLevel {
        Checks.notNull(kind, "kind");
        Checks.finite(trigger, "trigger");
        Fractions.check(exitFraction, "exitFraction");
        Checks.notNull(description, "description");
    }

    /** The kind of exit condition. */
    public enum Kind {
        /** Take profit. */
        PROFIT_TARGET,
        /** Cut the loss. */
        STOP_LOSS,
        /** Close by time (days to expiry). */
        TIME_EXIT,
        /** Adjust the position (roll or add legs). */
        ADJUSTMENT,
        /** A net Greek of the position left its band (delta, gamma or vega). */
        GREEK_TRIGGER
    }
}
