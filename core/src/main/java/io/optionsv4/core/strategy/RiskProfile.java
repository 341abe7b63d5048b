package io.optionsv4.core.strategy;

import io.optionsv4.core.probability.PayoffProfile;

/** How large a strategy's loss can get. */
public enum RiskProfile {
    /** The loss is bounded by the premiums and strike widths, and does not grow as the underlying falls to zero. */
    DEFINED,
    /**
     * The loss is bounded only because the underlying cannot fall below zero: it grows all the way down (short put,
     * covered call, put ratio spread, jade lizard).
     */
    SUBSTANTIAL,
    /** The loss grows without bound as the underlying rises (net short calls). */
    UNLIMITED;

    /**
     * Returns the risk profile of an expiry payoff: unlimited when the slope above the highest strike is negative,
     * substantial when the P&amp;L falls as the underlying falls below the lowest strike, defined otherwise.
     */
    public static RiskProfile of(PayoffProfile payoff) {
        if (payoff.slopeAboveHighestStrike() < 0) {
            return UNLIMITED;
        }
        return payoff.slopeBelowLowestStrike() > 0 ? SUBSTANTIAL : DEFINED;
    }

    /** Returns true when the loss is bounded (defined or substantial). */
    public boolean isBounded() {
        return this != UNLIMITED;
    }
}
