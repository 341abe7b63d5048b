package io.optionsv4.core.testdata;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Independent numerical integration against the lognormal density, for checking closed forms: adaptive Simpson in the
 * standardized log-price {@code z} (density {@code exp(-z^2/2)/sqrt(2 pi)} written out here, not taken from production
 * code), with profit regions found by bisection on the directly summed P&amp;L.
 */
public final class LognormalQuadrature {

    private static final double Z_LIMIT = 12;
    private static final double SQRT_TWO_PI = Math.sqrt(2 * Math.PI);

    private final double logMean;
    private final double logStdDev;

    /** A quadrature for {@code ln S_T ~ N(ln F - s^2/2, s^2)}. */
    public LognormalQuadrature(double forward, double logStdDev) {
        this.logStdDev = logStdDev;
        this.logMean = Math.log(forward) - 0.5 * logStdDev * logStdDev;
    }

    /** Returns the price at standardized log-price {@code z}. */
    public double price(double z) {
        return Math.exp(logMean + logStdDev * z);
    }

    /** Returns the standardized log-price of {@code price}. */
    public double z(double price) {
        return (Math.log(price) - logMean) / logStdDev;
    }

    /** Returns E[pnl(S_T)], integrating in z over [-12, 12] split at {@code kinks} (prices) and in unit pieces. */
    public double expectation(DoubleUnaryOperator pnl, List<Double> kinks) {
        DoubleUnaryOperator f = z -> pnl.applyAsDouble(price(z)) * density(z);
        List<Double> cuts = cuts(kinks);
        double sum = 0;
        for (int i = 0; i + 1 < cuts.size(); i++) {
            sum += adaptiveSimpson(f, cuts.get(i), cuts.get(i + 1), 1e-13);
        }
        return sum;
    }

    /** Returns P(pnl(S_T) > 0): the density integrated over the z-ranges where the P&amp;L is positive. */
    public double probabilityPositive(DoubleUnaryOperator pnl) {
        DoubleUnaryOperator g = z -> pnl.applyAsDouble(price(z));
        int steps = 24000;
        double h = 2 * Z_LIMIT / steps;
        double sum = 0;
        double start = Double.NaN;
        for (int i = 0; i <= steps; i++) {
            double z = -Z_LIMIT + i * h;
            boolean positive = g.applyAsDouble(z) > 0;
            boolean wasPositive = !Double.isNaN(start);
            if (positive && !wasPositive) {
                start = i == 0 ? -Z_LIMIT : bisect(g, z - h, z);
            } else if (!positive && wasPositive) {
                sum += adaptiveSimpson(LognormalQuadrature::density, start, bisect(g, z - h, z), 1e-14);
                start = Double.NaN;
            }
        }
        if (!Double.isNaN(start)) {
            sum += adaptiveSimpson(LognormalQuadrature::density, start, Z_LIMIT, 1e-14);
        }
        return sum;
    }

    private List<Double> cuts(List<Double> kinks) {
        List<Double> cuts = new ArrayList<>();
        for (double z = -Z_LIMIT; z <= Z_LIMIT + 1e-12; z += 1) {
            cuts.add(z);
        }
        kinks.stream().map(this::z).filter(z -> Math.abs(z) < Z_LIMIT).forEach(cuts::add);
        return cuts.stream().sorted().distinct().toList();
    }

    private static double density(double z) {
        return Math.exp(-0.5 * z * z) / SQRT_TWO_PI;
    }

    private static double bisect(DoubleUnaryOperator g, double a, double b) {
        boolean aPositive = g.applyAsDouble(a) > 0;
        for (int i = 0; i < 200 && b - a > 1e-15; i++) {
            double m = 0.5 * (a + b);
            if ((g.applyAsDouble(m) > 0) == aPositive) {
                a = m;
            } else {
                b = m;
            }
        }
        return 0.5 * (a + b);
    }

    private static double adaptiveSimpson(DoubleUnaryOperator f, double a, double b, double tolerance) {
        double fa = f.applyAsDouble(a);
        double fb = f.applyAsDouble(b);
        double fm = f.applyAsDouble(0.5 * (a + b));
        return simpson(f, a, b, fa, fm, fb, (b - a) / 6 * (fa + 4 * fm + fb), tolerance, 50);
    }

    private static double simpson(
            DoubleUnaryOperator f,
            double a,
            double b,
            double fa,
            double fm,
            double fb,
            double whole,
            double tol,
            int depth) {
        double m = 0.5 * (a + b);
        double lm = 0.5 * (a + m);
        double rm = 0.5 * (m + b);
        double flm = f.applyAsDouble(lm);
        double frm = f.applyAsDouble(rm);
        double left = (m - a) / 6 * (fa + 4 * flm + fm);
        double right = (b - m) / 6 * (fm + 4 * frm + fb);
        double delta = left + right - whole;
        if (depth <= 0 || Math.abs(delta) <= 15 * tol) {
            return left + right + delta / 15;
        }
        return simpson(f, a, m, fa, flm, fm, left, tol / 2, depth - 1)
                + simpson(f, m, b, fm, frm, fb, right, tol / 2, depth - 1);
    }
}
