package io.optionsv4.core.pricing;

/**
 * Delbourgo–Gregory rational cubic interpolation on one interval, with the control parameter {@code r} chosen to match
 * a second derivative at one end while preserving convexity (or concavity) and monotonicity.
 *
 * <p>R. Delbourgo and J. A. Gregory, "Shape preserving piecewise rational interpolation", SIAM J. Sci. Stat. Comput. 6
 * (1985) 967–976, formulas (2.4)–(2.5), (3.8) and (3.18); used by Jäckel's "Let's Be Rational" (2015) for the initial
 * guess of the implied volatility. {@code r = 3} is the ordinary cubic Hermite interpolant, {@code r → ∞} linear
 * interpolation.
 */
final class RationalCubic {

    /** Just above −1, where the interpolant degenerates. */
    static final double MINIMUM_CONTROL = -(1 - Math.sqrt(Math.ulp(1.0)));

    /** So large that the interpolant is linear to double precision. */
    static final double MAXIMUM_CONTROL = 2 / (Math.ulp(1.0) * Math.ulp(1.0));

    private RationalCubic() {}

    /**
     * Returns the interpolant at {@code x} through {@code (xl, yl)} and {@code (xr, yr)} with end slopes {@code dl},
     * {@code dr} and control parameter {@code r}.
     */
    static double interpolate(double x, double xl, double xr, double yl, double yr, double dl, double dr, double r) {
        double width = xr - xl;
        if (Math.abs(width) <= 0) {
            return 0.5 * (yl + yr);
        }
        double t = (x - xl) / width;
        if (!(r >= MAXIMUM_CONTROL)) {
            double u = 1 - t;
            double t2 = t * t;
            double u2 = u * u;
            return (yr * t2 * t + (r * yr - width * dr) * t2 * u + (r * yl + width * dl) * t * u2 + yl * u2 * u)
                    / (1 + (r - 3) * t * u);
        }
        return yr * t + yl * (1 - t);
    }

    /**
     * Returns the control parameter that makes the interpolant's second derivative at the left end equal
     * {@code secondLeft}, raised where needed to keep the shape the data imply.
     */
    static double controlForSecondDerivativeAtLeft(
            double xl, double xr, double yl, double yr, double dl, double dr, double secondLeft, boolean preferShape) {
        double width = xr - xl;
        double slope = (yr - yl) / width;
        double numerator = 0.5 * width * secondLeft + (dr - dl);
        double r = fit(numerator, slope - dl);
        return Math.max(r, minimumControl(dl, dr, slope, preferShape));
    }

    /** As {@link #controlForSecondDerivativeAtLeft}, matching {@code secondRight} at the right end. */
    static double controlForSecondDerivativeAtRight(
            double xl, double xr, double yl, double yr, double dl, double dr, double secondRight, boolean preferShape) {
        double width = xr - xl;
        double slope = (yr - yl) / width;
        double numerator = 0.5 * width * secondRight + (dr - dl);
        double r = fit(numerator, dr - slope);
        return Math.max(r, minimumControl(dl, dr, slope, preferShape));
    }

    private static double fit(double numerator, double denominator) {
        if (isZero(numerator)) {
            return 0.0;
        }
        if (isZero(denominator)) {
            return numerator > 0 ? MAXIMUM_CONTROL : MINIMUM_CONTROL;
        }
        return numerator / denominator;
    }

    /** The least control parameter keeping monotonicity (3.8) and convexity or concavity (3.18) of the data. */
    private static double minimumControl(double dl, double dr, double slope, boolean preferShape) {
        boolean monotonic = dl * slope >= 0 && dr * slope >= 0;
        boolean convex = dl <= slope && slope <= dr;
        boolean concave = dl >= slope && slope >= dr;
        if (!monotonic && !convex && !concave) {
            return MINIMUM_CONTROL;
        }
        double forMonotonicity = -Double.MAX_VALUE;
        if (monotonic) {
            if (!isZero(slope)) {
                forMonotonicity = (dr + dl) / slope;
            } else if (preferShape) {
                forMonotonicity = MAXIMUM_CONTROL;
            }
        }
        double forConvexity = -Double.MAX_VALUE;
        if (convex || concave) {
            double rightGap = dr - slope;
            double leftGap = slope - dl;
            if (!(isZero(leftGap) || isZero(rightGap))) {
                double spread = dr - dl;
                forConvexity = Math.max(Math.abs(spread / rightGap), Math.abs(spread / leftGap));
            } else if (preferShape) {
                forConvexity = MAXIMUM_CONTROL;
            }
        } else if (monotonic && preferShape) {
            forConvexity = MAXIMUM_CONTROL;
        }
        return Math.max(MINIMUM_CONTROL, Math.max(forMonotonicity, forConvexity));
    }

    private static boolean isZero(double value) {
        return Math.abs(value) < Double.MIN_NORMAL;
    }
}
