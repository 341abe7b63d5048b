package io.optionsv4.core.pricing;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.result.Checks;

/**
 * Black-76 formulas for a European option on a forward (a future, or the {@link SyntheticForward} of an expiry that has
 * no future): price and {@link Greeks} per unit of underlying. Reference: Black, "The pricing of commodity contracts",
 * Journal of Financial Economics 3 (1976); Haug, <i>The Complete Guide to Option Pricing Formulas</i>, 2nd ed.,
 * section 1.1.2 and section 2.2 (Greeks with cost of carry {@code b = 0}).
 *
 * <p>With {@code φ = +1} for a call and {@code −1} for a put and the discount factor {@code DF = e^{−rT}} to the
 * option's settlement:
 *
 * <pre>
 *   V  = DF·φ·(F·N(φ·d1) − K·N(φ·d2))
 *   d1 = ln(F/K) / (σ√T) + σ√T/2,   d2 = d1 − σ√T
 * </pre>
 *
 * <p>Units: forward and strike in rupees, {@code yearsToExpiry} in years from {@link TimeToExpiry}, {@code annualVol}
 * as an annualised decimal (0.20 = 20 %), {@code discountFactor} dimensionless. Greeks are scaled as documented on
 * {@link Greeks}; delta and gamma are with respect to the forward. The rate {@code r = −ln(DF)/T} implied by the
 * discount factor is held fixed wherever time moves: theta is {@code −∂V/∂T} with forward, vol and {@code r} fixed
 * (so {@code DF} rolls towards 1, giving theta the term {@code r·V}), charm likewise; rho is {@code ∂V/∂r} with the
 * forward fixed, which is {@code −T·V}.
 *
 * <p>Edge cases, all without NaN:
 *
 * <ul>
 *   <li>{@code yearsToExpiry == 0}: the intrinsic value {@code DF·max(φ·(F − K), 0)} (the discount factor is 1 at
 *       expiry for consistent inputs); delta is the step {@code φ·DF} in the money, 0 out of the money and
 *       {@code φ·DF/2} exactly at the money; every other Greek is 0.
 *   <li>zero variance ({@code annualVol == 0}, or {@code σ√T} below {@code Double.MIN_NORMAL}): the discounted
 *       intrinsic value {@code DF·max(φ·(F − K), 0)}; delta as at expiry; theta {@code r·V}, rho {@code −T·V}, charm
 *       {@code r·delta} (scaled); gamma, vega, vanna and volga are 0 (at the money they are singular or one-sided, and
 *       are reported as 0 by convention).
 *   <li>deep in or out of the money, zero forward: normal densities that underflow to 0 give Greeks of 0, never
 *       {@code 0·∞}. The price is never negative.
 * </ul>
 *
 * <p>Invalid arguments throw {@link IllegalArgumentException} naming the argument and its value: a null right, a
 * negative or non-finite forward, a strike or discount factor that is not a finite positive number, a negative or
 * non-finite time or vol. Stateless and thread-safe.
 */
public final class Black76 {

    private Black76() {}

    /**
     * Returns the option's value in rupees per unit of underlying.
     *
     * @param right call or put
     * @param forward forward price of the underlying for the option's expiry in rupees, {@code >= 0}
     * @param strike strike price in rupees, {@code > 0}
     * @param yearsToExpiry time to expiry in years ({@link TimeToExpiry}), {@code >= 0}
     * @param annualVol annualised volatility as a decimal (0.20 = 20 %), {@code >= 0}
     * @param discountFactor discount factor {@code e^{−rT}} to the settlement date, {@code > 0}
     * @throws IllegalArgumentException naming the first invalid argument and its value
     */
    public static double price(
            Right right, double forward, double strike, double yearsToExpiry, double annualVol, double discountFactor) {
        validate(right, forward, strike, yearsToExpiry, annualVol, discountFactor);
        double phi = right.sign();
        double sigmaRootT = annualVol * Math.sqrt(yearsToExpiry);
        if (sigmaRootT < Double.MIN_NORMAL) {
            return discountFactor * Math.max(phi * (forward - strike), 0.0);
        }
        double forwardOverStrike = forward / strike;
        BlackTerms terms =
                BlackTerms.of(phi, Math.log(forwardOverStrike), forwardOverStrike, sigmaRootT, 1.0 / sigmaRootT);
        return discountFactor * Math.max(phi * (forward * terms.nd1() - strike * terms.nd2()), 0.0);
    }

    /**
     * Fills {@code out[i * annualVols.length + j]} with {@link #price price(right, forwards[i], strike, yearsToExpiry,
     * annualVols[j], discountFactor)} for every forward {@code i} and volatility {@code j}: the same numbers, bit for
     * bit, with the logarithm of each forward's moneyness and the total volatility of each volatility and its
     * reciprocal computed once instead of once per price. For scenario grids (SPAN-style margins reprice one option
     * at a few forwards times a few volatilities).
     *
     * @param right call or put
     * @param forwards forward prices in rupees, each {@code >= 0}
     * @param strike strike price in rupees, {@code > 0}
     * @param yearsToExpiry time to expiry in years ({@link TimeToExpiry}), {@code >= 0}
     * @param annualVols annualised volatilities as decimals, each {@code >= 0}
     * @param discountFactor discount factor {@code e^{−rT}} to the settlement date, {@code > 0}
     * @param out where the prices go, at least {@code forwards.length * annualVols.length} long
     * @throws IllegalArgumentException naming the first invalid argument and its value
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public static void priceGrid(
            Right right,
            double[] forwards,
            double strike,
            double yearsToExpiry,
            double[] annualVols,
            double discountFactor,
            double[] out) {
        Checks.notNull(forwards, "forwards");
        Checks.notNull(annualVols, "annualVols");
        Checks.notNull(out, "out");
        if (out.length < forwards.length * annualVols.length) {
            throw new IllegalArgumentException(
                    "out must hold " + forwards.length * annualVols.length + " prices but has " + out.length);
        }
        validate(right, 0, strike, yearsToExpiry, 0, discountFactor);
        // plain comparisons: the messages are built only on failure (this runs once per leg of every margin)
        for (int i = 0; i < forwards.length; i++) {
            if (!(forwards[i] >= 0) || forwards[i] == Double.POSITIVE_INFINITY) {
                Checks.nonNegative(forwards[i], "forwards[" + i + "]");
            }
        }
        for (int j = 0; j < annualVols.length; j++) {
            if (!(annualVols[j] >= 0) || annualVols[j] == Double.POSITIVE_INFINITY) {
                Checks.nonNegative(annualVols[j], "annualVols[" + j + "]");
            }
        }
        double phi = right.sign();
        double rootT = Math.sqrt(yearsToExpiry);
        int vols = annualVols.length;
        double[] sigmaRootTs = new double[vols];
        double[] inverses = new double[vols];
        for (int j = 0; j < vols; j++) {
            sigmaRootTs[j] = annualVols[j] * rootT;
            inverses[j] = 1.0 / sigmaRootTs[j];
        }
        for (int i = 0; i < forwards.length; i++) {
            double forward = forwards[i];
            double forwardOverStrike = forward / strike;
            double logForwardOverStrike = Math.log(forwardOverStrike);
            for (int j = 0; j < vols; j++) {
                double sigmaRootT = sigmaRootTs[j];
                if (sigmaRootT < Double.MIN_NORMAL) {
                    out[i * vols + j] = discountFactor * Math.max(phi * (forward - strike), 0.0);
                    continue;
                }
                BlackTerms terms = BlackTerms.of(phi, logForwardOverStrike, forwardOverStrike, sigmaRootT, inverses[j]);
                out[i * vols + j] =
                        discountFactor * Math.max(phi * (forward * terms.nd1() - strike * terms.nd2()), 0.0);
            }
        }
    }

    /**
     * Returns the option's price and all Greeks of {@link Greeks}, computed in one pass.
     *
     * <p>Delta and gamma are with respect to the forward; vega, vanna and volga with respect to {@code annualVol};
     * theta and charm with respect to calendar time with forward, vol and the implied rate {@code r = −ln(DF)/T}
     * fixed; rho is {@code ∂V/∂r = −T·V} with the forward fixed.
     *
     * @param right call or put
     * @param forward forward price of the underlying for the option's expiry in rupees, {@code >= 0}
     * @param strike strike price in rupees, {@code > 0}
     * @param yearsToExpiry time to expiry in years ({@link TimeToExpiry}), {@code >= 0}
     * @param annualVol annualised volatility as a decimal (0.20 = 20 %), {@code >= 0}
     * @param discountFactor discount factor {@code e^{−rT}} to the settlement date, {@code > 0}
     * @throws IllegalArgumentException naming the first invalid argument and its value
     */
    public static Greeks greeks(
            Right right, double forward, double strike, double yearsToExpiry, double annualVol, double discountFactor) {
        validate(right, forward, strike, yearsToExpiry, annualVol, discountFactor);
        double phi = right.sign();
        double rootT = Math.sqrt(yearsToExpiry);
        double sigmaRootT = annualVol * rootT;
        if (sigmaRootT < Double.MIN_NORMAL) {
            return zeroVariance(phi, forward, strike, yearsToExpiry, discountFactor);
        }
        // Divisions are slow: one reciprocal serves d1, gamma, theta, vanna and volga.
        double inverseSigmaRootT = 1.0 / sigmaRootT;
        double forwardOverStrike = forward / strike;
        BlackTerms terms =
                BlackTerms.of(phi, Math.log(forwardOverStrike), forwardOverStrike, sigmaRootT, inverseSigmaRootT);
        double d1 = terms.d1();
        double d2 = terms.d2();
        double nd1 = terms.nd1();
        double nd2 = terms.nd2();
        double density = terms.density();
        double rate = impliedRate(discountFactor, yearsToExpiry);

        double price = discountFactor * Math.max(phi * (forward * nd1 - strike * nd2), 0.0);
        double delta = phi * discountFactor * nd1;
        double rho = -yearsToExpiry * price;
        if (density == 0) {
            return Greeks.fromAnnual(price, delta, 0, 0, rate * price, rho, 0, 0, rate * delta);
        }
        double discountedDensity = discountFactor * density;
        double vega = forward * discountedDensity * rootT;
        double inverseVol = rootT * inverseSigmaRootT;
        double gamma = discountedDensity * inverseSigmaRootT / forward;
        double theta = rate * price - 0.5 * forward * discountedDensity * annualVol * annualVol * inverseSigmaRootT;
        double vanna = -discountedDensity * d2 * inverseVol;
        double volga = vega * d1 * d2 * inverseVol;
        double inverseRootT = annualVol * inverseSigmaRootT;
        double charm = rate * delta + 0.5 * discountedDensity * d2 * inverseRootT * inverseRootT;
        return Greeks.fromAnnual(price, delta, gamma, vega, theta, rho, vanna, volga, charm);
    }

    /** The deterministic limit {@code σ√T = 0}: the discounted intrinsic value of the forward. */
    private static Greeks zeroVariance(
            double phi, double forward, double strike, double yearsToExpiry, double discountFactor) {
        double inTheMoney = Greeks.inTheMoneyWeight(phi * (forward - strike));
        if (inTheMoney == 0) {
            return Greeks.WORTHLESS;
        }
        double price = discountFactor * Math.max(phi * (forward - strike), 0.0);
        double delta = inTheMoney * phi * discountFactor;
        if (yearsToExpiry == 0) {
            return new Greeks(price, delta, 0, 0, 0, 0, 0, 0, 0);
        }
        double rate = impliedRate(discountFactor, yearsToExpiry);
        return Greeks.fromAnnual(price, delta, 0, 0, rate * price, -yearsToExpiry * price, 0, 0, rate * delta);
    }

    /**
     * {@code r = −ln(DF)/T} for {@code T > 0}, skipping the logarithm for {@code DF == 1}. Clamped to a finite number:
     * a discount factor away from 1 with a vanishing T would overflow, and {@code ∞·0} would make a Greek NaN.
     */
    private static double impliedRate(double discountFactor, double yearsToExpiry) {
        if (discountFactor == 1.0) {
            return 0.0;
        }
        double rate = -Math.log(discountFactor) / yearsToExpiry;
        return Math.max(-Double.MAX_VALUE, Math.min(rate, Double.MAX_VALUE));
    }

    private static void validate(
            Right right, double forward, double strike, double yearsToExpiry, double annualVol, double discountFactor) {
        Checks.notNull(right, "right");
        Checks.nonNegative(forward, "forward");
        Checks.positive(strike, "strike");
        Checks.nonNegative(yearsToExpiry, "yearsToExpiry");
        Checks.nonNegative(annualVol, "annualVol");
        Checks.positive(discountFactor, "discountFactor");
    }
}
