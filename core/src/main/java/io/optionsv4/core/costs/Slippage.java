package io.optionsv4.core.costs;

import io.optionsv4.core.result.Checks;

/**
 * Slippage on top of the bid or ask: a whole number of ticks per leg that a buy pays above the ask and a sell gives up
 * below the bid (orders that walk the book, or a mid that moves before the fill).
 *
 * @param ticksPerLeg ticks per leg, {@code >= 0}
 * @param tick the tick size in rupees, {@code > 0} (NSE options: ₹0.05)
 */
public record Slippage(int ticksPerLeg, double tick) {

    /** NSE's tick size of options, rupees. */
    public static final double NSE_OPTION_TICK = 0.05;

    /** No slippage beyond the bid or ask. */
    public static final Slippage NONE = new Slippage(0, NSE_OPTION_TICK);

    /** Validates the components. */
    public Slippage {
        Checks.argument(ticksPerLeg >= 0, () -> "ticksPerLeg must be >= 0 but was " + ticksPerLeg);
        Checks.positive(tick, "tick");
    }

    /** Returns {@code ticks} ticks per leg at NSE's option tick of ₹0.05. */
    public static Slippage ofTicks(int ticks) {
        return new Slippage(ticks, NSE_OPTION_TICK);
    }

    /** Returns the slippage per unit in rupees. */
    public double perUnit() {
        return ticksPerLeg * tick;
    }
}
