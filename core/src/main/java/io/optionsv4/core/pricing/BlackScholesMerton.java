package io.optionsv4.core.pricing;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.result.Checks;

/**
 * Black–Scholes–Merton formulas for a European option on a spot price paying a continuous dividend yield: price and
 * {@link Greeks} per unit of underlying. Reference: Haug, <i>The Complete Guide to Option Pricing Formulas</i>, 2nd
 * ed., section 1.1.6 (generalized Black–Scholes–Merton, cost of carry {@code b = r − q}) and section 2.2 (Greeks);
 * Hull, <i>Options, Futures and Other Derivatives</i>, chapter 15.
 *
 * <p>With {@code φ = +1} for a call and {@code −1} for a put, {@code A = S·e^{−qT}} (present value of the underlying)
 * and {@code B = K·e^{−rT}} (present value of the strike):
 *
 * <pre>
 *   V  = φ·(A·N(φ·d1) − B·N(φ·d2))
 *   d1 = (ln(S/K) + (r − q)·T) / (σ√T) + σ√T/2,   d2 = d1 − σ√T
 * </pre>
 *
 * <p>Units: spot and strike in rupees, {@code yearsToExpiry} in years from {@link TimeToExpiry}, {@code annualVol},
 * {@code rate} and {@code dividendYield} as annualised continuously compounded decimals (0.10 = 10 %). Greeks are
 * scaled as documented on {@link Greeks}; theta is {@code −∂V/∂T} with spot, rate, yield and vol fixed, rho is
 * {@code ∂V/∂r} with spot and dividend yield fixed (so the forward moves with the rate).
 *
 * <p>Edge cases, all without NaN:
 *
 * <ul>
 *   <li>{@code yearsToExpiry == 0}: the intrinsic value; delta is the step {@code φ} in the money, 0 out of the money
 *       and {@code φ/2} exactly at the money; every other Greek is 0.
 *   <li>zero variance ({@code annualVol == 0}, or {@code σ√T} below {@code Double.MIN_NORMAL}): the discounted
 *       intrinsic value of the forward {@code max(φ·(A − B), 0)}; delta is {@code φ·e^{−qT}} in the money, 0 out of the
 *       money and {@code φ·e^{−qT}/2} exactly at the money forward ({@code A == B}); theta, rho and charm are the
 *       derivatives of that deterministic value (with the same half weight at the money); gamma, vega, vanna and volga
 *       are 0 (at the money forward they are singular or one-sided, and are reported as 0 by convention).
 *   <li>deep in or out of the money, zero spot: normal densities that underflow to 0 give Greeks of 0, never
 *       {@code 0·∞}. The price is never negative.
 * </ul>
 *
 * <p>Invalid arguments throw {@link IllegalArgumentException} naming the argument and its value: a null right, a
 * negative or non-finite spot, a strike that is not a finite positive number, a negative or non-finite time or vol, a
 * non-finite rate or yield, or a rate or yield so negative that its discount factor {@code e^{−rT}} or {@code e^{−qT}}
 * overflows. Stateless and thread-safe.
 */
public final class BlackScholesMerton {

    private BlackScholesMerton() {}

    /**
     * Returns the option's value in rupees per unit of underlying.
     *
     * @param right call or put
     * @param spot underlying spot price in rupees, {@code >= 0}
     * @param strike strike price in rupees, {@code > 0}
     * @param yearsToExpiry time to expiry in years ({@link TimeToExpiry}), {@code >= 0}
     * @param annualVol annualised volatility as a decimal (0.20 = 20 %), {@code >= 0}
     * @param rate continuously compounded risk-free rate as an annual decimal
     * @param dividendYield continuously compounded dividend yield as an annual decimal
     * @throws IllegalArgumentException naming the first invalid argument and its value
     */
    public static double price(
            Right right,
            double spot,
            double strike,
            double yearsToExpiry,
            double annualVol,
            double rate,
            double dividendYield) {
        validate(right, spot, strike, yearsToExpiry, annualVol, rate, dividendYield);
        double phi = right.sign();
        double dividendDiscount = discount(dividendYield, yearsToExpiry, "dividendYield");
        double rateDiscount = rate == dividendYield ? dividendDiscount : discount(rate, yearsToExpiry, "rate");
        double pvSpot = spot * dividendDiscount;
        double pvStrike = strike * rateDiscount;
        double sigmaRootT = annualVol * Math.sqrt(yearsToExpiry);
        if (sigmaRootT < Double.MIN_NORMAL) {
            return Math.max(phi * (pvSpot - pvStrike), 0.0);
        }
        BlackTerms terms = terms(phi, spot, strike, yearsToExpiry, rate - dividendYield, pvSpot / pvStrike, sigmaRootT);
        return Math.max(phi * (pvSpot * terms.nd1() - pvStrike * terms.nd2()), 0.0);
    }

    /**
     * Fills {@code out[i]} with {@link #price price(right, spots[i], strike, yearsToExpiry, annualVol, rate,
     * dividendYield)} for every spot {@code i}: the same numbers, bit for bit, with the discount factors, the present
     * value of the strike, the total volatility and its reciprocal and the carry to expiry computed once instead of
     * once per price. For valuations on a grid of spots with everything else fixed (the P&amp;L of a position over
     * the underlying's range).
     *
     * @param right call or put
     * @param spots underlying spot prices in rupees, each {@code >= 0}
     * @param strike strike price in rupees, {@code > 0}
     * @param yearsToExpiry time to expiry in years ({@link TimeToExpiry}), {@code >= 0}
     * @param annualVol annualised volatility as a decimal (0.20 = 20 %), {@code >= 0}
     * @param rate continuously compounded risk-free rate as an annual decimal
     * @param dividendYield continuously compounded dividend yield as an annual decimal
     * @param out where the prices go, at least {@code spots.length} long; entries beyond it are left alone
     * @throws IllegalArgumentException naming the first invalid argument and its value
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public static void priceGrid(
            Right right,
            double[] spots,
            double strike,
            double yearsToExpiry,
            double annualVol,
            double rate,
            double dividendYield,
            double[] out) {
        Checks.notNull(spots, "spots");
        Checks.notNull(out, "out");
        if (out.length < spots.length) {
            throw new IllegalArgumentException("out must hold " + spots.length + " prices but has " + out.length);
        }
        validate(right, 0, strike, yearsToExpiry, annualVol, rate, dividendYield);
        // plain comparisons: the messages are built only on failure (this runs for every leg of every grid)
        for (int i = 0; i < spots.length; i++) {
            if (!(spots[i] >= 0) || spots[i] == Double.POSITIVE_INFINITY) {
                Checks.nonNegative(spots[i], "spots[" + i + "]");
            }
        }
        double phi = right.sign();
        double dividendDiscount = discount(dividendYield, yearsToExpiry, "dividendYield");
        double rateDiscount = rate == dividendYield ? dividendDiscount : discount(rate, yearsToExpiry, "rate");
        double pvStrike = strike * rateDiscount;
        double sigmaRootT = annualVol * Math.sqrt(yearsToExpiry);
        if (sigmaRootT < Double.MIN_NORMAL) {
            for (int i = 0; i < spots.length; i++) {
                out[i] = Math.max(phi * (spots[i] * dividendDiscount - pvStrike), 0.0);
            }
            return;
        }
        double inverseSigmaRootT = 1.0 / sigmaRootT;
        double carryToExpiry = (rate - dividendYield) * yearsToExpiry;
        for (int i = 0; i < spots.length; i++) {
            double spot = spots[i];
            double pvSpot = spot * dividendDiscount;
            BlackTerms terms = BlackTerms.of(
                    phi, Math.log(spot / strike) + carryToExpiry, pvSpot / pvStrike, sigmaRootT, inverseSigmaRootT);
            out[i] = Math.max(phi * (pvSpot * terms.nd1() - pvStrike * terms.nd2()), 0.0);
        }
    }

    /**
     * Returns the option's price and all Greeks of {@link Greeks}, computed in one pass.
     *
     * <p>Delta and gamma are with respect to spot; vega, vanna and volga with respect to {@code annualVol}; theta and
     * charm with respect to calendar time with spot, rate, dividend yield and vol fixed; rho with respect to
     * {@code rate} with spot and dividend yield fixed.
     *
     * @param right call or put
     * @param spot underlying spot price in rupees, {@code >= 0}
     * @param strike strike price in rupees, {@code > 0}
     * @param yearsToExpiry time to expiry in years ({@link TimeToExpiry}), {@code >= 0}
     * @param annualVol annualised volatility as a decimal (0.20 = 20 %), {@code >= 0}
     * @param rate continuously compounded risk-free rate as an annual decimal
     * @param dividendYield continuously compounded dividend yield as an annual decimal
     * @throws IllegalArgumentException naming the first invalid argument and its value
     */
    public static Greeks greeks(
            Right right,
            double spot,
            double strike,
            double yearsToExpiry,
            double annualVol,
            double rate,
            double dividendYield) {
        validate(right, spot, strike, yearsToExpiry, annualVol, rate, dividendYield);
        double phi = right.sign();
        double dividendDiscount = discount(dividendYield, yearsToExpiry, "dividendYield");
        double rateDiscount = rate == dividendYield ? dividendDiscount : discount(rate, yearsToExpiry, "rate");
        double pvSpot = spot * dividendDiscount;
        double pvStrike = strike * rateDiscount;
        double rootT = Math.sqrt(yearsToExpiry);
        double sigmaRootT = annualVol * rootT;
        if (sigmaRootT < Double.MIN_NORMAL) {
            return zeroVariance(phi, pvSpot, pvStrike, dividendDiscount, yearsToExpiry, rate, dividendYield);
        }
        double carry = rate - dividendYield;
        // Divisions are slow: one reciprocal serves d1, gamma, theta, vanna, volga and charm.
        double inverseSigmaRootT = 1.0 / sigmaRootT;
        BlackTerms terms = BlackTerms.of(
                phi, Math.log(spot / strike) + carry * yearsToExpiry, pvSpot / pvStrike, sigmaRootT, inverseSigmaRootT);
        double d1 = terms.d1();
        double d2 = terms.d2();
        double nd1 = terms.nd1();
        double nd2 = terms.nd2();
        double density = terms.density();

        double price = Math.max(phi * (pvSpot * nd1 - pvStrike * nd2), 0.0);
        double delta = phi * dividendDiscount * nd1;
        double carryTheta = phi * (dividendYield * pvSpot * nd1 - rate * pvStrike * nd2);
        double rho = phi * pvStrike * yearsToExpiry * nd2;
        double charm = dividendYield * delta;
        if (density == 0) {
            return Greeks.fromAnnual(price, delta, 0, 0, carryTheta, rho, 0, 0, charm);
        }
        double discountedDensity = dividendDiscount * density;
        double inverseVol = rootT * inverseSigmaRootT;
        double inverseRootT = annualVol * inverseSigmaRootT;
        double vega = pvSpot * density * rootT;
        double gamma = discountedDensity * inverseSigmaRootT / spot;
        double theta = carryTheta - 0.5 * pvSpot * density * annualVol * inverseRootT;
        double vanna = -discountedDensity * d2 * inverseVol;
        double volga = vega * d1 * d2 * inverseVol;
        charm -= discountedDensity * (carry * inverseSigmaRootT - 0.5 * d2 * inverseRootT * inverseRootT);
        return Greeks.fromAnnual(price, delta, gamma, vega, theta, rho, vanna, volga, charm);
    }

    private static BlackTerms terms(
            double phi,
            double spot,
            double strike,
            double yearsToExpiry,
            double carry,
            double forwardOverStrike,
            double sigmaRootT) {
        double logForwardOverStrike = Math.log(spot / strike) + carry * yearsToExpiry;
        return BlackTerms.of(phi, logForwardOverStrike, forwardOverStrike, sigmaRootT, 1.0 / sigmaRootT);
    }

    /** The deterministic limit {@code σ√T = 0}: the discounted intrinsic value of the forward. */
    private static Greeks zeroVariance(
            double phi,
            double pvSpot,
            double pvStrike,
            double dividendDiscount,
            double yearsToExpiry,
            double rate,
            double dividendYield) {
        double inTheMoney = Greeks.inTheMoneyWeight(phi * (pvSpot - pvStrike));
        if (inTheMoney == 0) {
            return Greeks.WORTHLESS;
        }
        double price = Math.max(phi * (pvSpot - pvStrike), 0.0);
        double delta = inTheMoney * phi * dividendDiscount;
        if (yearsToExpiry == 0) {
            return new Greeks(price, delta, 0, 0, 0, 0, 0, 0, 0);
        }
        double theta = inTheMoney * phi * (dividendYield * pvSpot - rate * pvStrike);
        double rho = inTheMoney * phi * pvStrike * yearsToExpiry;
        return Greeks.fromAnnual(price, delta, 0, 0, theta, rho, 0, 0, dividendYield * delta);
    }

    /**
     * {@code e^{−yield·T}}, skipping the exponential for a zero yield.
     *
     * @throws IllegalArgumentException when the factor overflows (a yield below about {@code −709/T}), which would make
     *     the value {@code ∞·0}
     */
    private static double discount(double yield, double yearsToExpiry, String name) {
        if (yield == 0) {
            return 1.0;
        }
        double factor = Math.exp(-yield * yearsToExpiry);
        if (factor == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must keep e^(-" + name + " * yearsToExpiry) finite but was "
                    + yield + " with yearsToExpiry " + yearsToExpiry);
        }
        return factor;
    }

    private static void validate(
            Right right,
            double spot,
            double strike,
            double yearsToExpiry,
            double annualVol,
            double rate,
            double dividendYield) {
        Checks.notNull(right, "right");
        Checks.nonNegative(spot, "spot");
        Checks.positive(strike, "strike");
        Checks.nonNegative(yearsToExpiry, "yearsToExpiry");
        Checks.nonNegative(annualVol, "annualVol");
        Checks.finite(rate, "rate");
        Checks.finite(dividendYield, "dividendYield");
    }
}
