package io.optionsv4.core.exit;

import io.optionsv4.core.pricing.NormalDistribution;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.SmileDistribution;
import io.optionsv4.core.probability.VolatilitySmile;

/**
 * Paths of the underlying whose distribution at every observation is the one the market's smile implies, joined in
 * time by a Brownian motion (a Gaussian copula): with {@code W} a standard Brownian motion and {@code F_k} the
 * distribution function of the price at the k-th observation, the path is {@code S_k = F_k^-1(N(W(t_k) / sqrt(t_k)))}.
 * A flat smile gives the lognormal paths exactly (up to the tables' interpolation); a skewed smile fattens the tail on
 * its steep side at every date, as the option prices say, while consecutive observations keep the Brownian motion's
 * dependence, so the order in which targets and stops are reached stays that of a diffusion.
 *
 * <p>{@code F_k} is the Breeden-Litzenberger distribution ({@link SmileDistribution}) of the smile held by strike
 * (sticky strike) over the horizon {@code t_k}, its volatilities times the forecast ratio, at the model's forward to
 * {@code t_k}: the distribution at the near expiry is the one the expiry PoP uses. Where the smile is not free of
 * butterfly arbitrage the distribution function is made non-decreasing before it is inverted. Tables of the inverse
 * in {@code z = W(t_k) / sqrt(t_k)} are built once per strategy; a path then costs one interpolation per observation.
 */
final class SmilePaths {

    /** Log-price points per observation where the distribution function is evaluated. */
    private static final int PRICE_POINTS = 160;

    /** Half-width of the log-price range, in ATM standard deviations. */
    private static final double PRICE_SIGMAS = 7.0;

    /** Points of the inverse table in z. */
    private static final int Z_POINTS = 121;

    /** Half-width of the inverse table in z (beyond it the table is flat). */
    private static final double Z_MAX = 6.0;

    private static final double DZ = 2 * Z_MAX / (Z_POINTS - 1);

    private final double[][] logPrice;
    private final double[] rootElapsed;

    private SmilePaths(double[][] logPrice, double[] rootElapsed) {
        this.logPrice = logPrice;
        this.rootElapsed = rootElapsed;
    }

    /**
     * Builds the tables for observations {@code elapsed} (years from entry, increasing, {@code > 0}).
     *
     * @param model the near expiry's model: spot, rate and dividend yield are used
     * @param smile the near expiry's smile
     * @param forecastVolRatio the ratio applied to every volatility of the smile ({@code > 0})
     */
    static SmilePaths of(ProbabilityModel model, VolatilitySmile smile, double forecastVolRatio, double[] elapsed) {
        VolatilitySmile scaled = scaled(smile, forecastVolRatio);
        double atm = Math.max(scaled.vol(model.forward()), 1e-4);
        double[][] tables = new double[elapsed.length][];
        double[] roots = new double[elapsed.length];
        double[] u = new double[PRICE_POINTS];
        double[] cdf = new double[PRICE_POINTS];
        for (int k = 0; k < elapsed.length; k++) {
            roots[k] = Math.sqrt(elapsed[k]);
            SmileDistribution distribution = new SmileDistribution(model.withYearsToExpiry(elapsed[k]), scaled);
            double centre = Math.log(distribution.forward());
            double halfWidth = PRICE_SIGMAS * atm * roots[k];
            double step = 2 * halfWidth / (PRICE_POINTS - 1);
            double previous = 0.0;
            for (int i = 0; i < PRICE_POINTS; i++) {
                u[i] = centre - halfWidth + i * step;
                double below = 1.0 - distribution.probabilityAbove(Math.exp(u[i]));
                previous = Math.max(previous, below);
                cdf[i] = previous;
            }
            tables[k] = inverse(u, cdf);
        }
        return new SmilePaths(tables, roots);
    }

    /**
     * Returns the log price at observation {@code k} of the path whose Brownian motion stands at {@code brownian}
     * ({@code W(t_k)}, years^1/2).
     */
    double logPrice(int k, double brownian) {
        double z = brownian / rootElapsed[k];
        double position = (z + Z_MAX) / DZ;
        double[] row = logPrice[k];
        if (position <= 0) {
            return row[0];
        }
        if (position >= Z_POINTS - 1) {
            return row[Z_POINTS - 1];
        }
        int j = (int) position;
        double w = position - j;
        return row[j] + w * (row[j + 1] - row[j]);
    }

    /** The log price at each z of the table: the distribution function inverted by linear interpolation. */
    private static double[] inverse(double[] u, double[] cdf) {
        double[] row = new double[Z_POINTS];
        int i = 0;
        for (int j = 0; j < Z_POINTS; j++) {
            double p = NormalDistribution.cdf(-Z_MAX + j * DZ);
            while (i < PRICE_POINTS - 1 && cdf[i + 1] < p) {
                i++;
            }
            if (i == PRICE_POINTS - 1 || p <= cdf[0]) {
                row[j] = p <= cdf[0] ? u[0] : u[PRICE_POINTS - 1];
                continue;
            }
            double gap = cdf[i + 1] - cdf[i];
            double w = gap > 0 ? (p - cdf[i]) / gap : 0.5;
            row[j] = u[i] + Math.min(Math.max(w, 0.0), 1.0) * (u[i + 1] - u[i]);
        }
        return row;
    }

    private static VolatilitySmile scaled(VolatilitySmile smile, double ratio) {
        if (smile.isFlat()) {
            return VolatilitySmile.flat(smile.vol(1.0) * ratio);
        }
        double[] vols = smile.nodeVols();
        double[] scaled = new double[vols.length];
        for (int i = 0; i < vols.length; i++) {
            scaled[i] = vols[i] * ratio;
        }
        return VolatilitySmile.of(smile.nodeStrikes(), scaled);
    }
}
