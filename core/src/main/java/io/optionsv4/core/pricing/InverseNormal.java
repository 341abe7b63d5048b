package io.optionsv4.core.pricing;

/**
 * Wichura's algorithm AS 241 ({@code PPND16}) for the normal quantile: three rational approximations of degree 7, in
 * {@code q = p − 1/2} near the centre and in {@code r = √(−ln min(p, 1−p))} in the tails, each with relative accuracy
 * about 1e-16.
 *
 * <p>M. J. Wichura, "Algorithm AS 241: The percentage points of the normal distribution", Applied Statistics 37 (1988)
 * 477–484. Callers wanting the last ulp refine with one Halley step, as {@link NormalDistribution#inverseCdf(double)}
 * does.
 */
final class InverseNormal {

    private static final double SPLIT_CENTRAL = 0.425;
    private static final double SPLIT_TAIL = 5.0;
    private static final double CENTRAL_OFFSET = 0.180625;
    private static final double INTERMEDIATE_OFFSET = 1.6;

    private static final double[] CENTRAL_NUMERATOR = {
        3.3871328727963666080e0, 1.3314166789178437745e+2, 1.9715909503065514427e+3, 1.3731693765509461125e+4,
        4.5921953931549871457e+4, 6.7265770927008700853e+4, 3.3430575583588128105e+4, 2.5090809287301226727e+3
    };
    private static final double[] CENTRAL_DENOMINATOR = {
        1.0,
        4.2313330701600911252e+1,
        6.8718700749205790830e+2,
        5.3941960214247511077e+3,
        2.1213794301586595867e+4,
        3.9307895800092710610e+4,
        2.8729085735721942674e+4,
        5.2264952788528545610e+3
    };
    private static final double[] INTERMEDIATE_NUMERATOR = {
        1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0, 3.64784832476320460504e0,
        1.27045825245236838258e0, 2.41780725177450611770e-1, 2.27238449892691845833e-2, 7.74545014278341407640e-4
    };
    private static final double[] INTERMEDIATE_DENOMINATOR = {
        1.0,
        2.05319162663775882187e0,
        1.67638483018380384940e0,
        6.89767334985100004550e-1,
        1.48103976427480074590e-1,
        1.51986665636164571966e-2,
        5.47593808499534494600e-4,
        1.05075007164441684324e-9
    };
    private static final double[] TAIL_NUMERATOR = {
        6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0, 2.96560571828504891230e-1,
        2.65321895265761230930e-2, 1.24266094738807843860e-3, 2.71155556874348757815e-5, 2.01033439929228813265e-7
    };
    private static final double[] TAIL_DENOMINATOR = {
        1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2,
        7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7, 2.04426310338993978564e-15
    };

    private InverseNormal() {}

    /** Returns the normal quantile of {@code p} in (0, 1); NaN passes through. */
    static double as241(double p) {
        double q = p - 0.5;
        if (Math.abs(q) <= SPLIT_CENTRAL) {
            double r = CENTRAL_OFFSET - q * q;
            return q * ratio(CENTRAL_NUMERATOR, CENTRAL_DENOMINATOR, r);
        }
        double r = Math.sqrt(-Math.log(q < 0 ? p : 1.0 - p));
        double x = r <= SPLIT_TAIL
                ? ratio(INTERMEDIATE_NUMERATOR, INTERMEDIATE_DENOMINATOR, r - INTERMEDIATE_OFFSET)
                : ratio(TAIL_NUMERATOR, TAIL_DENOMINATOR, r - SPLIT_TAIL);
        return q < 0 ? -x : x;
    }

    private static double ratio(double[] numerator, double[] denominator, double r) {
        double num = numerator[7];
        double den = denominator[7];
        for (int i = 6; i >= 0; i--) {
            num = num * r + numerator[i];
            den = den * r + denominator[i];
        }
        return num / den;
    }
}
