package io.optionsv4.core.pricing;

/**
 * The normalised Black call price {@code b(x, s) = Φ(x/s + s/2)·e^{x/2} − Φ(x/s − s/2)·e^{−x/2}}, with log-moneyness
 * {@code x = ln(F/K)} and total volatility {@code s = σ√T}, so that the undiscounted Black call is {@code √(FK)·b}.
 *
 * <p>Following P. Jäckel, "Let's Be Rational", Wilmott (2015) 40–53, the out-of-the-money value ({@code x <= 0}) is
 * computed in one of four regions of {@code h = x/s}, {@code t = s/2} so that it keeps full relative accuracy however
 * small it is: an asymptotic expansion for large negative {@code h}, a Taylor expansion in small {@code t}, the
 * difference of two normal probabilities when {@code b} is close to its maximum, and otherwise the form
 * {@code b = ½·e^{−(h²+t²)/2}·[erfcx(−(h+t)/√2) − erfcx(−(h−t)/√2)]}, which needs only one exponential (with erfc
 * instead of erfcx for arguments below Cody's threshold, as in Jäckel's 2016 revision). The expansions
 * are derived here from {@code Y(z) = Φ(z)/φ(z)}, for which {@code b = e^{−(h²+t²)/2}/√(2π)·[Y(h+t) − Y(h−t)]}.
 *
 * <p>In-the-money values add the intrinsic value to the out-of-the-money one (put–call symmetry
 * {@code b(x, s) = b_intrinsic(x) + b(−x, s)}).
 */
final class NormalisedBlack {

    /** η: below this {@code h} the asymptotic expansion of Y converges to double precision. */
    static final double ASYMPTOTIC_THRESHOLD = -10.0;

    /** τ = 2·ε^(1/16): below this {@code t} the small-t expansion to order 13 reaches double precision. */
    static final double SMALL_T_THRESHOLD = 2 * Math.pow(Math.ulp(1.0), 1.0 / 16);

    /** Above this {@code h + t} the price is mostly the first term, and the plain normal form loses nothing. */
    private static final double NEAR_MAXIMUM_THRESHOLD = 0.85;

    private static final double SQRT_HALF_PI = 1.2533141373155002512078826424055226265034933703050;

    private static final int SMALL_T_ORDER = 13;

    /** Below this a shared exponential factor has lost too many bits to stand in for its own exponential. */
    private static final double SHARED_EXP_FLOOR = 0x1.0p-600;

    private static final int MAX_ASYMPTOTIC_TERMS = 30;

    private NormalisedBlack() {}

    /** Returns {@code b(x, s)} for any real {@code x} and {@code s >= 0}. */
    static double call(double x, double s) {
        if (x > 0) {
            return intrinsic(x) + call(-x, s);
        }
        if (!(s > 0)) {
            return intrinsic(x);
        }
        double h = x / s;
        double t = 0.5 * s;
        return outOfTheMoneyCall(x, s, Math.exp(-0.5 * (h * h + t * t)), Math.exp(0.5 * x));
    }

    /**
     * Returns {@code b(x, s)} for {@code x <= 0} and {@code s > 0}, given {@code gaussian = e^{−(h²+t²)/2}}, the factor
     * it shares with the vega ({@code vega = gaussian/√(2π)}), and {@code bMax = e^{x/2}}, so that a caller needing
     * them several times computes them once.
     */
    static double outOfTheMoneyCall(double x, double s, double gaussian, double bMax) {
        double h = x / s;
        double t = 0.5 * s;
        if (h < -40) {
            // e^{−(h²+t²)/2} < 1e-347: below the smallest subnormal whatever the other factors.
            return 0.0;
        }
        if (x < s * ASYMPTOTIC_THRESHOLD && 0.5 * s * s + x < s * (SMALL_T_THRESHOLD + ASYMPTOTIC_THRESHOLD)) {
            return asymptoticExpansion(h, t, gaussian);
        }
        if (t < SMALL_T_THRESHOLD) {
            return smallTExpansion(h, t, gaussian);
        }
        if (x + 0.5 * s * s > s * NEAR_MAXIMUM_THRESHOLD) {
            return nearMaximum(h, t, gaussian, bMax);
        }
        return viaCody(h, t, gaussian, bMax);
    }

    /** Returns the normalised intrinsic value {@code max(e^{x/2} − e^{−x/2}, 0) = 2·sinh(x/2)} for a call. */
    static double intrinsic(double x) {
        return x > 0 ? 2.0 * Math.sinh(0.5 * x) : 0.0;
    }

    /** Returns the normalised vega {@code ∂b/∂s = e^{−(h²+t²)/2}/√(2π)}; zero for {@code s <= 0} unless x is 0. */
    static double vega(double x, double s) {
        if (x == 0) {
            return NormalDistribution.ONE_OVER_SQRT_TWO_PI * Math.exp(-0.125 * s * s);
        }
        if (!(s > 0)) {
            return 0.0;
        }
        double h = x / s;
        double t = 0.5 * s;
        return NormalDistribution.ONE_OVER_SQRT_TWO_PI * Math.exp(-0.5 * (h * h + t * t));
    }

    /**
     * Region I ({@code h < η}, {@code t} not too large): with {@code r = (h+t)(h−t)}, {@code q = (h/r)²} and
     * {@code e = (t/h)²}, Abramowitz–Stegun 26.2.12 gives
     * {@code Y(h+t) − Y(h−t) = (t/r)·Σ_k 2·(−1)^k (2k−1)!!·q^k·D_k(e)}
     * with {@code D_k(e) = Σ_m C(2k+1, 2m+1)·e^m}. D_k and its even companion S_k follow from multiplying
     * {@code (1 ± √e)^{2k+1}} by {@code (1 ± √e)²}, a recursion with positive terms only.
     */
    private static double asymptoticExpansion(double h, double t, double gaussian) {
        double e = (t / h) * (t / h);
        double r = (h + t) * (h - t);
        double q = (h / r) * (h / r);
        double odd = 1.0;
        double even = 1.0;
        double coefficient = 1.0;
        double sum = 1.0;
        double previous = Double.MAX_VALUE;
        for (int k = 1; k <= MAX_ASYMPTOTIC_TERMS; k++) {
            double nextOdd = (1 + e) * odd + 2 * even;
            even = (1 + e) * even + 2 * e * odd;
            odd = nextOdd;
            coefficient *= -(2 * k - 1) * q;
            double term = coefficient * odd;
            double size = Math.abs(term);
            if (size >= previous) {
                break; // the series is asymptotic: stop before the terms grow again
            }
            sum += term;
            if (size <= 0x1p-54 * sum) {
                break;
            }
            previous = size;
        }
        double b = NormalDistribution.ONE_OVER_SQRT_TWO_PI * gaussian * (t / r) * 2 * sum;
        return Math.max(b, 0.0);
    }

    /**
     * Region II ({@code t < τ}): {@code Y(h+t) − Y(h−t) = 2·Σ_{k odd} Y^{(k)}(h)·t^k/k!}. Since
     * {@code Y(z) = ∫_0^∞ e^{zu − u²/2} du}, the derivatives satisfy {@code Y^{(n+1)} = n·Y^{(n−1)} + h·Y^{(n)}},
     * starting from {@code Y = √(π/2)·erfcx(−h/√2)} and {@code Y' = 1 + h·Y}.
     */
    private static double smallTExpansion(double h, double t, double gaussian) {
        double y = SQRT_HALF_PI * NormalDistribution.erfcx(-NormalDistribution.ONE_OVER_SQRT_TWO * h);
        double previous = y;
        double current = 1 + h * y;
        double tSquare = t * t;
        double power = t;
        double sum = current * power;
        for (int n = 1; n < SMALL_T_ORDER; n++) {
            double next = n * previous + h * current;
            previous = current;
            current = next;
            if ((n & 1) == 0) {
                // current is now Y^{(n+1)} with n+1 odd
                power *= tSquare / (n * (n + 1));
                sum += current * power;
            }
        }
        double b = NormalDistribution.ONE_OVER_SQRT_TWO_PI * gaussian * 2 * sum;
        return Math.max(b, 0.0);
    }

    /** Region III ({@code h + t > 0.85}): the defining formula, whose first term dominates. */
    private static double nearMaximum(double h, double t, double gaussian, double bMax) {
        double upper;
        double lower;
        if (gaussian >= SHARED_EXP_FLOOR && bMax >= SHARED_EXP_FLOOR) {
            // exp(−(h±t)²/2) = e^{−(h²+t²)/2}·e^{∓ht} and ht = x/2: the Gaussian factor serves both probabilities.
            upper = NormalDistribution.cdfGivenExpOfNegativeHalfSquare(h + t, gaussian / bMax);
            lower = NormalDistribution.cdfGivenExpOfNegativeHalfSquare(h - t, gaussian * bMax);
        } else {
            upper = NormalDistribution.cdf(h + t);
            lower = NormalDistribution.cdf(h - t);
        }
        return Math.max(upper * bMax - lower / bMax, 0.0);
    }

    /**
     * Region IV: {@code 2b = erfc(q₁)·e^{x/2} − erfc(q₂)·e^{−x/2}} with {@code q₁,₂ = −(h ± t)/√2}. Each term is taken
     * as {@code erfcx(q)·e^{−(h²+t²)/2}} when {@code q} is beyond Cody's threshold 0.46875 (a rational function times
     * the one shared exponential) and as {@code erfc(q)·e^{±x/2}} below it, where erfc needs no exponential.
     */
    private static double viaCody(double h, double t, double gaussian, double bMax) {
        double q1 = -NormalDistribution.ONE_OVER_SQRT_TWO * (h + t);
        double q2 = -NormalDistribution.ONE_OVER_SQRT_TWO * (h - t);
        double first = q1 < NormalDistribution.CODY_THRESHOLD
                ? bMax * NormalDistribution.erfc(q1)
                : gaussian * NormalDistribution.erfcxLarge(q1);
        double second = q2 < NormalDistribution.CODY_THRESHOLD
                ? NormalDistribution.erfc(q2) / bMax
                : gaussian * NormalDistribution.erfcxLarge(q2);
        return Math.max(0.5 * (first - second), 0.0);
    }
}
