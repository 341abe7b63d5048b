package io.optionsv4.core.probability;

import io.optionsv4.core.result.Checks;
import java.util.Arrays;

/**
 * The implied volatility of one expiry as a function of the strike: the smile, interpolated between nodes (the
 * chain's strikes with the {@link SmileFit fitted} volatility at each).
 *
 * <p>Between the nodes the volatility is a monotone piecewise cubic (Fritsch–Carlson PCHIP) in {@code x = ln K}: it
 * passes through every node, has a continuous first derivative, never overshoots the nodes (a quote out of line with
 * its neighbours moves the curve only between them), and is flat at the two end nodes. Beyond the quoted strikes the
 * volatility stays at the end node's value (flat wings), so that the terminal distribution of
 * {@link SmileDistribution} has continuous probabilities everywhere. With one node the smile is flat.
 *
 * <p>Reference: F. N. Fritsch and R. E. Carlson, "Monotone piecewise cubic interpolation", SIAM J. Numer. Anal. 17
 * (1980); the slope choice at interior nodes is the weighted harmonic mean of Fritsch and Butland (1984).
 *
 * <p>Immutable and thread-safe.
 */
public final class VolatilitySmile {

    private final double[] strikes;
    private final double[] logStrikes;
    private final double[] vols;
    private final double[] slopes;

    private VolatilitySmile(double[] strikes, double[] logStrikes, double[] vols, double[] slopes) {
        this.strikes = strikes;
        this.logStrikes = logStrikes;
        this.vols = vols;
        this.slopes = slopes;
    }

    /** Returns the flat smile: {@code annualVol} (&gt;= 0) at every strike. */
    public static VolatilitySmile flat(double annualVol) {
        Checks.nonNegative(annualVol, "annualVol");
        return new VolatilitySmile(
                new double[] {1.0}, new double[] {0.0}, new double[] {annualVol}, new double[] {0.0});
    }

    /**
     * Returns the smile through the given nodes.
     *
     * @param strikes strikes in rupees, strictly increasing, every one &gt; 0; at least one
     * @param annualVols the implied volatility at each strike, annualised decimal, &gt;= 0 and finite
     * @throws IllegalArgumentException for empty, unsorted or mismatched arrays or a bad value (named with its index)
     */
    public static VolatilitySmile of(double[] strikes, double[] annualVols) {
        Checks.notNull(strikes, "strikes");
        Checks.notNull(annualVols, "annualVols");
        Checks.argument(strikes.length > 0, "a smile needs at least one strike");
        Checks.argument(
                strikes.length == annualVols.length,
                "strikes (" + strikes.length + ") and annualVols (" + annualVols.length + ") differ in length");
        int n = strikes.length;
        double[] x = new double[n];
        double[] y = Arrays.copyOf(annualVols, n);
        for (int i = 0; i < n; i++) {
            Checks.positive(strikes[i], "strikes[" + i + "]");
            Checks.nonNegative(y[i], "annualVols[" + i + "]");
            Checks.argument(
                    i == 0 || strikes[i] > strikes[i - 1],
                    "strikes must increase strictly but strikes[" + i + "] = " + strikes[i] + " follows "
                            + (i == 0 ? "" : strikes[i - 1]));
            x[i] = Math.log(strikes[i]);
        }
        return new VolatilitySmile(Arrays.copyOf(strikes, n), x, y, pchipSlopes(x, y));
    }

    /** Returns true when every strike has the same volatility. */
    public boolean isFlat() {
        for (double v : vols) {
            if (v != vols[0]) {
                return false;
            }
        }
        return true;
    }

    /** Returns the largest volatility of the smile (its nodes bound the interpolation). */
    public double maxVol() {
        double max = 0;
        for (double v : vols) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** Returns the strikes of the nodes, ascending (one strike of 1 for a flat smile); a copy. */
    public double[] nodeStrikes() {
        return strikes.clone();
    }

    /** Returns the volatilities at the nodes, in the order of {@link #nodeStrikes()}; a copy. */
    public double[] nodeVols() {
        return vols.clone();
    }

    /** Returns the number of quoted strikes the smile passes through. */
    public int size() {
        return vols.length;
    }

    /** Returns the implied volatility at {@code strike} (&gt; 0), annualised decimal. */
    public double vol(double strike) {
        Checks.positive(strike, "strike");
        return evaluate(Math.log(strike), 0);
    }

    /** Returns {@code d sigma / d ln K} at {@code strike}: 0 in the flat wings. */
    double slopeInLogStrike(double strike) {
        return evaluate(Math.log(strike), 1);
    }

    /** Returns {@code d^2 sigma / d (ln K)^2} at {@code strike}: 0 in the flat wings. */
    double curvatureInLogStrike(double strike) {
        return evaluate(Math.log(strike), 2);
    }

    /** Returns the value ({@code derivative} 0), first or second derivative in {@code x = ln K} at {@code x}. */
    private double evaluate(double x, int derivative) {
        int last = vols.length - 1;
        if (x <= logStrikes[0] || last == 0) {
            return derivative == 0 ? vols[0] : 0.0;
        }
        if (x >= logStrikes[last]) {
            return derivative == 0 ? vols[last] : 0.0;
        }
        int i = Arrays.binarySearch(logStrikes, x);
        if (i >= 0) {
            // at a node the curvature is one-sided: take the piece to its right
            return derivative == 0 ? vols[i] : derivative == 1 ? slopes[i] : hermite(i, x, 2);
        }
        return hermite(-i - 2, x, derivative);
    }

    /** The cubic Hermite piece on [x_i, x_{i+1}] and its derivatives. */
    private double hermite(int i, double x, int derivative) {
        double h = logStrikes[i + 1] - logStrikes[i];
        double t = (x - logStrikes[i]) / h;
        double y0 = vols[i];
        double y1 = vols[i + 1];
        double m0 = slopes[i] * h;
        double m1 = slopes[i + 1] * h;
        return switch (derivative) {
            case 0 -> {
                double t2 = t * t;
                double t3 = t2 * t;
                yield (2 * t3 - 3 * t2 + 1) * y0 + (t3 - 2 * t2 + t) * m0 + (-2 * t3 + 3 * t2) * y1 + (t3 - t2) * m1;
            }
            case 1 -> {
                double t2 = t * t;
                yield ((6 * t2 - 6 * t) * y0
                                + (3 * t2 - 4 * t + 1) * m0
                                + (-6 * t2 + 6 * t) * y1
                                + (3 * t2 - 2 * t) * m1)
                        / h;
            }
            default -> ((12 * t - 6) * y0 + (6 * t - 4) * m0 + (-12 * t + 6) * y1 + (6 * t - 2) * m1) / (h * h);
        };
    }

    /**
     * Returns the PCHIP node slopes: 0 at the two ends (flat continuation into the wings) and where the neighbouring
     * secants differ in sign, else their weighted harmonic mean (Fritsch–Butland), which keeps each piece monotone.
     */
    private static double[] pchipSlopes(double[] x, double[] y) {
        int n = x.length;
        double[] d = new double[n];
        for (int i = 1; i < n - 1; i++) {
            double h0 = x[i] - x[i - 1];
            double h1 = x[i + 1] - x[i];
            double s0 = (y[i] - y[i - 1]) / h0;
            double s1 = (y[i + 1] - y[i]) / h1;
            if (s0 * s1 <= 0) {
                continue;
            }
            double w0 = 2 * h1 + h0;
            double w1 = h1 + 2 * h0;
            d[i] = (w0 + w1) / (w0 / s0 + w1 / s1);
        }
        return d;
    }

    /** Two smiles are equal when they pass through the same nodes (the interpolation follows from them). */
    @Override
    public boolean equals(Object other) {
        return other instanceof VolatilitySmile o && Arrays.equals(strikes, o.strikes) && Arrays.equals(vols, o.vols);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(strikes) + Arrays.hashCode(vols);
    }

    @Override
    public String toString() {
        if (vols.length == 1) {
            return "VolatilitySmile[flat " + vols[0] + "]";
        }
        return "VolatilitySmile[strikes=" + Arrays.toString(strikes) + ", vols=" + Arrays.toString(vols) + "]";
    }
}
