package io.optionsv4.core.pricing;

/**
 * The standard normal distribution and the error functions behind it, accurate to (nearly) full double precision.
 *
 * <p>The error functions use the rational Chebyshev approximations of W. J. Cody, "Rational Chebyshev approximations
 * for the error function", Math. Comp. 23 (1969) 631–638, with the coefficients of his netlib routine {@code CALERF}
 * (specfun, 1990). Three ranges are used: {@code erf(y) = y·A(y²)/B(y²)} for {@code |y| <= 0.46875}, {@code erfcx(y) =
 * C(y)/D(y)} for {@code 0.46875 < y <= 4}, and {@code erfcx(y) = (1/√π − P(1/y²)/Q(1/y²))/y} above. The factor
 * {@code exp(−y²)} is evaluated as a product of an exactly representable part and a small correction, so that the
 * rounding of {@code y²} does not cost relative accuracy in the tails; tail probabilities therefore keep their relative
 * accuracy down to the subnormal range ({@code cdf(−38) ≈ 2.9e-316}).
 *
 * <p>The inverse distribution function is Wichura's algorithm AS 241 ({@code PPND16}), "The percentage points of the
 * normal distribution", Applied Statistics 37 (1988) 477–484, followed by one Halley step on {@link #cdf(double)}.
 *
 * <p>All methods are static, allocation-free and thread-safe; they never throw and propagate NaN.
 */
public final class NormalDistribution {

    /** 1/√(2π). */
    static final double ONE_OVER_SQRT_TWO_PI = 0.3989422804014326779399460599343818684758586311649;

    /** 1/√2. */
    static final double ONE_OVER_SQRT_TWO = 0.7071067811865475244008443621048490392848359376887;

    /** 1/√π. */
    static final double ONE_OVER_SQRT_PI = 0.5641895835477562869480794515607725858440506293290;

    /** Cody's boundary between the erf and the erfc approximations. */
    static final double CODY_THRESHOLD = 0.46875;

    private static final double CDF_CENTRAL_LIMIT =
            CODY_THRESHOLD * 1.4142135623730950488016887242096980785696718753769;

    /** Beyond this |x| the tail probability is below the smallest subnormal double. */
    private static final double CDF_TAIL_LIMIT = 40.0;

    /** Beyond this argument erfc is below the smallest subnormal double. */
    private static final double ERFC_TAIL_LIMIT = 27.3;

    /** Above this exponent {@code exp(−a)} is subnormal and the product is rounded once more. */
    private static final double SUBNORMAL_EXPONENT = 690.0;

    /** Above this argument {@code erfcx(y) = 1/(y√π)} to double precision. */
    private static final double ERFCX_HUGE = 6.71e7;

    /** Below this argument {@code erfcx(y)} overflows. */
    private static final double ERFCX_NEGATIVE_LIMIT = -26.6287357137514;

    private static final double[] A = {
        3.16112374387056560e00,
        1.13864154151050156e02,
        3.77485237685302021e02,
        3.20937758913846947e03,
        1.85777706184603153e-1
    };
    private static final double[] B = {
        2.36012909523441209e01, 2.44024637934444173e02, 1.28261652607737228e03, 2.84423683343917062e03
    };
    private static final double[] C = {
        5.64188496988670089e-1, 8.88314979438837594e00, 6.61191906371416295e01, 2.98635138197400131e02,
        8.81952221241769090e02, 1.71204761263407058e03, 2.05107837782607147e03, 1.23033935479799725e03,
        2.15311535474403846e-8
    };
    private static final double[] D = {
        1.57449261107098347e01, 1.17693950891312499e02, 5.37181101862009858e02, 1.62138957456669019e03,
        3.29079923573345963e03, 4.36261909014324716e03, 3.43936767414372164e03, 1.23033935480374942e03
    };
    private static final double[] P = {
        3.05326634961232344e-1,
        3.60344899949804439e-1,
        1.25781726111229246e-1,
        1.60837851487422766e-2,
        6.58749161529837803e-4,
        1.63153871373020978e-2
    };
    private static final double[] Q = {
        2.56852019228982242e00,
        1.87295284992346047e00,
        5.27905102951428412e-1,
        6.05183413124413191e-2,
        2.33520497626869185e-3
    };

    private NormalDistribution() {}

    /** Returns the standard normal density {@code φ(x) = exp(−x²/2)/√(2π)}. */
    public static double pdf(double x) {
        return ONE_OVER_SQRT_TWO_PI * expOfNegativeHalfSquare(x);
    }

    /**
     * Returns the standard normal distribution function {@code Φ(x) = P(Z <= x)}.
     *
     * <p>Accurate to a few ulp relative to the result for {@code x <= 0} (down to subnormal results) and to a few ulp
     * absolute for {@code x > 0}; use {@code 1 − cdf(x) = cdf(−x)} for upper tail probabilities.
     */
    public static double cdf(double x) {
        double ax = Math.abs(x);
        if (ax <= CDF_CENTRAL_LIMIT) {
            double y = x * ONE_OVER_SQRT_TWO;
            return 0.5 + 0.5 * y * erfSmallRatio(y * y);
        }
        if (ax > CDF_TAIL_LIMIT) {
            return x < 0 ? 0.0 : 1.0;
        }
        double scaledTail = 0.5 * erfcxLarge(ax * ONE_OVER_SQRT_TWO);
        if (x > 0) {
            // 1 − tail with tail < 0.26: the tail's relative accuracy is not needed, one exponential suffices.
            return 1.0 - scaledTail * Math.exp(-0.5 * x * x);
        }
        return timesExpOfNegativeSquare(scaledTail, ax, 0.5);
    }

    /**
     * Returns the inverse of {@link #cdf(double)}: the {@code x} with {@code Φ(x) = p}.
     *
     * <p>Relative accuracy about 1e-16. Returns −∞ for {@code p = 0}, +∞ for {@code p = 1} and NaN outside [0, 1].
     */
    public static double inverseCdf(double p) {
        if (!(p > 0 && p < 1)) {
            if (p == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            return p == 1 ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        if (p > 0.5) {
            // 1 − p is exact here (Sterbenz), and the lower tail is where cdf keeps relative accuracy.
            return -inverseCdf(1.0 - p);
        }
        double x = InverseNormal.as241(p);
        if (x < -CDF_TAIL_LIMIT) {
            return x;
        }
        // One Halley step on Φ(x) − p: Φ'' / Φ' = −x.
        double density = pdf(x);
        if (density == 0) {
            return x;
        }
        double step = (cdf(x) - p) / density;
        return x - step / (1.0 + 0.5 * x * step);
    }

    /** Returns the complementary error function {@code erfc(x) = 1 − erf(x)}, relatively accurate for large x. */
    public static double erfc(double x) {
        double ax = Math.abs(x);
        if (ax <= CODY_THRESHOLD) {
            return 1.0 - x * erfSmallRatio(x * x);
        }
        double upper = ax > ERFC_TAIL_LIMIT ? 0.0 : timesExpOfNegativeSquare(erfcxLarge(ax), ax, 1.0);
        return x < 0 ? 2.0 - upper : upper;
    }

    /**
     * Returns the scaled complementary error function {@code erfcx(x) = exp(x²)·erfc(x)}.
     *
     * <p>Decays like {@code 1/(x√π)} for large positive x; returns {@link Double#MAX_VALUE} where the value overflows
     * (x below about −26.63).
     */
    public static double erfcx(double x) {
        double ax = Math.abs(x);
        if (ax <= CODY_THRESHOLD) {
            double z = x * x;
            return Math.exp(z) * (1.0 - x * erfSmallRatio(z));
        }
        if (x < ERFCX_NEGATIVE_LIMIT) {
            return Double.MAX_VALUE;
        }
        double positive = erfcxLarge(ax);
        if (x > 0) {
            return positive;
        }
        double expSquare = expOfSquare(ax);
        return (expSquare + expSquare) - positive;
    }

    /**
     * Returns {@code Φ(x)} given {@code e = exp(−x²/2)}, which a caller that also needs the density has computed
     * already: the central range uses Cody's erf ratio and no exponential, the tails {@code erfcx(|x|/√2)·e/2}. The
     * relative accuracy in the tails is that of {@code e} (the rounding of {@code x²} is not compensated as in {@link
     * #cdf(double)}; below 1e-13 wherever {@code e} is a normal double).
     */
    static double cdfGivenExpOfNegativeHalfSquare(double x, double expOfNegativeHalfSquare) {
        double ax = Math.abs(x);
        if (ax <= CDF_CENTRAL_LIMIT) {
            double y = x * ONE_OVER_SQRT_TWO;
            return 0.5 + 0.5 * y * erfSmallRatio(y * y);
        }
        if (ax > CDF_TAIL_LIMIT) {
            return x < 0 ? 0.0 : 1.0;
        }
        double lowerTail = 0.5 * erfcxLarge(ax * ONE_OVER_SQRT_TWO) * expOfNegativeHalfSquare;
        return x < 0 ? lowerTail : 1.0 - lowerTail;
    }

    /** Returns {@code erf(y)/y} for {@code |y| <= 0.46875}, given {@code z = y²}. */
    private static double erfSmallRatio(double z) {
        double num = fma(fma(fma(fma(A[4], z, A[0]), z, A[1]), z, A[2]), z, A[3]);
        double den = fma(fma(fma(z + B[0], z, B[1]), z, B[2]), z, B[3]);
        return num / den;
    }

    /** Returns {@code erfcx(y)} for {@code y > 0.46875} (also fine slightly below; NaN passes through). */
    static double erfcxLarge(double y) {
        if (y <= 4) {
            double num = fma(
                    fma(
                            fma(fma(fma(fma(fma(fma(C[8], y, C[0]), y, C[1]), y, C[2]), y, C[3]), y, C[4]), y, C[5]),
                            y,
                            C[6]),
                    y,
                    C[7]);
            double den = fma(
                    fma(fma(fma(fma(fma(fma(y + D[0], y, D[1]), y, D[2]), y, D[3]), y, D[4]), y, D[5]), y, D[6]),
                    y,
                    D[7]);
            return num / den;
        }
        if (y >= ERFCX_HUGE) {
            return ONE_OVER_SQRT_PI / y;
        }
        double z = 1.0 / (y * y);
        double num = z * fma(fma(fma(fma(fma(P[5], z, P[0]), z, P[1]), z, P[2]), z, P[3]), z, P[4]);
        double den = fma(fma(fma(fma(z + Q[0], z, Q[1]), z, Q[2]), z, Q[3]), z, Q[4]);
        return (ONE_OVER_SQRT_PI - num / den) / y;
    }

    /**
     * Returns {@code factor·exp(−c·u²)} for {@code 0 <= u <= 40} and {@code c} one or a half, without losing relative
     * accuracy to the rounding of u², and rounding only once more when the result is subnormal.
     */
    private static double timesExpOfNegativeSquare(double factor, double u, double c) {
        double head = truncateToSixteenths(u);
        double headTerm = c * head * head; // exact: head = k/16 with k < 2^10
        double scaled = factor * Math.exp(-c * (u - head) * (u + head));
        if (headTerm < SUBNORMAL_EXPONENT) {
            return scaled * Math.exp(-headTerm);
        }
        double half = Math.exp(-0.5 * headTerm);
        return scaled * half * half;
    }

    /** Returns {@code exp(−x²/2)} with relative accuracy independent of the rounding of x². */
    static double expOfNegativeHalfSquare(double x) {
        double ax = Math.abs(x);
        if (ax > CDF_TAIL_LIMIT) {
            return Math.exp(-0.5 * ax * ax);
        }
        return timesExpOfNegativeSquare(1.0, ax, 0.5);
    }

    /** Returns {@code exp(y²)} for {@code 0 <= y <= 27}, with the same splitting as the tails. */
    private static double expOfSquare(double y) {
        double head = truncateToSixteenths(y);
        return Math.exp(head * head) * Math.exp((y - head) * (y + head));
    }

    /** Fused multiply-add {@code a·b + c} with one rounding: shorter latency chains and slightly better accuracy. */
    private static double fma(double a, double b, double c) {
        return Math.fma(a, b, c);
    }

    private static double truncateToSixteenths(double u) {
        return Math.floor(u * 16.0) / 16.0;
    }
}
