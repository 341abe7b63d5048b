package io.optionsv4.core.allocation;

import io.optionsv4.core.result.Checks;

/**
 * The outcome distribution of one lot of a strategy under its exit plan: the probability that the profit target
 * is reached first, that the stop is hit first, or that the position is closed at the time exit, and the net P&amp;L
 * of each outcome (after costs, as the exit plans compute it). These are the plan-aware figures, not the probability
 * of profit at expiry.
 *
 * @param targetProbability P(target first), in [0, 1]
 * @param stopProbability P(stop first), in [0, 1]
 * @param timeProbability P(time exit), in [0, 1]; the three sum to 1 within {@link #SUM_TOLERANCE}
 * @param targetPnlPerLot net P&amp;L of one lot when the target is reached first, rupees
 * @param stopPnlPerLot net P&amp;L of one lot when the stop is hit first, rupees (usually negative)
 * @param timePnlPerLot expected net P&amp;L of one lot when closed at the time exit, rupees
 */
public record OutcomeDistribution(
        double targetProbability,
        double stopProbability,
        double timeProbability,
        double targetPnlPerLot,
        double stopPnlPerLot,
        double timePnlPerLot) {

    /** How far the three probabilities may sum from 1. */
    public static final double SUM_TOLERANCE = 1e-9;

    /**
     * Validates the probabilities and P&amp;L figures.
     *
     * @throws IllegalArgumentException when a probability is outside [0, 1], they do not sum to 1 or a figure is not
     *     finite
     */
    public OutcomeDistribution {
        probability(targetProbability, "targetProbability");
        probability(stopProbability, "stopProbability");
        probability(timeProbability, "timeProbability");
        double sum = targetProbability + stopProbability + timeProbability;
        Checks.argument(
                Math.abs(sum - 1) <= SUM_TOLERANCE, () -> "outcome probabilities must sum to 1 but sum to " + sum);
        Checks.finite(targetPnlPerLot, "targetPnlPerLot");
        Checks.finite(stopPnlPerLot, "stopPnlPerLot");
        Checks.finite(timePnlPerLot, "timePnlPerLot");
    }

    /** Returns the expected net P&amp;L of one lot, rupees: {@code Σ p_i · pnl_i}. */
    public double expectedPnlPerLot() {
        return targetProbability * targetPnlPerLot + stopProbability * stopPnlPerLot + timeProbability * timePnlPerLot;
    }

    /** Returns the variance of one lot's net P&amp;L, rupees squared. */
    public double variancePerLot() {
        double mean = expectedPnlPerLot();
        return targetProbability * square(targetPnlPerLot - mean)
                + stopProbability * square(stopPnlPerLot - mean)
                + timeProbability * square(timePnlPerLot - mean);
    }

    /** Returns the three probabilities in the order target, stop, time. */
    double[] probabilities() {
        return new double[] {targetProbability, stopProbability, timeProbability};
    }

    /** Returns the three P&amp;L figures per lot in the order target, stop, time. */
    double[] pnls() {
        return new double[] {targetPnlPerLot, stopPnlPerLot, timePnlPerLot};
    }

    private static double square(double x) {
        return x * x;
    }

    private static void probability(double p, String name) {
        Checks.argument(p >= 0 && p <= 1, name + " must be in [0, 1] but was " + p);
    }
}
