package io.optionsv4.core.exit;

import io.optionsv4.core.pricing.NormalDistribution;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.SmileDistribution;
import io.optionsv4.core.probability.VolatilitySmile;

/**
 * Paths of the underlying whose distribution follows the market's smile, joined in time by a Brownian motion (a
 * Gaussian copula). At the last observation {@code t_N} (the time exit) the price has exactly the Breeden-Litzenberger
 * distribution {@code F_N} of the smile held by strike over {@code t_N} ({@link SmileDistribution}, every volatility
 * times the forecast ratio, at the model's forward): {@code S_N = F_N^-1(N(z))} with {@code z = W(t_N) / sqrt(t_N)}.
 * Earlier observations keep the shape of that distribution in standardised terms: with {@code d(z) = ln F_N^-1(N(z)) -
 * ln F(t_N)} the log deviation at the horizon, {@code ln S_k = ln F(t_k) + sqrt(t_k / t_N) d(z_k) - c_k}, {@code z_k =
 * W(t_k) / sqrt(t_k)}, and {@code c_k} makes {@code E[S_k] = F(t_k)} (a smile constant in standardised moneyness, the
 * usual scaling of a smile with time). A flat smile gives the lognormal paths exactly: {@code d(z) = -v^2/2 + v z}
 * scales to the lognormal of every {@code t_k}. A skewed smile fattens the tail on its steep side at every date as the
 * option prices say, while consecutive observations keep the Brownian motion's dependence, so the order in which
 * targets and stops are reached stays that of a diffusion.
 *
 * <p>Where the smile is not free of butterfly arbitrage the distribution function is made non-decreasing before it is
 * inverted. One table of the inverse in {@code z} is built per strategy (160 evaluations of the distribution); a path
 * then costs one interpolation per observation.
 */
final class SmilePaths {

    /** Log-price points where the distribution function is evaluated. */
    private static final int PRICE_POINTS = 160;

    /** Half-width of the log-price range, in ATM standard deviations. */
    private static final double PRICE_SIGMAS = 7.0;

    /** Points of the inverse table in z. */
    private static final int Z_POINTS = 121;

    /** Half-width of the inverse table in z (beyond it the table is flat). */
    private static final double Z_MAX = 6.0;

    private static final double DZ = 2 * Z_MAX / (Z_POINTS - 1);

    private final double[] deviation;
    private final double[] scale;
    private final double[] offset;
    private final double[] rootElapsed;

    private SmilePaths(double[] deviation, double[] scale, double[] offset, double[] rootElapsed) {
        this.deviation = deviation;
        this.scale = scale;
        this.offset = offset;
        this.rootElapsed = rootElapsed;
    }

    /**
     * Builds the paths' tables for observations {@code elapsed} (years from entry, increasing, {@code > 0}).
     *
     * @param model the near expiry's model: spot, rate and dividend yield are used
     * @param smile the near expiry's smile
     * @param forecastVolRatio the ratio applied to every volatility of the smile ({@code > 0})
     */
    static SmilePaths of(ProbabilityModel model, VolatilitySmile smile, double forecastVolRatio, double[] elapsed) {
        int steps = elapsed.length;
        double horizon = elapsed[steps - 1];
        SmileDistribution distribution =
                new SmileDistribution(model.withYearsToExpiry(horizon), scaled(smile, forecastVolRatio));
        double centre = Math.log(distribution.forward());
        double atm = Math.max(distribution.volatility(distribution.forward()), 1e-4);
        double halfWidth = PRICE_SIGMAS * atm * Math.sqrt(horizon);
        double step = 2 * halfWidth / (PRICE_POINTS - 1);
        double[] u = new double[PRICE_POINTS];
        double[] cdf = new double[PRICE_POINTS];
        double previous = 0.0;
        for (int i = 0; i < PRICE_POINTS; i++) {
            u[i] = -halfWidth + i * step;
            previous = Math.max(previous, 1.0 - distribution.probabilityAbove(Math.exp(centre + u[i])));
            cdf[i] = previous;
        }
        double[] deviation = inverse(u, cdf);
        double[] weight = new double[Z_POINTS];
        double total = 0;
        for (int j = 0; j < Z_POINTS; j++) {
            weight[j] = NormalDistribution.pdf(-Z_MAX + j * DZ);
            total += weight[j];
        }
        double[] scale = new double[steps];
        double[] offset = new double[steps];
        double[] roots = new double[steps];
        for (int k = 0; k < steps; k++) {
            roots[k] = Math.sqrt(elapsed[k]);
            scale[k] = Math.sqrt(elapsed[k] / horizon);
            double mean = 0;
            for (int j = 0; j < Z_POINTS; j++) {
                mean += weight[j] * Math.exp(scale[k] * deviation[j]);
            }
            offset[k] = Math.log(model.withYearsToExpiry(elapsed[k]).forward()) - Math.log(mean / total);
        }
        return new SmilePaths(deviation, scale, offset, roots);
    }

    /**
     * Returns the log price at observation {@code k} of the path whose Brownian motion stands at {@code brownian}
     * ({@code W(t_k)}, years^1/2).
     */
    double logPrice(int k, double brownian) {
        double z = brownian / rootElapsed[k];
        double position = (z + Z_MAX) / DZ;
        double d;
        if (position <= 0) {
            d = deviation[0];
        } else if (position >= Z_POINTS - 1) {
            d = deviation[Z_POINTS - 1];
        } else {
            int j = (int) position;
            double w = position - j;
            d = deviation[j] + w * (deviation[j + 1] - deviation[j]);
        }
        return offset[k] + scale[k] * d;
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
