package io.optionsv4.core.exit;

import io.optionsv4.core.exit.ExitPlan.ProfitTarget;
import java.util.List;

/**
 * Follows an exit plan along one simulated path of the underlying's log price, reading the position's P&amp;L from a
 * per-day grid (linear interpolation in log price, flat beyond the grid). Used by {@link PlanSimulator}; not
 * thread-safe only in that it is called by one thread per simulation.
 */
final class PlanPath {

    private final double[] levels;
    private final double[] closes;
    private final double stopPnl;
    private final PlanCosts costs;
    private final double entryValue;
    private final double[][] grid;
    private final double x0;
    private final double dx;

    PlanPath(ExitPlan plan, PlanCosts costs, double entryValue, double[][] grid, double x0, double dx) {
        List<ProfitTarget> targets = plan.profitTargets();
        levels = new double[targets.size()];
        closes = new double[targets.size()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = targets.get(i).pnlRupees();
            closes[i] = targets.get(i).closeFraction();
        }
        stopPnl = plan.stopLoss().pnlTrigger();
        this.costs = costs;
        this.entryValue = entryValue;
        this.grid = grid;
        this.x0 = x0;
        this.dx = dx;
    }

    /** One path's outcome: how the plan ended, its net P&amp;L and the trading days held. */
    record Outcome(PlanEnd end, double pnl, int daysHeld) {}

    /** How a plan ended. */
    enum PlanEnd {
        TARGET,
        STOP,
        TIME
    }

    /** Follows the plan along the log prices {@code x}, one per observation (at least as many as the grid's). */
    Outcome follow(double[] x) {
        double open = 1.0;
        double realised = -costs.entryRupees();
        int next = 0;
        int steps = grid.length;
        for (int k = 0; k < steps; k++) {
            double pnl = pnlAt(k, x[k]);
            while (next < levels.length && pnl >= levels[next]) {
                realised += close(closes[next], pnl);
                open -= closes[next];
                next++;
            }
            if (next == levels.length && levels.length > 0) {
                return new Outcome(PlanEnd.TARGET, realised, k + 1);
            }
            if (pnl <= stopPnl) {
                return new Outcome(PlanEnd.STOP, realised + close(open, pnl), k + 1);
            }
            if (k == steps - 1) {
                return new Outcome(PlanEnd.TIME, realised + close(open, pnl), k + 1);
            }
        }
        throw new IllegalStateException("a plan path needs at least one observation");
    }

    private double close(double fraction, double pnl) {
        return fraction * pnl - costs.exit(fraction * (entryValue + pnl));
    }

    private double pnlAt(int step, double x) {
        double[] row = grid[step];
        double position = (x - x0) / dx;
        if (position <= 0) {
            return row[0];
        }
        if (position >= row.length - 1) {
            return row[row.length - 1];
        }
        int j = (int) position;
        double w = position - j;
        return row[j] + w * (row[j + 1] - row[j]);
    }
}
