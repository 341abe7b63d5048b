package io.optionsv4.core.pricing;

import io.optionsv4.core.instrument.Right;

/**
 * Implied volatility of European options under Black-76 and Black–Scholes–Merton, to full double precision.
 *
 * <p>The method is P. Jäckel, "Let's Be Rational", Wilmott (2015) 40–53: the price is normalised by {@code √(FK)}, an
 * in-the-money option is turned into the out-of-the-money option of the other right by subtracting its intrinsic value
 * (put–call parity), a put into a call by {@code x → −x}, and the normalised Black function is inverted from a
 * four-segment rational cubic initial guess with two Householder(3) steps. The normal distribution behind it uses the
 * rational Chebyshev approximations of W. J. Cody, Math. Comp. 23 (1969) 631–638 (see {@link NormalDistribution}).
 *
 * <p>Expected failures are values, never exceptions: every method returns an {@link ImpliedVolatilityResult} whose
 * status says why no volatility was found. Methods are static, allocation-free apart from the result and thread-safe.
 */
public final class ImpliedVolatilitySolver {

    private ImpliedVolatilitySolver() {}

    /**
     * Returns the Black-76 implied volatility of a European option on a forward.
     *
     * @param right call or put
     * @param price the option's discounted price per unit of underlying, {@code >= 0}
     * @param forward the forward price, {@code > 0}
     * @param strike the strike, {@code > 0}
     * @param yearsToExpiry time to expiry in years; {@code <= 0} gives {@link ImpliedVolatilityStatus#EXPIRED}
     * @param discountFactor the discount factor to the payment date, {@code > 0}
     * @return the annualised volatility with status OK, or NaN with the status saying why not: INVALID_INPUT, EXPIRED,
     *     BELOW_INTRINSIC (price below {@code discountFactor·max(±(F − K), 0)}) or ABOVE_UPPER_BOUND (price at or above
     *     {@code discountFactor·F} for a call, {@code discountFactor·K} for a put) or NOT_REPRESENTABLE (inputs so
     *     extreme that the matching volatility is not a finite double)
     */
    public static ImpliedVolatilityResult black76(
            Right right, double price, double forward, double strike, double yearsToExpiry, double discountFactor) {
        if (right == null
                || !isPositive(forward)
                || !isPositive(strike)
                || !isPositive(discountFactor)
                || !(price >= 0 && price < Double.POSITIVE_INFINITY)
                || Double.isNaN(yearsToExpiry)
                || yearsToExpiry == Double.POSITIVE_INFINITY) {
            return ImpliedVolatilityResult.failure(ImpliedVolatilityStatus.INVALID_INPUT);
        }
        if (yearsToExpiry <= 0) {
            return ImpliedVolatilityResult.failure(ImpliedVolatilityStatus.EXPIRED);
        }
        return solve(right, price, forward, strike, yearsToExpiry, discountFactor);
    }

    /**
     * Returns the Black–Scholes–Merton implied volatility of a European option on a spot paying a continuous dividend
     * yield: Black-76 with forward {@code spot·e^{(rate − dividendYield)·T}} and discount factor {@code e^{−rate·T}}.
     *
     * @param right call or put
     * @param price the option's price per unit of underlying, {@code >= 0}
     * @param spot the underlying's spot price, {@code > 0}
     * @param strike the strike, {@code > 0}
     * @param yearsToExpiry time to expiry in years; {@code <= 0} gives {@link ImpliedVolatilityStatus#EXPIRED}
     * @param rate the continuously compounded risk-free rate, annualised decimal
     * @param dividendYield the continuous dividend yield, annualised decimal
     * @return as {@link #black76}
     */
    public static ImpliedVolatilityResult blackScholesMerton(
            Right right,
            double price,
            double spot,
            double strike,
            double yearsToExpiry,
            double rate,
            double dividendYield) {
        if (!isPositive(spot) || !Double.isFinite(rate) || !Double.isFinite(dividendYield)) {
            return ImpliedVolatilityResult.failure(ImpliedVolatilityStatus.INVALID_INPUT);
        }
        double years = Math.max(yearsToExpiry, 0.0); // an expired option still gets its inputs checked first
        double forward = spot * Math.exp((rate - dividendYield) * years);
        double discountFactor = Math.exp(-rate * years);
        return black76(right, price, forward, strike, yearsToExpiry, discountFactor);
    }

    /**
     * Returns the Black-76 price {@code DF·(max(±(F − K), 0) + √(FK)·b(−|ln(F/K)|, σ√T))}, accurate to a few ulp in
     * the time value however far out of the money (the normalised Black function this solver inverts); the intrinsic
     * value for zero volatility or time. Slower than {@link Black76#price}; for reference prices and round trips.
     *
     * @param right call or put
     * @param forward forward price, {@code > 0}
     * @param strike strike, {@code > 0}
     * @param yearsToExpiry time to expiry in years
     * @param vol annualised volatility, decimal
     * @param discountFactor discount factor to the payment date
     */
    public static double black76Price(
            Right right, double forward, double strike, double yearsToExpiry, double vol, double discountFactor) {
        double intrinsic = right.intrinsic(forward, strike);
        double s = vol * Math.sqrt(Math.max(yearsToExpiry, 0.0));
        if (!(s > 0)) {
            return discountFactor * intrinsic;
        }
        double x = Math.log(forward / strike);
        double timeValue = Math.sqrt(forward) * Math.sqrt(strike) * NormalisedBlack.call(-Math.abs(x), s);
        return discountFactor * (intrinsic + timeValue);
    }

    /**
     * Checks the bounds on the discounted price, as documented, then solves on the undiscounted time value of the
     * out-of-the-money option. Where undiscounting or subtracting the intrinsic value rounds the time value onto a
     * bound, the nearest representable interior value is solved instead.
     */
    private static ImpliedVolatilityResult solve(
            Right right, double price, double forward, double strike, double yearsToExpiry, double discountFactor) {
        double intrinsic = right.intrinsic(forward, strike);
        if (price < discountFactor * intrinsic) {
            return ImpliedVolatilityResult.failure(ImpliedVolatilityStatus.BELOW_INTRINSIC);
        }
        double upperBound = right.isCall() ? forward : strike;
        if (price >= discountFactor * upperBound) {
            return ImpliedVolatilityResult.failure(ImpliedVolatilityStatus.ABOVE_UPPER_BOUND);
        }
        double timeValue = price / discountFactor - intrinsic;
        if (!(timeValue > 0)) {
            return ImpliedVolatilityResult.ok(0.0);
        }
        // Out of the money after parity: the time value is the OTM option's price, and x <= 0 in call terms.
        double x = -Math.abs(Math.log(forward / strike));
        double beta = timeValue / (Math.sqrt(forward) * Math.sqrt(strike));
        double s = NormalisedImpliedVolatility.solve(beta, x);
        if (s == Double.POSITIVE_INFINITY) {
            s = NormalisedImpliedVolatility.solve(Math.nextDown(Math.exp(0.5 * x)), x);
        }
        double volatility = s / Math.sqrt(yearsToExpiry);
        if (!(volatility >= 0 && volatility < Double.POSITIVE_INFINITY)) {
            return ImpliedVolatilityResult.failure(ImpliedVolatilityStatus.NOT_REPRESENTABLE);
        }
        return ImpliedVolatilityResult.ok(volatility);
    }

    private static boolean isPositive(double value) {
        return value > 0 && value < Double.POSITIVE_INFINITY;
    }
}
