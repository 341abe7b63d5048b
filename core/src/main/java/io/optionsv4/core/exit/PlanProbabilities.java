package io.optionsv4.core.exit;

import io.optionsv4.core.result.Checks;

/**
 * What following an {@link ExitPlan} is expected to bring, by simulation of the underlying ({@link PlanSimulator}):
 * the probabilities of the plan ending at its final profit target, at its stop loss or at its time exit (they sum to
 * 1), and the expected P&amp;L under the plan net of the given {@link PlanCosts}. Different from the expiry PoP of
 * {@code StrategyFigures}, which holds the position to expiry.
 *
 * @param target P(the final profit target is reached before the stop and the time exit), in [0, 1]
 * @param stop P(the stop loss is hit first), in [0, 1]
 * @param time P(the position is still open at the time exit), in [0, 1]
 * @param profit P(the plan's realised P&amp;L net of costs &gt; 0), in [0, 1]: the plan PoP
 * @param expectedPnl E[P&amp;L under the plan], rupees for the whole position, net of costs
 * @param standardError the Monte Carlo standard error of {@code expectedPnl}, rupees, {@code >= 0}
 * @param expectedHoldingDays the expected number of trading days held, {@code >= 0}
 * @param paths the number of simulated paths, {@code > 0}
 * @param seed the random seed the figures are reproducible from
 * @param targetPnl the mean P&amp;L of the paths that end at the final target, rupees for the whole position (0 when
 *     none does)
 * @param stopPnl the mean P&amp;L of the paths that end at the stop, rupees (0 when none does)
 * @param timePnl the mean P&amp;L of the paths that end at the time exit, rupees (0 when none does)
 */
public record PlanProbabilities(
        double target,
        double stop,
        double time,
        double profit,
        double expectedPnl,
        double standardError,
        double expectedHoldingDays,
        int paths,
        long seed,
        double targetPnl,
        double stopPnl,
        double timePnl) {

    private static final double SUM_TOLERANCE = 1e-9;

    /** Validates the figures. */
    public PlanProbabilities {
        checkProbability(target, "target");
        checkProbability(stop, "stop");
        checkProbability(time, "time");
        checkProbability(profit, "profit");
        Checks.argument(
                Math.abs(target + stop + time - 1.0) <= SUM_TOLERANCE,
                "target + stop + time must be 1 but is " + (target + stop + time));
        Checks.finite(expectedPnl, "expectedPnl");
        Checks.nonNegative(standardError, "standardError");
        Checks.nonNegative(expectedHoldingDays, "expectedHoldingDays");
        Checks.positive(paths, "paths");
        Checks.finite(targetPnl, "targetPnl");
        Checks.finite(stopPnl, "stopPnl");
        Checks.finite(timePnl, "timePnl");
    }

    private static void checkProbability(double p, String name) {
        Checks.argument(p >= 0 && p <= 1, name + " must be a probability in [0, 1] but was " + p);
    }
}
