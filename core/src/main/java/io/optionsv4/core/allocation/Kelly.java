package io.optionsv4.core.allocation;

import io.optionsv4.core.result.Checks;

/**
 * Kelly sizing over a strategy's discrete plan outcomes.
 *
 * <p>With the capital one lot blocks {@code c} (margin, or cash for covered calls and cash-secured puts) and the
 * outcomes' net P&amp;L per lot {@code pnl_i}, each outcome's return on the capital committed is {@code R_i = pnl_i /
 * c}. The Kelly fraction {@code f*} is the share of the bankroll to commit that maximises the expected log growth
 * {@code G(f) = Σ p_i · ln(1 + f · R_i)} (multi-outcome Kelly). {@code G} is concave, so {@code f*} is the root of
 * {@code G'(f) = Σ p_i · R_i / (1 + f · R_i)}, found by bisection on {@code [0, min(1, 1/|R_min|))}: {@code f*} is 0
 * when {@code G'(0) = E[R] <= 0}, and is capped at 1 (the whole bankroll) when no outcome loses. With two outcomes (a
 * win {@code b} with probability {@code p}, a loss {@code −a} with {@code q = 1 − p}) the root is the closed form
 * {@code f* = p/a − q/b}, which {@link #twoOutcomeFraction} returns and the tests compare against. Pure and
 * thread-safe.
 */
public final class Kelly {

    /** The largest fraction of the bankroll Kelly may commit. */
    public static final double MAX_FRACTION = 1.0;

    private static final int ITERATIONS = 100;

    private Kelly() {}

    /**
     * Returns the full Kelly fraction of the bankroll to commit to the strategy.
     *
     * @param outcomes the plan's outcome distribution per lot
     * @param capitalPerLot capital one lot blocks, rupees, {@code > 0}
     * @return {@code f*} in [0, {@link #MAX_FRACTION}]
     */
    public static double optimalFraction(OutcomeDistribution outcomes, double capitalPerLot) {
        Checks.notNull(outcomes, "outcomes");
        Checks.positive(capitalPerLot, "capitalPerLot");
        double[] p = outcomes.probabilities();
        double[] r = outcomes.pnls();
        double worst = 0;
        for (int i = 0; i < r.length; i++) {
            r[i] /= capitalPerLot;
            if (p[i] > 0) {
                worst = Math.min(worst, r[i]);
            }
        }
        if (slope(p, r, 0) <= 0) {
            return 0;
        }
        double high = worst < 0 ? Math.min(MAX_FRACTION, -1 / worst) : MAX_FRACTION;
        if (slope(p, r, high) >= 0) {
            return high;
        }
        double low = 0;
        for (int i = 0; i < ITERATIONS && high - low > 1e-15; i++) {
            double mid = 0.5 * (low + high);
            if (slope(p, r, mid) > 0) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * Returns the closed-form Kelly fraction of a bet that wins {@code winReturn} with probability {@code
     * winProbability} and otherwise loses {@code lossReturn}: {@code p/a − q/b}, floored at 0 and capped at {@link
     * #MAX_FRACTION}.
     *
     * @param winProbability {@code p}, in [0, 1]
     * @param winReturn {@code b}, the gain per rupee committed, {@code > 0}
     * @param lossReturn {@code a}, the loss per rupee committed, {@code > 0}
     */
    public static double twoOutcomeFraction(double winProbability, double winReturn, double lossReturn) {
        Checks.argument(winProbability >= 0 && winProbability <= 1, "winProbability must be in [0, 1]");
        Checks.positive(winReturn, "winReturn");
        Checks.positive(lossReturn, "lossReturn");
        double f = winProbability / lossReturn - (1 - winProbability) / winReturn;
        return Math.max(0, Math.min(Math.min(MAX_FRACTION, 1 / lossReturn), f));
    }

    private static double slope(double[] p, double[] r, double f) {
        double g = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                double growth = 1 + f * r[i];
                g += growth <= 0 ? Double.NEGATIVE_INFINITY : p[i] * r[i] / growth;
            }
        }
        return g;
    }
}
