package io.optionsv4.core.probability;

import java.util.function.DoubleUnaryOperator;

/** Brent's method (inverse quadratic interpolation with bisection fallback) on a sign-changing bracket. */
final class RootFinder {

    private static final int MAX_ITERATIONS = 200;

    private RootFinder() {}

    /**
     * Returns a zero of {@code f} in {@code [a, b]}, where {@code f(a)} and {@code f(b)} have opposite signs, to full
     * double precision (Brent 1973, "Algorithms for Minimization without Derivatives", ch. 4).
     */
    static double brent(DoubleUnaryOperator f, double a, double b, double fa, double fb) {
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            if (Math.signum(fb) == Math.signum(fc)) {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tolerance = 2 * Math.ulp(b) + 1e-15 * Math.abs(b);
            double m = 0.5 * (c - b);
            if (Math.abs(m) <= tolerance || fb == 0) {
                return b;
            }
            if (Math.abs(e) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
                double s = fb / fa;
                double p;
                double q;
                if (a == c) {
                    p = 2 * m * s;
                    q = 1 - s;
                } else {
                    double r = fb / fc;
                    double t = fa / fc;
                    p = s * (2 * m * t * (t - r) - (b - a) * (r - 1));
                    q = (t - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (2 * p < Math.min(3 * m * q - Math.abs(tolerance * q), Math.abs(e * q))) {
                    e = d;
                    d = p / q;
                } else {
                    d = m;
                    e = m;
                }
            } else {
                d = m;
                e = m;
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tolerance ? d : Math.copySign(tolerance, m);
            fb = f.applyAsDouble(b);
        }
        return b;
    }
}
