package io.optionsv4.core.exit;

import io.optionsv4.core.pricing.TimeToExpiry;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.Candidate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plan-aware probabilities by Monte Carlo: the underlying follows a path observed at the close of every trading day
 * from entry to the time exit whose distribution follows the near expiry's smile, every volatility times the forecast
 * ratio (the forecast of the volatility the underlying will realise): {@link SmilePaths}, the smile's distribution at
 * the time exit joined in time by a Brownian motion; with a flat smile, the lognormal path (risk-neutral drift of the
 * candidate's model, volatility = the near expiry's ATM IV times the ratio). The position is
 * valued each day at the market's implied volatilities, each strike at its own ({@link PositionValue}, the smile held
 * by strike), on a log-spot grid and interpolated along the path. With a ratio of 1 the plan is a fair game at mid
 * prices (expected P&amp;L about 0); a ratio below 1 (realised volatility expected below implied: the variance risk
 * premium) favours premium sellers, above 1 buyers. The plan is
 * followed as written: each scaling level closes its share when the day's P&amp;L reaches it, the stop closes the rest
 * when the P&amp;L falls to it, the time exit closes what is left; fills are at the day's model value (gaps through a
 * level fill at the worse price). Antithetic pairs of paths from a {@link SplittableRandom} of the given seed make the
 * figures deterministic. Immutable and thread-safe.
 */
public final class PlanSimulator {

    /**
     * Paths per strategy by default: 500 antithetic pairs, a standard error of at most 1.6 points on each probability
     * and within the 2 ms budget per strategy (docs/benchmarks.md).
     */
    public static final int DEFAULT_PATHS = 1000;

    /** The default seed. */
    public static final long DEFAULT_SEED = 20_200_103L;

    private static final int GRID = 48;
    private static final double GRID_SIGMAS = 5.0;

    private final TradingDays days;
    private final int paths;
    private final long seed;

    /** Returns a simulator of {@code paths} paths (even, {@code > 0}) from {@code seed} on the trading days given. */
    public PlanSimulator(TradingDays days, int paths, long seed) {
        this.days = Checks.notNull(days, "days");
        Checks.positive(paths, "paths");
        Checks.argument(paths % 2 == 0, () -> "paths must be even (antithetic pairs) but was " + paths);
        this.paths = paths;
        this.seed = seed;
    }

    /**
     * Returns the plan-aware probabilities of following {@code plan} on {@code candidate}, net of {@code costs}, with
     * the underlying's path volatility the ATM IV times {@code forecastVolRatio} ({@code > 0}; 1 = the market's own).
     */
    public PlanProbabilities simulate(Candidate candidate, ExitPlan plan, PlanCosts costs, double forecastVolRatio) {
        Checks.notNull(plan, "plan");
        Checks.notNull(costs, "costs");
        Checks.positive(forecastVolRatio, "forecastVolRatio");
        PositionValue position = new PositionValue(candidate, 1.0);
        double[] elapsed = observationYears(candidate.asOf(), plan.timeExit().date());
        int steps = elapsed.length;
        double vol = Math.max(candidate.atmVolatility(), 1e-4) * forecastVolRatio;
        double horizon = elapsed[steps - 1];
        double halfWidth = GRID_SIGMAS * vol * Math.sqrt(horizon);
        double x0 = Math.log(position.spot()) - halfWidth;
        double dx = 2 * halfWidth / (GRID - 1);
        double[] prices = new double[GRID];
        for (int j = 0; j < GRID; j++) {
            prices[j] = Math.exp(x0 + j * dx);
        }
        double[][] grid = new double[steps][GRID];
        for (int k = 0; k < steps; k++) {
            position.pnl(elapsed[k], prices, grid[k]);
        }
        double drift = candidate.model().rate() - candidate.model().dividendYield() - 0.5 * vol * vol;
        double[] mean = new double[steps];
        double[] sd = new double[steps];
        double previous = 0;
        for (int k = 0; k < steps; k++) {
            double dt = elapsed[k] - previous;
            mean[k] = drift * dt;
            sd[k] = vol * Math.sqrt(dt);
            previous = elapsed[k];
        }
        PlanPath path = new PlanPath(plan, costs, position.entryValue(), grid, x0, dx);
        SmilePaths smile = candidate.smile().isFlat()
                ? null
                : SmilePaths.of(candidate.model(), candidate.smile(), forecastVolRatio, elapsed);
        double[] rootDt = new double[steps];
        for (int k = 0; k < steps; k++) {
            rootDt[k] = Math.sqrt(elapsed[k] - (k == 0 ? 0 : elapsed[k - 1]));
        }
        double[] shocks = new double[steps];
        double[] x = new double[steps];
        SplittableRandom random = new SplittableRandom(seed);
        PlanTally tally = new PlanTally();
        double start = Math.log(position.spot());
        for (int p = 0; p < paths / 2; p++) {
            for (int k = 0; k < steps; k++) {
                shocks[k] = random.nextGaussian();
            }
            for (double sign = 1.0; sign >= -1.0; sign -= 2.0) {
                if (smile == null) {
                    double level = start;
                    for (int k = 0; k < steps; k++) {
                        level += mean[k] + sign * sd[k] * shocks[k];
                        x[k] = level;
                    }
                } else {
                    double brownian = 0;
                    for (int k = 0; k < steps; k++) {
                        brownian += sign * rootDt[k] * shocks[k];
                        x[k] = smile.logPrice(k, brownian);
                    }
                }
                tally.add(path.follow(x));
            }
        }
        return tally.result(paths, seed);
    }

    /** Returns the years from {@code entry} to every trading day after it up to and including {@code exit}. */
    private double[] observationYears(LocalDate entry, LocalDate exit) {
        List<Double> years = new ArrayList<>();
        for (LocalDate day = entry.plusDays(1); !day.isAfter(exit); day = day.plusDays(1)) {
            if (days.test(day)) {
                years.add((day.toEpochDay() - entry.toEpochDay()) / TimeToExpiry.DAYS_PER_YEAR);
            }
        }
        if (years.isEmpty()) {
            years.add(Math.max(1, exit.toEpochDay() - entry.toEpochDay()) / TimeToExpiry.DAYS_PER_YEAR);
        }
        double[] result = new double[years.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = years.get(i);
        }
        return result;
    }
}
