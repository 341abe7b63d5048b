package io.optionsv4.core.probability;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.pricing.NormalDistribution;
import io.optionsv4.core.result.Checks;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The risk-neutral distribution of the underlying's price at an expiry implied by that expiry's smile (Breeden and
 * Litzenberger, "Prices of state-contingent claims implicit in option prices", J. Business 51, 1978): the distribution
 * under which every strike's option is worth its Black-76 value at its own implied volatility.
 *
 * <p>With {@code C(K) = F N(d1) - K N(d2)} the undiscounted call at {@code sigma(K)} ({@code d1,2 = (ln(F/K) +- v^2/2)
 * / v}, {@code v = sigma(K) sqrt(T)}) and {@code s'(K) = d sigma / d ln K} of the {@link VolatilitySmile}:
 *
 * <ul>
 *   <li>{@code P(S_T > K) = -dC/dK = N(d2) - n(d2) sqrt(T) s'(K)}, clamped to [0, 1];
 *   <li>{@code E[S_T 1{S_T > K}] = C(K) + K P(S_T > K)};
 *   <li>the density {@code d^2C/dK^2} (Gatheral, <i>The Volatility Surface</i>, 2006, ch. 2, in terms of sigma(K)).
 * </ul>
 *
 * <p>The expected value of a payoff that is a sum of calls, puts and the underlying is the sum of the legs'
 * undiscounted values ({@link #expectedPnl(List, ToDoubleFunction)}), each at its own contract's implied volatility: an
 * option bought or sold at its model price has an expected P&amp;L of zero, whatever its strike (a short OTM put is not
 * a profitable trade just because the put skew is high), and a quote off the fitted smile adds no edge either. The
 * probabilities between strikes come from the smile's shape ({@link SmileFit}). A flat smile gives the lognormal
 * {@link ProbabilityModel} exactly. Where the smile is not free of butterfly arbitrage the implied density may dip
 * below zero locally; probabilities are clamped to [0, 1] and the partial expectations to {@code >= 0}, the density
 * is not (so that integrals stay consistent with the option prices).
 *
 * @param model the lognormal model at the expiry: its spot, rate, dividend yield (hence the forward) and years to
 *     expiry are used, its volatility only by {@link #lognormal}
 * @param smile the expiry's implied volatility by strike
 */
public record SmileDistribution(ProbabilityModel model, VolatilitySmile smile) implements TerminalDistribution {

    /** The smallest volatility the distribution prices with, so that a zero quote does not divide by zero. */
    static final double MIN_VOL = 1e-6;

    /** Validates the components. */
    public SmileDistribution {
        Checks.notNull(model, "model");
        Checks.notNull(smile, "smile");
    }

    /** Returns the distribution of {@code model} with a flat smile at the model's volatility: the lognormal itself. */
    public static SmileDistribution lognormal(ProbabilityModel model) {
        return new SmileDistribution(model, VolatilitySmile.flat(model.annualVol()));
    }

    @Override
    public double forward() {
        return model.forward();
    }

    @Override
    public boolean isDeterministic() {
        return model.yearsToExpiry() == 0.0 || (smile.isFlat() && smile.vol(1.0) == 0.0);
    }

    /** Returns the implied volatility at {@code strike} the distribution uses. */
    public double volatility(double strike) {
        return Math.max(smile.vol(strike), MIN_VOL);
    }

    /**
     * Returns the undiscounted value at the expiry of one unit of the option {@code right} struck at {@code strike}:
     * {@code E[payoff]} under this distribution, the Black-76 value at the strike's own volatility.
     */
    public double optionValue(Right right, double strike) {
        return optionValue(right, strike, volatility(strike));
    }

    /**
     * Returns the undiscounted value at the expiry of one unit of the option {@code right} struck at {@code strike}
     * priced at {@code annualVol} (&gt;= 0; the contract's own implied volatility): the expectation of its payoff under
     * a distribution that reprices that contract's quote.
     */
    public double optionValue(Right right, double strike, double annualVol) {
        Checks.notNull(right, "right");
        Checks.positive(strike, "strike");
        Checks.nonNegative(annualVol, "annualVol");
        double f = forward();
        double v = Math.max(annualVol, MIN_VOL) * Math.sqrt(model.yearsToExpiry());
        if (isDeterministic() || v == 0) {
            return right.intrinsic(f, strike);
        }
        double d1 = (Math.log(f / strike) + 0.5 * v * v) / v;
        double d2 = d1 - v;
        double phi = right.sign();
        return Math.max(phi * (f * NormalDistribution.cdf(phi * d1) - strike * NormalDistribution.cdf(phi * d2)), 0.0);
    }

    /**
     * Returns {@code E[P&L]} at the expiry of legs that all expire then, rupees (undiscounted): per option leg {@code
     * quantity x (optionValue(right, strike) - premium)}, per underlying leg {@code quantity x (F - entry price)}.
     *
     * @throws IllegalArgumentException when a leg expires after this expiry
     */
    public double expectedPnl(List<? extends Leg> legs) {
        return expectedPnl(legs, o -> volatility(o.strike()));
    }

    /**
     * Returns {@code E[P&L]} at the expiry as {@link #expectedPnl(List)} with each option leg valued at its own
     * volatility {@code legVol.applyAsDouble(leg)} (its contract's implied volatility): zero for legs bought or sold at
     * the model price of their own quotes, whatever the fitted smile between the strikes.
     *
     * @throws IllegalArgumentException when a leg expires after this expiry
     */
    public double expectedPnl(List<? extends Leg> legs, ToDoubleFunction<OptionLeg> legVol) {
        Checks.notNull(legs, "legs");
        Checks.notNull(legVol, "legVol");
        double sum = 0;
        for (Leg leg : legs) {
            sum += switch (leg) {
                case OptionLeg o -> {
                    Checks.argument(
                            o.expiresFirst(), () -> "the leg " + o + " expires after the distribution's expiry");
                    yield o.quantity()
                            * (optionValue(o.right(), o.strike(), legVol.applyAsDouble(o)) - o.premiumPerUnit());
                }
                case UnderlyingLeg u -> u.quantity() * (forward() - u.entryPrice());
            };
        }
        return sum;
    }

    /** Returns {@code P(S_T > price)}, in [0, 1]: 1 at 0, 0 at positive infinity. */
    public double probabilityAbove(double price) {
        Checks.argument(price >= 0, () -> "price must be >= 0 (or positive infinity) but was " + price);
        if (price == 0.0) {
            return 1.0;
        }
        if (price == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        if (isDeterministic()) {
            return forward() > price ? 1.0 : 0.0;
        }
        double rootT = Math.sqrt(model.yearsToExpiry());
        double v = volatility(price) * rootT;
        double d2 = (Math.log(forward() / price) - 0.5 * v * v) / v;
        double p = NormalDistribution.cdf(d2) - NormalDistribution.pdf(d2) * rootT * smile.slopeInLogStrike(price);
        return Math.min(Math.max(p, 0.0), 1.0);
    }

    @Override
    public double probabilityBetween(double lower, double upper) {
        checkRange(lower, upper);
        if (isDeterministic()) {
            double f = forward();
            return f > lower && f < upper ? 1.0 : 0.0;
        }
        return Math.max(probabilityAbove(lower) - probabilityAbove(upper), 0.0);
    }

    @Override
    public double expectedSpotBetween(double lower, double upper) {
        checkRange(lower, upper);
        if (isDeterministic()) {
            double f = forward();
            return f > lower && f < upper ? f : 0.0;
        }
        return Math.max(expectedSpotAbove(lower) - expectedSpotAbove(upper), 0.0);
    }

    @Override
    public double density(double price) {
        Checks.positive(price, "price");
        if (isDeterministic() || price == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        double rootT = Math.sqrt(model.yearsToExpiry());
        double sigma = volatility(price);
        double v = sigma * rootT;
        double d1 = (Math.log(forward() / price) + 0.5 * v * v) / v;
        double d2 = d1 - v;
        double nd2 = NormalDistribution.pdf(d2);
        double slope = smile.slopeInLogStrike(price);
        double sigmaK = slope / price;
        double sigmaKk = (smile.curvatureInLogStrike(price) - slope) / (price * price);
        double vega = price * nd2 * rootT;
        return nd2 / (price * v)
                + 2 * nd2 * d1 / sigma * sigmaK
                + vega * d1 * d2 / sigma * sigmaK * sigmaK
                + vega * sigmaKk;
    }

    /** Returns {@code E[S_T 1{S_T > price}] = C(price) + price P(S_T > price)}: F at 0, 0 at positive infinity. */
    private double expectedSpotAbove(double price) {
        if (price == 0.0) {
            return forward();
        }
        if (price == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        return optionValue(Right.CALL, price) + price * probabilityAbove(price);
    }

    private static void checkRange(double lower, double upper) {
        Checks.nonNegative(lower, "lower");
        Checks.argument(upper >= lower, () -> "upper must be >= lower (" + lower + ") but was " + upper);
    }
}
