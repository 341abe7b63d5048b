package io.optionsv4.core.pricing;

/**
 * Inverts the normalised Black call {@link NormalisedBlack#call(double, double)} for the total volatility
 * {@code s = σ√T}, following P. Jäckel, "Let's Be Rational", Wilmott (2015) 40–53.
 *
 * <p>The price axis {@code (0, b_max)}, {@code b_max = e^{x/2}}, is cut at three points: {@code b_c = b(x, s_c)} at the
 * inflection point {@code s_c = √(2|x|)}, and {@code b_l}, {@code b_h} where the tangent at {@code s_c} meets zero and
 * {@code b_max}. In the two middle segments the initial guess is a rational cubic in {@code β} matching {@code s} and
 * {@code 1/vega} at the ends; in the lowest and highest segments it is a rational cubic in transformed maps
 * {@code f_lower(s) = (2π/√27)·|x|·Φ(−|x|/(√3 s))³} and {@code f_upper(s) = Φ(−s/2)} that are inverted in closed form.
 * Householder iterations of order three then solve {@code 1/ln b(s) = 1/ln β} (lowest segment),
 * {@code ln(b_max − b(s)) = ln(b_max − β)} (highest, when {@code β > b_max/2}) or {@code b(s) = β}; two of them reach
 * full double precision. A bracket is kept and bisection used should an iterate leave it.
 */
final class NormalisedImpliedVolatility {

    private static final double EPSILON = Math.ulp(1.0);
    private static final int MAX_ITERATIONS = 2;

    private static final double TWO_PI = 6.283185307179586476925286766559005768394338798750;
    private static final double SQRT_THREE = 1.732050807568877293527446341505872366942805253810;
    private static final double SQRT_ONE_OVER_THREE = 0.577350269189625764509148780501957455647601751270;
    private static final double TWO_PI_OVER_SQRT_TWENTY_SEVEN = 1.209199576156145233729385505094770488189377498728;
    private static final double PI_OVER_SIX = 0.523598775598298873077107230546583814032861566563;
    private static final double SQRT_HALF_PI = 1.253314137315500251207882642405522626503493370305;
    private static final double SQRT_MAX_VALUE = Math.sqrt(Double.MAX_VALUE);

    private static final int OBJECTIVE_PRICE = 0;
    private static final int OBJECTIVE_LOWER = 1;
    private static final int OBJECTIVE_UPPER = 2;

    private NormalisedImpliedVolatility() {}

    /**
     * Returns {@code s} with {@code b(x, s) = beta} for an out-of-the-money call, {@code x <= 0} and
     * {@code 0 < beta < e^{x/2}}; returns 0 for {@code beta <= 0} and +∞ for {@code beta >= e^{x/2}}.
     */
    static double solve(double beta, double x) {
        if (!(beta > 0)) {
            return 0.0;
        }
        double bMax = Math.exp(0.5 * x);
        if (!(beta < bMax)) {
            return Double.POSITIVE_INFINITY;
        }
        double sC = Math.sqrt(Math.abs(2 * x));
        // At the inflection point h = −t, so b_c = e^{x/2}/2 − Φ(−s_c)·e^{−x/2} and h² + t² = |x|: a guess node
        // needs no more accuracy than this form gives.
        // exp(−s_c²/2) = e^{x} = b_max², so Φ(−s_c) needs no exponential of its own.
        double bC =
                Math.max(0.5 * bMax - NormalDistribution.cdfGivenExpOfNegativeHalfSquare(-sC, bMax * bMax) / bMax, 0.0);
        double vC = NormalDistribution.ONE_OVER_SQRT_TWO_PI * bMax;
        if (beta < bC) {
            double sL = sC - bC / vC;
            double gaussianL = gaussian(x, sL);
            double bL = sL > 0 ? NormalisedBlack.outOfTheMoneyCall(x, sL, gaussianL, bMax) : 0.0;
            if (beta < bL) {
                double s = lowerGuess(beta, x, sL, bL);
                return iterate(OBJECTIVE_LOWER, beta, x, bMax, s, Double.MIN_NORMAL, sL);
            }
            double vL = NormalDistribution.ONE_OVER_SQRT_TWO_PI * gaussianL;
            double r = RationalCubic.controlForSecondDerivativeAtRight(bL, bC, sL, sC, 1 / vL, 1 / vC, 0.0, false);
            double s = RationalCubic.interpolate(beta, bL, bC, sL, sC, 1 / vL, 1 / vC, r);
            return iterate(OBJECTIVE_PRICE, beta, x, bMax, s, sL, sC);
        }
        double sH = vC > Double.MIN_NORMAL ? sC + (bMax - bC) / vC : sC;
        double gaussianH = gaussian(x, sH);
        double bH = NormalisedBlack.outOfTheMoneyCall(x, sH, gaussianH, bMax);
        if (beta <= bH) {
            double vH = NormalDistribution.ONE_OVER_SQRT_TWO_PI * gaussianH;
            double r = RationalCubic.controlForSecondDerivativeAtLeft(bC, bH, sC, sH, 1 / vC, 1 / vH, 0.0, false);
            double s = RationalCubic.interpolate(beta, bC, bH, sC, sH, 1 / vC, 1 / vH, r);
            return iterate(OBJECTIVE_PRICE, beta, x, bMax, s, sC, sH);
        }
        double s = upperGuess(beta, x, sH, bH, bMax);
        int objective = beta > 0.5 * bMax ? OBJECTIVE_UPPER : OBJECTIVE_PRICE;
        return iterate(objective, beta, x, bMax, s, sH, Double.MAX_VALUE);
    }

    /** Returns {@code e^{−(h²+t²)/2}} with {@code h = x/s}, {@code t = s/2}: √(2π) times the normalised vega. */
    private static double gaussian(double x, double s) {
        double h = x / s;
        double t = 0.5 * s;
        return Math.exp(-0.5 * (h * h + t * t));
    }

    /** Initial guess in the lowest segment {@code (0, b_l)}: interpolate {@code f_lower} in β, then invert it. */
    private static double lowerGuess(double beta, double x, double sL, double bL) {
        double ax = Math.abs(x);
        double z = SQRT_ONE_OVER_THREE * ax / sL;
        double y = z * z;
        double s2 = sL * sL;
        // One exponential each for the density/distribution pair and for the two growth factors (the second is the
        // square of the first): a guess node needs no more accuracy than that.
        double gaussianZ = Math.exp(-0.5 * y);
        double cdf = NormalDistribution.cdfGivenExpOfNegativeHalfSquare(-z, gaussianZ);
        double pdf = NormalDistribution.ONE_OVER_SQRT_TWO_PI * gaussianZ;
        double growth = Math.exp(y + 0.125 * s2);
        double fpp = PI_OVER_SIX
                * y
                / (s2 * sL)
                * cdf
                * (8 * SQRT_THREE * sL * ax + (3 * s2 * (s2 - 8) - 8 * x * x) * cdf / pdf)
                * (growth * growth);
        double cdf2 = cdf * cdf;
        double fp = TWO_PI * y * cdf2 * growth;
        double fL = TWO_PI_OVER_SQRT_TWENTY_SEVEN * ax * (cdf2 * cdf);
        double r = RationalCubic.controlForSecondDerivativeAtRight(0.0, bL, 0.0, fL, 1.0, fp, fpp, true);
        double f = RationalCubic.interpolate(beta, 0.0, bL, 0.0, fL, 1.0, fp, r);
        if (!(f > 0)) {
            // Round-off for extreme |x|: fall back to the quadratic with f(0) = 0, f'(0) = 1 and f(b_l).
            double t = beta / bL;
            f = (fL * t + bL * (1 - t)) * t;
        }
        double probability = Math.cbrt(f / (TWO_PI_OVER_SQRT_TWENTY_SEVEN * ax));
        return Math.abs(x / (SQRT_THREE * InverseNormal.as241(probability)));
    }

    /** Initial guess in the highest segment {@code (b_h, b_max)}: interpolate {@code f_upper} in β, then invert it. */
    private static double upperGuess(double beta, double x, double sH, double bH, double bMax) {
        // exp(w + s²/8) = exp(w/2)² / exp(−s²/8), and exp(−s²/8) also gives Φ(−s/2): two exponentials for three.
        double gaussianHalf = Math.exp(-0.125 * sH * sH);
        double fH = NormalDistribution.cdfGivenExpOfNegativeHalfSquare(-0.5 * sH, gaussianHalf);
        double w = (x / sH) * (x / sH);
        double halfGrowth = Math.exp(0.5 * w);
        double fp = -0.5 * halfGrowth;
        double fpp = SQRT_HALF_PI * (halfGrowth * halfGrowth / gaussianHalf) * w / sH;
        double f = -Double.MAX_VALUE;
        if (fpp > -SQRT_MAX_VALUE && fpp < SQRT_MAX_VALUE) {
            double r = RationalCubic.controlForSecondDerivativeAtLeft(bH, bMax, fH, 0.0, fp, -0.5, fpp, true);
            f = RationalCubic.interpolate(beta, bH, bMax, fH, 0.0, fp, -0.5, r);
        }
        if (f <= 0) {
            // Quadratic with f(b_h), f(b_max) = 0 and f'(b_max) = −1/2.
            double width = bMax - bH;
            double t = (beta - bH) / width;
            f = (fH * (1 - t) + 0.5 * width * t) * (1 - t);
        }
        return -2.0 * InverseNormal.as241(f);
    }

    /**
     * Householder(3) iterations {@code s += ν·(1 + ν·h₂/2)/(1 + ν·(h₂ + ν·h₃/6))} with Newton step {@code ν = −g/g'},
     * {@code h₂ = g''/g'} and {@code h₃ = g'''/g'} of the chosen objective {@code g}; bisection of the bracket
     * {@code (sLeft, sRight)} when an iterate leaves it, oscillates, or the price underflows.
     */
    private static double iterate(
            int objective, double beta, double x, double bMax, double sStart, double sLeft, double sRight) {
        double s = sStart;
        double lnBeta = objective == OBJECTIVE_LOWER ? Math.log(beta) : 0.0;
        double left = sLeft;
        double right = sRight;
        double ds = -Double.MAX_VALUE;
        double dsPrevious = 0;
        int reversals = 0;
        for (int i = 0; i < MAX_ITERATIONS && Math.abs(ds) > EPSILON * s; i++) {
            if (ds * dsPrevious < 0) {
                reversals++;
            }
            if (i > 0 && (reversals == 3 || !(s > left && s < right))) {
                s = 0.5 * (left + right);
                if (right - left <= EPSILON * s) {
                    break;
                }
                reversals = 0;
                ds = 0;
            }
            dsPrevious = ds;
            double gaussian = gaussian(x, s);
            double b = NormalisedBlack.outOfTheMoneyCall(x, s, gaussian, bMax);
            double vega = NormalDistribution.ONE_OVER_SQRT_TWO_PI * gaussian;
            if (b > beta && s < right) {
                right = s;
            } else if (b < beta && s > left) {
                left = s;
            }
            ds = step(objective, beta, lnBeta, x, bMax, s, b, vega);
            if (!Double.isFinite(ds)) {
                ds = 0.5 * (left + right) - s;
            }
            ds = Math.max(-0.5 * s, ds);
            s += ds;
        }
        return s;
    }

    /** One Householder(3) step for the objective; NaN asks the caller to bisect instead. */
    private static double step(
            int objective, double beta, double lnBeta, double x, double bMax, double s, double b, double vega) {
        double inverseS = 1 / s;
        double h = x * inverseS;
        double hOverS = h * inverseS;
        double bHalley = h * hOverS - 0.25 * s; // b''/b'
        double bHh3 = bHalley * bHalley - 3 * hOverS * hOverS - 0.25; // b'''/b'
        double newton;
        double halley;
        double hh3;
        if (objective == OBJECTIVE_LOWER) {
            if (!(b > 0) || !(vega > 0)) {
                return Double.NaN;
            }
            double lnB = Math.log(b);
            double inverseLnB = 1 / lnB;
            double vegaOverB = vega / b;
            double lnFactor = 1 + 2 * inverseLnB;
            newton = (lnBeta - lnB) * lnB / (lnBeta * vegaOverB);
            halley = bHalley - vegaOverB * lnFactor;
            hh3 = bHh3
                    + 2 * vegaOverB * vegaOverB * (1 + 3 * inverseLnB * (1 + inverseLnB))
                    - 3 * bHalley * vegaOverB * lnFactor;
        } else if (objective == OBJECTIVE_UPPER) {
            if (!(b < bMax) || !(vega > Double.MIN_NORMAL)) {
                return Double.NaN;
            }
            double gap = bMax - b;
            double g = Math.log((bMax - beta) / gap);
            double gp = vega / gap;
            newton = -g / gp;
            halley = bHalley + gp;
            hh3 = bHh3 + gp * (2 * gp + 3 * bHalley);
        } else {
            newton = (beta - b) / vega;
            halley = bHalley;
            hh3 = bHh3;
        }
        return newton * (1 + 0.5 * halley * newton) / (1 + newton * (halley + hh3 * newton * (1.0 / 6)));
    }
}
